import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * The embedded PostgreSQL as a process of its own, for tests that stop and
 * restart the database under running apps:
 *   npx tsx tests/support/pglite-server.ts <data folder> <port>
 * Prints "ready <url>" once it accepts connections; SIGTERM closes it
 * cleanly. It accepts up to 16 connections (PGlite still runs their
 * statements one at a time), enough for two app nodes with their pools.
 */
const [dir, port] = process.argv.slice(2);
if (!dir || !port) {
  console.error("Usage: pglite-server.ts <data folder> <port>");
  process.exit(2);
}
const dataDir = path.resolve(dir);
mkdirSync(dataDir, { recursive: true });
const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
const server = new PGLiteSocketServer({ db, port: Number(port), host: "127.0.0.1", maxConnections: 16 });
await server.start();
console.log(`ready postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`);
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server
      .stop()
      .then(() => db.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  });
}
