/**
 * Backups that restore, on the embedded database and on a PostgreSQL server.
 *
 *   npm run db:backup [-- --out <file>]        writes parallel-backup-<time>.jsonl.gz (or <file>)
 *   npm run db:restore -- <file> [--yes]       restores it (--yes: over a database that has data)
 *
 * The file is a logical dump read through the ordinary pg driver: one gzip'd
 * JSON-lines file with a header (format version, when, which migrations the
 * database had), every table's rows as JSON in batches, and a trailer with
 * the row counts and the SHA-256 of everything before it. Not pg_dump: the
 * embedded database is PostgreSQL 17 (PGlite), which an older pg_dump
 * refuses, and a server may be newer than the machine's pg_dump; this way
 * one file format serves both, and a backup of one restores into the other.
 * The schema is not in the file: restore rebuilds it from the migrations the
 * backup names (so roles, grants, row-level security policies and the audit
 * trail's functions are exactly what the migrations make), loads the rows,
 * then applies any later migration. A backup from migrations this copy of
 * Parallel does not have is refused.
 *
 * The encryption key of sealed fields is never in the backup: keep it apart
 * (DATA_KEY, or .data/data-keys.json on the embedded default). Restore
 * checks that the present key opens every client's sealed name and says so
 * clearly when it does not.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createInterface } from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import { parseArgs } from "node:util";
import pg from "pg";
import { env } from "../lib/env";
import { KEY_FILE, keySource, open as openSealed } from "../lib/security/crypto";
import { verifyAuditChains } from "./audit";
import { embeddedUrl, startEmbeddedDatabase } from "./embedded";
import { NO_FILTERS, migrationList, withEngine } from "./tooling/schema-engine";

export const BACKUP_FORMAT = "parallel-backup";
export const BACKUP_VERSION = 1;
/** Rows per line of the file (and per insert on restore). */
const BATCH = 2000;
/** Not worth keeping: rate-limit counters (minutes long). The migrations table is rebuilt by the migrations. */
const SKIPPED_TABLES = new Set(["_prisma_migrations", "rate_limit"]);

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  source: "embedded" | "server";
}

interface BackupTrailer {
  end: true;
  rows: Record<string, number>;
  sha256: string;
}

interface TableInfo {
  name: string;
  /** Row-level security applies to the owner too (FORCE), and it keys on organization_id (or id for the organization). */
  forced: boolean;
  orgColumn: "organization_id" | "id" | null;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Whether the connected role sees every row whatever the policies (superuser or BYPASSRLS). */
async function bypassesRls(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ bypass: boolean }>(`SELECT rolsuper OR rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user`);
  return Boolean(rows[0]?.bypass);
}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const exists = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = '_prisma_migrations'`);
  if (!exists.rowCount) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.name);
}

/** The tables of the public schema, parents before children (foreign keys), so rows load in order. */
async function tablesInOrder(client: pg.Client): Promise<TableInfo[]> {
  const { rows: tables } = await client.query<{ name: string; forced: boolean; has_org: boolean }>(`
    SELECT c.relname AS name, c.relforcerowsecurity AS forced,
           EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id' AND NOT a.attisdropped) AS has_org
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`);
  const { rows: links } = await client.query<{ child: string; parent: string }>(`
    SELECT c.relname AS child, p.relname AS parent
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`);
  const wanted = tables.filter((t) => !SKIPPED_TABLES.has(t.name));
  const parents = new Map(wanted.map((t) => [t.name, new Set(links.filter((l) => l.child === t.name).map((l) => l.parent))]));
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  while (ordered.length < wanted.length) {
    const next = wanted.filter((t) => !done.has(t.name) && [...parents.get(t.name)!].every((p) => done.has(p) || !parents.has(p)));
    if (!next.length) throw new Error("The tables' foreign keys form a cycle: cannot order them.");
    for (const t of next) {
      done.add(t.name);
      ordered.push({ name: t.name, forced: t.forced, orgColumn: t.name === "organization" ? "id" : t.has_org ? "organization_id" : null });
    }
  }
  return ordered;
}

/** The organizations, as the owner sees them (the list is not forced through row-level security). */
async function organizationIds(client: pg.Client): Promise<string[]> {
  const exists = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'organization'`);
  if (!exists.rowCount) return [];
  return (await client.query<{ id: string }>(`SELECT id FROM organization ORDER BY id`)).rows.map((r) => r.id);
}

/**
 * Runs `read` once, or once per organization with it set (a role under
 * forced row-level security sees one organization at a time), inside the
 * caller's transaction.
 */
async function perOrganization(client: pg.Client, table: TableInfo, bypass: boolean, orgs: string[], read: () => Promise<void>): Promise<void> {
  if (bypass || !table.forced) return read();
  for (const org of orgs) {
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [org]);
    await read();
  }
  await client.query(`SELECT set_config('app.org_id', '', true)`);
}

/** Writes a backup of the database at `url` to `file` (through `file.partial`, renamed when complete). */
export async function backupDatabase(url: string, file: string, source: "embedded" | "server"): Promise<{ rows: Record<string, number>; migrations: string[]; bytes: number; sha256: string }> {
  const client = await connect(url);
  const partial = `${file}.partial`;
  const hash = createHash("sha256");
  const counts: Record<string, number> = {};
  let migrations: string[] = [];
  try {
    // One snapshot for every table: the backup is consistent even while the app writes.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    migrations = await appliedMigrations(client);
    if (!migrations.length) throw new Error("This database has no migrations applied: nothing to back up.");
    const tables = await tablesInOrder(client);
    const bypass = await bypassesRls(client);
    const orgs = await organizationIds(client);
    const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), migrations, source };
    let trailerHash = "";
    /** One table's rows, a line per batch, read through a cursor (once per organization under forced row-level security). */
    async function* tableLines(table: TableInfo): AsyncGenerator<string> {
      const passes = bypass || !table.forced ? [null] : orgs;
      for (const org of passes) {
        if (org) await client.query(`SELECT set_config('app.org_id', $1, true)`, [org]);
        await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS r FROM ${ident(table.name)} t`);
        for (;;) {
          const { rows } = await client.query<{ r: string }>(`FETCH ${BATCH} FROM backup_rows`);
          if (!rows.length) break;
          counts[table.name] = (counts[table.name] ?? 0) + rows.length;
          yield `{"table":${JSON.stringify(table.name)},"rows":[${rows.map((r) => r.r).join(",")}]}\n`;
        }
        await client.query("CLOSE backup_rows");
      }
      if (passes[0]) await client.query(`SELECT set_config('app.org_id', '', true)`);
    }
    async function* lines(): AsyncGenerator<string> {
      const first = `${JSON.stringify(header)}\n`;
      hash.update(first);
      yield first;
      for (const table of tables) {
        counts[table.name] = 0;
        for await (const line of tableLines(table)) {
          hash.update(line);
          yield line;
        }
      }
      trailerHash = hash.digest("hex");
      const trailer: BackupTrailer = { end: true, rows: counts, sha256: trailerHash };
      yield `${JSON.stringify(trailer)}\n`;
    }
    await pipeline(lines, createGzip(), createWriteStream(partial, { mode: 0o600 }));
    await client.query("COMMIT");
    renameSync(partial, file);
    return { rows: counts, migrations, bytes: statSync(file).size, sha256: trailerHash };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

export class BackupError extends Error {}

/** Reads and checks a backup file: format, version, complete, and its SHA-256. */
export async function inspectBackup(file: string): Promise<{ header: BackupHeader; trailer: BackupTrailer }> {
  if (!existsSync(file)) throw new BackupError(`No such file: ${file}`);
  const hash = createHash("sha256");
  let header: BackupHeader | null = null;
  let trailer: BackupTrailer | null = null;
  let previous: string | null = null;
  try {
    for await (const line of createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })) {
      if (previous !== null) hash.update(`${previous}\n`);
      previous = line;
      if (header === null) header = JSON.parse(line) as BackupHeader;
    }
    trailer = previous ? (JSON.parse(previous) as BackupTrailer) : null;
  } catch (error) {
    throw new BackupError(`${file} is not a readable backup (${(error as Error).message}).`);
  }
  if (!header || header.format !== BACKUP_FORMAT) throw new BackupError(`${file} is not a Parallel backup.`);
  if (header.version !== BACKUP_VERSION) throw new BackupError(`${file} is a backup of format version ${header.version}; this copy of Parallel reads version ${BACKUP_VERSION}.`);
  if (!trailer || trailer.end !== true) throw new BackupError(`${file} is incomplete (no end record): the backup was cut short.`);
  const digest = hash.digest("hex");
  if (digest !== trailer.sha256) throw new BackupError(`${file} is damaged: its content does not match the SHA-256 it recorded (${trailer.sha256.slice(0, 12)}…, found ${digest.slice(0, 12)}…).`);
  return { header, trailer };
}

function localMigrations(): string[] {
  return migrationList().migrationDirectories.map((d) => d.path);
}

/** Applies the named migrations only (the schema a backup was taken with). */
export async function applyMigrations(url: string, names: string[]): Promise<void> {
  const wanted = new Set(names);
  const list = migrationList();
  await withEngine(url, (engine) =>
    engine.applyMigrations({ migrationsList: { ...list, migrationDirectories: list.migrationDirectories.filter((d) => wanted.has(d.path)) }, filters: NO_FILTERS }),
  );
}

export interface SealCheck {
  checked: number;
  failed: number;
  /** No key at all (neither DATA_KEY nor the key file): nothing could be opened. */
  noKey: boolean;
}

/** Opens every client's sealed name with the present key. */
export async function checkSealedValues(url: string): Promise<SealCheck> {
  const client = await connect(url);
  try {
    await client.query("BEGIN READ ONLY");
    const bypass = await bypassesRls(client);
    const orgs = await organizationIds(client);
    // Without DATA_KEY, reading the key file would create a new key: look first.
    const noKey = keySource() === "file" && !existsSync(path.resolve(process.cwd(), KEY_FILE));
    const result = { checked: 0, failed: 0, noKey };
    await perOrganization(client, { name: "client", forced: true, orgColumn: "organization_id" }, bypass, orgs, async () => {
      const { rows } = await client.query<{ display_name: string }>(`SELECT display_name FROM client`);
      for (const row of rows) {
        result.checked++;
        if (noKey) {
          result.failed++;
          continue;
        }
        try {
          openSealed(row.display_name, "client.display_name");
        } catch {
          result.failed++;
        }
      }
    });
    await client.query("COMMIT");
    return result;
  } finally {
    await client.end();
  }
}

export interface RestoreResult {
  rows: Record<string, number>;
  laterMigrations: string[];
  seal: SealCheck;
  audit: { events: number; broken: number };
}

/**
 * Restores `file` into the database at `url`: checks the file, refuses a
 * backup from migrations this copy lacks, and (unless `replace`) a database
 * that already has tables; rebuilds the schema from the backup's
 * migrations, loads every row in one transaction, applies later migrations,
 * then checks the sealed values and the audit chains.
 */
export async function restoreDatabase(url: string, file: string, options: { replace: boolean; log?: (line: string) => void }): Promise<RestoreResult> {
  const log = options.log ?? (() => {});
  const { header, trailer } = await inspectBackup(file);
  const local = localMigrations();
  const unknown = header.migrations.filter((m) => !local.includes(m));
  if (unknown.length)
    throw new BackupError(
      `This backup comes from a newer version of Parallel (migrations this copy does not have: ${unknown.join(", ")}). Update Parallel, then restore.`,
    );
  const admin = await connect(url);
  try {
    const { rows } = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (rows[0]!.n > 0) {
      if (!options.replace) throw new BackupError("The database already has tables. Restoring replaces everything in it: run again with --yes to do so.");
      log("Replacing the database's current content.");
      // The schema's own grants (USAGE to everyone, CREATE given to the audit writer on some servers) are kept as they were.
      const { rows: grants } = await admin.query<{ grantee: string; privilege: string }>(`
        SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END AS grantee, a.privilege_type AS privilege
        FROM pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a
        LEFT JOIN pg_roles r ON r.oid = a.grantee
        WHERE n.nspname = 'public' AND a.grantee <> n.nspowner`);
      await admin.query(`DROP SCHEMA public CASCADE`);
      await admin.query(`CREATE SCHEMA public`);
      for (const g of grants) await admin.query(`GRANT ${g.privilege === "CREATE" ? "CREATE" : "USAGE"} ON SCHEMA public TO ${g.grantee}`);
    }
  } finally {
    await admin.end();
  }
  log(`Rebuilding the schema (${header.migrations.length} migrations of the backup).`);
  await applyMigrations(url, header.migrations);

  const client = await connect(url);
  const counts: Record<string, number> = {};
  try {
    await client.query("BEGIN");
    const tables = new Map((await tablesInOrder(client)).map((t) => [t.name, t]));
    const bypass = await bypassesRls(client);
    const { rows: generated } = await client.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_generated = 'ALWAYS'`,
    );
    const { rows: serials } = await client.query<{ seq: string; tbl: string; col: string }>(`
      SELECT s.relname AS seq, t.relname AS tbl, a.attname AS col
      FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass
      JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      JOIN pg_namespace n ON n.oid = s.relnamespace
      WHERE s.relkind = 'S' AND d.deptype IN ('a', 'i') AND n.nspname = 'public'`);
    const maxima = new Map<string, bigint>();
    const columnsOf = new Map<string, string[]>();
    // Rows go in as they were: user triggers (the audit trail's append-only rule, the erasure request rules) would refuse or rewrite them.
    for (const name of tables.keys()) await client.query(`ALTER TABLE ${ident(name)} DISABLE TRIGGER USER`);
    for await (const line of createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })) {
      if (!line.startsWith('{"table":')) continue;
      const batch = JSON.parse(line) as { table: string; rows: Record<string, unknown>[] };
      const table = tables.get(batch.table);
      if (!table) throw new BackupError(`The backup has rows for a table the migrations do not make: ${batch.table}.`);
      if (!columnsOf.has(table.name)) {
        const { rows: cols } = await client.query<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
          [table.name],
        );
        const skip = new Set(generated.filter((g) => g.table_name === table.name).map((g) => g.column_name));
        columnsOf.set(table.name, cols.map((c) => c.column_name).filter((c) => !skip.has(c)));
      }
      const present = new Set(Object.keys(batch.rows[0] ?? {}));
      const columns = columnsOf.get(table.name)!.filter((c) => present.has(c));
      const list = columns.map(ident).join(", ");
      const groups = bypass || !table.forced || !table.orgColumn ? [{ org: null, rows: batch.rows }] : groupBy(batch.rows, table.orgColumn);
      for (const group of groups) {
        if (group.org) await client.query(`SELECT set_config('app.org_id', $1, true)`, [group.org]);
        await client.query(
          `INSERT INTO ${ident(table.name)} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM json_populate_recordset(NULL::${ident(table.name)}, $1::json)`,
          [JSON.stringify(group.rows)],
        );
      }
      counts[table.name] = (counts[table.name] ?? 0) + batch.rows.length;
      for (const s of serials.filter((s) => s.tbl === table.name))
        for (const row of batch.rows) {
          const value = row[s.col];
          if (typeof value === "number" || typeof value === "string") {
            const n = BigInt(value);
            if (n > (maxima.get(s.seq) ?? 0n)) maxima.set(s.seq, n);
          }
        }
    }
    await client.query(`SELECT set_config('app.org_id', '', true)`);
    for (const [seq, max] of maxima) await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [ident(seq), max.toString()]);
    for (const name of tables.keys()) await client.query(`ALTER TABLE ${ident(name)} ENABLE TRIGGER USER`);
    for (const [name, expected] of Object.entries(trailer.rows))
      if ((counts[name] ?? 0) !== expected) throw new BackupError(`Table ${name}: the backup records ${expected} rows but holds ${counts[name] ?? 0}.`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  const later = localMigrations().filter((m) => !header.migrations.includes(m));
  if (later.length) {
    log(`Applying ${later.length} migration(s) newer than the backup: ${later.join(", ")}.`);
    await applyMigrations(url, localMigrations());
  }
  const seal = await checkSealedValues(url);
  return { rows: counts, laterMigrations: later, seal, audit: await verifyChains(url) };
}

/** Every organization's audit chain (prisma/audit.ts reads each through row-level security, whichever role runs it). */
export async function verifyChains(url: string): Promise<{ events: number; broken: number }> {
  const client = await connect(url);
  try {
    const report = await verifyAuditChains(client);
    return { events: report.events, broken: report.broken.length };
  } finally {
    await client.end();
  }
}

function groupBy(rows: Record<string, unknown>[], column: string): { org: string; rows: Record<string, unknown>[] }[] {
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const org = String(row[column]);
    groups.set(org, [...(groups.get(org) ?? []), row]);
  }
  return [...groups].map(([org, list]) => ({ org, rows: list }));
}

function keyWhere(): string {
  return keySource() === "environment" ? "the DATA_KEY environment variable (and DATA_KEY_PREVIOUS during a rotation)" : `the file ${KEY_FILE}`;
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 500 });
  client.on("error", () => {});
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The database to work on: DATABASE_URL, or the embedded one (for a restore, only while the app is stopped). */
async function target(forRestore: boolean): Promise<{ url: string; source: "embedded" | "server"; close: () => Promise<void> }> {
  const config = env();
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, source: "server", close: async () => {} };
  if (existsSync(config.EMBEDDED_DB_DIR)) {
    const running = embeddedUrl(config.EMBEDDED_DB_DIR, config.EMBEDDED_DB_PORT);
    if (await reachable(running)) {
      if (forRestore)
        throw new BackupError(
          `The embedded database is in use (the app is running, answering on port ${config.EMBEDDED_DB_PORT}). Stop the app (npm start), then restore.`,
        );
      return { url: running, source: "embedded", close: async () => {} };
    }
  }
  let embedded;
  try {
    embedded = await startEmbeddedDatabase({ dir: config.EMBEDDED_DB_DIR, port: config.EMBEDDED_DB_PORT });
  } catch (error) {
    throw new BackupError(`${(error as Error).message}${forRestore ? " Stop the app before restoring." : ""}`);
  }
  return { url: embedded.url, source: "embedded", close: () => embedded.stop() };
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}

async function backupCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: "string" } }, strict: true });
  const file = values.out ?? `parallel-backup-${stamp(new Date())}.jsonl.gz`;
  const database = await target(false);
  try {
    const started = Date.now();
    const result = await backupDatabase(database.url, file, database.source);
    const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
    console.log(`Backup written: ${file}`);
    console.log(`  ${total} rows in ${Object.keys(result.rows).length} tables, ${(result.bytes / 1024).toFixed(0)} kB, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`  ${result.migrations.length} migrations (latest ${result.migrations.at(-1)}), SHA-256 ${result.sha256}`);
    console.log(`The encryption key is NOT in this file. Sealed fields (client names, contacts, notes) open only with the key in ${keyWhere()}.`);
    console.log("Keep a copy of the key apart from the backups (a password manager or a key vault): a backup without its key cannot be read, and the two together read everything.");
    return 0;
  } finally {
    await database.close();
  }
}

async function restoreCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { yes: { type: "boolean" } }, strict: true });
  const file = positionals[0];
  if (!file) {
    console.error("Usage: npm run db:restore -- <file> [--yes]");
    return 2;
  }
  const { header, trailer } = await inspectBackup(file);
  const total = Object.values(trailer.rows).reduce((a, b) => a + b, 0);
  console.log(`Backup of ${header.createdAt} (${header.source} database): ${total} rows, ${header.migrations.length} migrations, SHA-256 verified.`);
  const database = await target(true);
  try {
    const result = await restoreDatabase(database.url, file, { replace: Boolean(values.yes), log: (line) => console.log(line) });
    console.log(`Restored ${Object.values(result.rows).reduce((a, b) => a + b, 0)} rows into the ${database.source} database.`);
    console.log(
      result.audit.broken
        ? `The audit trail does NOT verify: ${result.audit.broken} organization chain(s) broken (npm run -s audit -- verify names them).`
        : `Audit trail verified: ${result.audit.events} events, every chain intact.`,
    );
    if (result.seal.noKey && result.seal.checked) {
      console.error(
        `No encryption key here: ${keyWhere()} is missing, so none of the ${result.seal.checked} sealed client names can be read. ` +
          "Put back the key that was in use when the backup was made (it is never in the backup), then check again with npm run -s security -- check.",
      );
      return 1;
    }
    if (result.seal.failed) {
      console.error(
        `The present encryption key does NOT open ${result.seal.failed} of ${result.seal.checked} sealed client names: this is not the key these were sealed with. ` +
          `Put the key that was in use when the backup was made in ${keyWhere()} (with DATA_KEY_PREVIOUS if it was rotated since), then check again with npm run -s security -- check.`,
      );
      return 1;
    }
    console.log(`The present key opens every sealed client name (${result.seal.checked} checked).`);
    return result.audit.broken ? 1 : 0;
  } finally {
    await database.close();
  }
}

if (process.argv[1] && /prisma[\\/]backup\.ts$/.test(process.argv[1])) {
  const [command, ...rest] = process.argv.slice(2);
  const run = command === "backup" ? backupCommand(rest) : command === "restore" ? restoreCommand(rest) : Promise.resolve(-1);
  run
    .then((code) => {
      if (code === -1) {
        console.error("Usage: npm run db:backup [-- --out <file>] | npm run db:restore -- <file> [--yes]");
        process.exit(2);
      }
      process.exit(code);
    })
    .catch((error) => {
      console.error(error instanceof BackupError ? error.message : `Failed: ${(error as Error).message}`);
      process.exit(1);
    });
}

