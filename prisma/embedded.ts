import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { EMBEDDED_USER, embeddedPassword, startAuthFront } from "./embedded-auth";

/**
 * The zero-set-up database: PostgreSQL compiled to WebAssembly (PGlite),
 * with its files in a local folder, served on a loopback port so the app and
 * the migration tooling reach it through the ordinary pg driver.
 * PGlite is single-session: clients must use a pool of one connection.
 * It requires the data folder's own password (prisma/embedded-auth.ts).
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** The URL of the embedded database of `dir` on `port` (its password read from beside the data folder). */
export function embeddedUrl(dir: string, port: number): string {
  const password = embeddedPassword(path.resolve(dir));
  return `postgresql://${EMBEDDED_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres?sslmode=disable`;
}

export async function startEmbeddedDatabase(options: { dir: string; port: number }): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dir);
  mkdirSync(dataDir, { recursive: true });
  const password = embeddedPassword(dataDir);
  // PGlite itself listens on a Unix socket beside its folder; TCP clients go through the password check.
  const socketPath = `${dataDir}.sock`;
  rmSync(socketPath, { force: true });
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 4 });
  let front: Awaited<ReturnType<typeof startAuthFront>>;
  try {
    await server.start();
    front = await startAuthFront({ host: "127.0.0.1", port: options.port, target: socketPath, password });
  } catch (error) {
    await server.stop().catch(() => {});
    await db.close();
    throw new Error(
      `Could not serve the embedded database on port ${options.port} (${(error as Error).message}). ` +
        "Is another instance running? Set EMBEDDED_DB_PORT to use another port.",
    );
  }
  return {
    url: embeddedUrl(dataDir, options.port),
    async stop() {
      front.close();
      await server.stop();
      await db.close();
      rmSync(socketPath, { force: true });
    },
  };
}
