import pg from "pg";
import { deployMigrations } from "../../prisma/migrate";

/**
 * A fresh PostgreSQL database for one test file, on the server named by
 * TEST_DATABASE_URL (or DATABASE_URL), migrated with the committed
 * migrations. Dropped again by `drop()`.
 */
export function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error("Integration tests need a PostgreSQL server: set TEST_DATABASE_URL (see README).");
  return url;
}

export async function createTestDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = serverUrl();
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  await deployMigrations(url.toString());
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
