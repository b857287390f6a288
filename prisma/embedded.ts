import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * The zero-set-up database: PostgreSQL compiled to WebAssembly (PGlite),
 * with its files in a local folder, served on a loopback port so the app and
 * the migration tooling reach it through the ordinary pg driver.
 * PGlite is single-session: clients must use a pool of one connection.
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedDatabase(options: { dir: string; port: number }): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dir);
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, port: options.port, host: "127.0.0.1", maxConnections: 4 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw new Error(
      `Could not serve the embedded database on port ${options.port} (${(error as Error).message}). ` +
        "Is another instance running? Set EMBEDDED_DB_PORT to use another port.",
    );
  }
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
