import pg from "pg";
import { env } from "../../lib/env";
import { embeddedUrl, startEmbeddedDatabase } from "../embedded";
import { deployMigrations } from "../migrate";

/**
 * The database a command-line tool works on: DATABASE_URL; else the embedded
 * database of the running app (`npm start`); else the embedded database
 * started here for the command (migrated first), stopped by `close`.
 */

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function openDatabase(): Promise<{ url: string; embedded: boolean; close: () => Promise<void> }> {
  const config = env();
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, close: async () => {} };
  const running = embeddedUrl(config.EMBEDDED_DB_DIR, config.EMBEDDED_DB_PORT);
  if (await reachable(running)) return { url: running, embedded: true, close: async () => {} };
  const embedded = await startEmbeddedDatabase({ dir: config.EMBEDDED_DB_DIR, port: config.EMBEDDED_DB_PORT });
  await deployMigrations(embedded.url);
  return { url: embedded.url, embedded: true, close: () => embedded.stop() };
}
