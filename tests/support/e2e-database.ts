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
// One database per app port, so two end-to-end runs on one server (different E2E_PORT) do not drop each other's.
const port = process.env.E2E_PORT;
const name = port && port !== "3100" ? `parallel_e2e_${port}` : "parallel_e2e";
const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await client.query(`CREATE DATABASE "${name}"`);
await client.end();
const url = new URL(admin);
url.pathname = `/${name}`;
console.log(url.toString());
