import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { deployMigrations } from "../../prisma/migrate";
import { seed } from "../../prisma/seed";

/**
 * Databases for the test tiers. Two configurations:
 * - server: a PostgreSQL server named by TEST_DATABASE_URL (or DATABASE_URL,
 *   or the default below when it answers); each test file gets a fresh
 *   database on it, dropped afterwards;
 * - embedded: no server needed; each test file gets its own embedded
 *   PostgreSQL (PGlite) in memory, served on a free loopback port, started
 *   from a migrated template image (building one from scratch runs initdb,
 *   about 8 s; loading the image takes about 1.5 s).
 * TEST_DATABASE=embedded forces the embedded configuration even when a
 * server is there; TEST_DATABASE=server forces the server.
 */

export const DEFAULT_SERVER_URL = "postgresql://postgres:postgres@127.0.0.1:5432/postgres";

export type TestDatabaseMode = { kind: "server"; url: string } | { kind: "embedded" };

/** Whether a PostgreSQL server answers at this URL (within two seconds). */
export async function serverAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The configuration the tests use, from the environment, probing the default server when nothing is set. */
export async function resolveTestDatabase(): Promise<TestDatabaseMode> {
  const forced = process.env.TEST_DATABASE;
  const named = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (forced === "embedded") return { kind: "embedded" };
  if (named) return { kind: "server", url: named };
  if (forced === "server" || (await serverAnswers(DEFAULT_SERVER_URL))) return { kind: "server", url: DEFAULT_SERVER_URL };
  return { kind: "embedded" };
}

/** The same, without probing: for code that runs after the tier has resolved it into the environment. */
export function testDatabaseMode(): TestDatabaseMode {
  if (process.env.TEST_DATABASE === "embedded") return { kind: "embedded" };
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  return url ? { kind: "server", url } : { kind: "embedded" };
}

export function describeTestDatabase(mode: TestDatabaseMode): string {
  if (mode.kind === "embedded") return "embedded PostgreSQL (PGlite), one in-memory database per test file";
  const shown = new URL(mode.url);
  if (shown.password) shown.password = "***";
  return `PostgreSQL server ${shown.host} (${shown.toString()}), one database per test file`;
}

/** Backwards-compatible name: the server URL, for callers that need a server. */
export function serverUrl(): string {
  const mode = testDatabaseMode();
  if (mode.kind !== "server") throw new Error("This needs a PostgreSQL server: set TEST_DATABASE_URL (see README).");
  return mode.url;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

/**
 * A fresh, migrated database for one test file. On a server: a new database
 * named after `prefix`. Embedded: a new in-memory PGlite on a free port.
 */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const mode = testDatabaseMode();
  return mode.kind === "server" ? createServerDatabase(mode.url, prefix) : createEmbeddedDatabase();
}

async function createServerDatabase(admin: string, prefix: string): Promise<TestDatabase> {
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

/** A key for the migrated template: changes when a migration or the PGlite version changes. */
function templateKey(): string {
  const hash = createHash("sha256");
  const migrations = path.join(process.cwd(), "prisma", "migrations");
  for (const dir of readdirSync(migrations, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    hash.update(dir);
    hash.update(readFileSync(path.join(migrations, dir, "migration.sql")));
  }
  const pglite = JSON.parse(readFileSync(path.join(process.cwd(), "node_modules", "@electric-sql", "pglite", "package.json"), "utf8")) as { version: string };
  hash.update(pglite.version);
  return hash.digest("hex").slice(0, 16);
}

function templateDir(): string {
  return path.join(os.tmpdir(), "parallel-test-templates");
}

export function templatePath(): string {
  return path.join(templateDir(), `migrated-${templateKey()}.tar`);
}

function emptyImagePath(): string {
  return path.join(templateDir(), `empty-${templateKey()}.tar`);
}

async function newPGlite(image?: Blob) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  return PGlite.create({ extensions: { pg_trgm }, ...(image ? { loadDataDir: image } : {}) });
}

async function writeImage(file: string, image: Blob): Promise<void> {
  // Two workers may race: each writes its own file and renames it into place.
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(partial, Buffer.from(await image.arrayBuffer()));
  renameSync(partial, file);
}

/**
 * Builds the template images once per set of migrations (kept in the
 * system's temporary folder): an empty database (what initdb leaves) and
 * the same with every migration applied.
 */
export async function ensureEmbeddedTemplate(): Promise<string> {
  const file = templatePath();
  if (existsSync(file) && existsSync(emptyImagePath())) return file;
  mkdirSync(templateDir(), { recursive: true });
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await newPGlite();
  await writeImage(emptyImagePath(), await db.dumpDataDir("none"));
  const server = new PGLiteSocketServer({ db, port: 0, host: "127.0.0.1", maxConnections: 4 });
  await server.start();
  try {
    await deployMigrations(embeddedUrl(server.getServerConn()));
  } finally {
    await server.stop();
  }
  await writeImage(file, await db.dumpDataDir("none"));
  await db.close();
  return file;
}

function embeddedUrl(conn: string): string {
  return `postgresql://postgres:postgres@${conn}/postgres?sslmode=disable`;
}

/** An embedded database in memory on a free loopback port, started from a template image. */
export async function startEmbeddedFromImage(which: "empty" | "migrated"): Promise<TestDatabase> {
  await ensureEmbeddedTemplate();
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await newPGlite(new Blob([readFileSync(which === "empty" ? emptyImagePath() : templatePath())]));
  // Room for the test's pool, its own clients and any command it runs: PGlite still runs one statement at a time.
  const server = new PGLiteSocketServer({ db, port: 0, host: "127.0.0.1", maxConnections: 32 });
  await server.start();
  return {
    url: embeddedUrl(server.getServerConn()),
    async drop() {
      await server.stop();
      await db.close();
    },
  };
}

async function createEmbeddedDatabase(): Promise<TestDatabase> {
  const database = await startEmbeddedFromImage("migrated");
  // The image carries every migration; this confirms it (a no-op) and fails loudly if not.
  await deployMigrations(database.url);
  return database;
}

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    hash.update(entry.name);
    if (entry.isDirectory()) hashTree(hash, full);
    else hash.update(readFileSync(full));
  }
}

/**
 * A migrated and seeded embedded data folder, built once per set of
 * migrations and reference data (in the system's temporary folder), for
 * tests that start app processes on the embedded database: they copy it
 * (under a second) instead of seeding (about 15 s on a quiet machine,
 * minutes on a busy one, twice as long when two files seed at once).
 */
export async function seededEmbeddedFolder(): Promise<string> {
  const hash = createHash("sha256");
  hash.update(templateKey());
  hashTree(hash, path.join(process.cwd(), "prisma", "data"));
  const folder = path.join(templateDir(), `seeded-${hash.digest("hex").slice(0, 16)}`);
  if (existsSync(path.join(folder, "PG_VERSION"))) return folder;
  mkdirSync(templateDir(), { recursive: true });
  const partial = `${folder}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await PGlite.create({ dataDir: partial, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, port: 0, host: "127.0.0.1", maxConnections: 4 });
  await server.start();
  try {
    const url = embeddedUrl(server.getServerConn());
    await deployMigrations(url);
    await seed(url);
  } finally {
    await server.stop();
    await db.close();
  }
  try {
    renameSync(partial, folder);
  } catch {
    // Another process finished first: use its folder.
    rmSync(partial, { recursive: true, force: true });
  }
  return folder;
}
