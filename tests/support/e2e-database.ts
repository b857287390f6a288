import pg from "pg";

/**
 * Prints the URL of an empty database for the end-to-end run, recreated on
 * the server named by TEST_DATABASE_URL. The app migrates and seeds it.
 */
const admin = process.env.TEST_DATABASE_URL;
if (!admin) {
  console.error("TEST_DATABASE_URL is not set");
  process.exit(2);
}
const name = "parallel_e2e";
const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await client.query(`CREATE DATABASE "${name}"`);
await client.end();
const url = new URL(admin);
url.pathname = `/${name}`;
console.log(url.toString());
