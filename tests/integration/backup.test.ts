import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, startEmbeddedFromImage, testDatabaseMode, type TestDatabase } from "../support/database";
import { verifyAuditChains } from "../../prisma/audit";
import { applyMigrations, backupDatabase, checkSealedValues, inspectBackup, restoreDatabase } from "../../prisma/backup";
import { keyRingFrom, newDataKey, resetKeyRing, seal } from "@/lib/security/crypto";

/**
 * Backups round trip (prisma/backup.ts), on the configured database (a
 * server, or the embedded one): seed two organizations through the
 * services (sealed names, audit events), a note and a sign-in record; back
 * up; restore into an empty database; find every client (through the
 * services, under row-level security), every row and every audit event,
 * the chains intact, policies and grants in place. Damaged files, backups
 * from newer migrations and a database with data are refused; an older
 * backup gets the later migrations; a wrong key is found.
 */

type Ctx = import("@/lib/workspace/context").OrgContext;
let source: TestDatabase;
const targets: TestDatabase[] = [];
let dir: string;
let file: string;
let clients: typeof import("@/lib/workspace/clients/service");
let orgs: typeof import("@/lib/workspace/organizations");
let envModule: typeof import("@/lib/env");
const contexts: Ctx[] = [];
const names = ["Amina R.", "Bao T.", "Chloé D.", "Dmitri K.", "Eun-ji P."];
const consent = { scopes: ["record" as const], givenAt: "2026-11-01" };

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** An empty database (no migrations): a new one on the server, or a fresh embedded one. */
async function emptyDatabase(): Promise<TestDatabase> {
  const mode = testDatabaseMode();
  let database: TestDatabase;
  if (mode.kind === "embedded") database = await startEmbeddedFromImage("empty");
  else {
    const name = `parallel_it_restore_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await query(mode.url, `CREATE DATABASE "${name}"`);
    const url = new URL(mode.url);
    url.pathname = `/${name}`;
    database = { url: url.toString(), drop: async () => void (await query(mode.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)) };
  }
  targets.push(database);
  return database;
}

/** Points the app's modules (lib/db) at another database. */
async function useDatabase(url: string): Promise<void> {
  const g = globalThis as { prisma?: { $disconnect(): Promise<void> } };
  await g.prisma?.$disconnect();
  g.prisma = undefined;
  envModule.useDatabase(url, testDatabaseMode().kind === "embedded" ? 1 : 3);
}

async function contextOf(url: string, orgId: string, email: string): Promise<Ctx> {
  const [row] = await query<{ id: string; name: string; slug: string; membership: string; user_id: string }>(
    url,
    `SELECT o.id, o.name, o.slug, m.id AS membership, u.id AS user_id FROM organization o JOIN membership m ON m.organization_id = o.id JOIN "user" u ON u.id = m.user_id WHERE o.id = $1 AND u.email = $2`,
    [orgId, email],
  );
  return {
    org: { id: row!.id, name: row!.name, slug: row!.slug },
    actor: { kind: "user", userId: row!.user_id, label: email },
    role: "owner",
    membershipId: row!.membership,
    request: { requestId: "test-request", route: "test" },
  };
}

const snapshot = async (url: string) => ({
  clients: await query<{ id: string; display_name: string; organization_id: string }>(url, `SELECT id, display_name, organization_id FROM client ORDER BY id`),
  audit: await query<{ id: string; hash: string }>(url, `SELECT id::text, hash FROM audit_event ORDER BY id`),
  notes: await query<{ id: string; body: string }>(url, `SELECT id, body FROM client_note ORDER BY id`),
  signIns: await query<{ id: string }>(url, `SELECT id::text FROM sign_in_event ORDER BY id`),
  policies: await query<{ tablename: string; policyname: string; qual: string }>(url, `SELECT tablename, policyname, qual FROM pg_policies ORDER BY tablename, policyname`),
  forced: await query<{ relname: string }>(url, `SELECT relname FROM pg_class WHERE relforcerowsecurity ORDER BY relname`),
  grants: await query<{ table_name: string; privilege_type: string; grantee: string }>(
    url,
    `SELECT table_name, privilege_type, grantee FROM information_schema.role_table_grants WHERE grantee IN ('parallel_app', 'parallel_audit_writer') ORDER BY 1, 2, 3`,
  ),
  triggers: await query<{ tgname: string; tgenabled: string }>(url, `SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname`),
});

/** Rewrites a backup's lines (then its hash, so only the change is judged). */
function rewrite(from: string, to: string, change: (lines: string[]) => string[], rehash = true): void {
  const lines = gunzipSync(readFileSync(from)).toString("utf8").trimEnd().split("\n");
  const body = change(lines.slice(0, -1));
  const trailer = JSON.parse(lines.at(-1)!) as { sha256: string };
  if (rehash) trailer.sha256 = createHash("sha256").update(body.map((l) => `${l}\n`).join("")).digest("hex");
  writeFileSync(to, gzipSync([...body, JSON.stringify(trailer)].map((l) => `${l}\n`).join("")));
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "parallel-backup-"));
  file = path.join(dir, "backup.jsonl.gz");
  source = await createTestDatabase("parallel_it_backup");
  process.env.DATABASE_URL = source.url;
  if (testDatabaseMode().kind === "embedded") process.env.DATABASE_POOL_SIZE = "1";
  envModule = await import("@/lib/env");
  orgs = await import("@/lib/workspace/organizations");
  clients = await import("@/lib/workspace/clients/service");
  const a = await orgs.createOrganization({ name: "Centre Alpha", ownerEmail: "owner@alpha.example" });
  const b = await orgs.createOrganization({ name: "Bêta Services", ownerEmail: "owner@beta.example" });
  contexts.push(await contextOf(source.url, a.organization.id, "owner@alpha.example"), await contextOf(source.url, b.organization.id, "owner@beta.example"));
  for (const [i, name] of names.entries()) await clients.createClient(contexts[i % 2]!, { displayName: name, consent });
  const first = await clients.listClients(contexts[0]!, { page: 1, pageSize: 25, sort: "updated" } as never);
  await clients.getClient(contexts[0]!, first.items[0]!.id);
  // A note (sealed) and a sign-in record, as raw rows: the owner bypasses nothing here, so set the organization.
  const note = seal("Met the regulator; next step booked.", "client_note.body");
  const c = new pg.Client({ connectionString: source.url });
  await c.connect();
  await c.query("BEGIN");
  await c.query(`SELECT set_config('app.org_id', $1, true)`, [contexts[0]!.org.id]);
  await c.query(`INSERT INTO client_note (id, organization_id, client_id, body, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, now())`, [contexts[0]!.org.id, first.items[0]!.id, note]);
  await c.query("COMMIT");
  await c.query(`INSERT INTO sign_in_event (method, outcome, ip_address) VALUES ('email', 'success', '198.51.100.1')`);
  await c.end();
});

afterAll(async () => {
  const g = globalThis as { prisma?: { $disconnect(): Promise<void> } };
  await g.prisma?.$disconnect();
  g.prisma = undefined;
  for (const t of targets) await t.drop().catch(() => {});
  await source?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("writes a file with its format, date, migrations and hash, and no key", async () => {
    const result = await backupDatabase(source.url, file, "server");
    expect(result.rows.client).toBe(names.length);
    expect(result.rows.audit_event).toBeGreaterThanOrEqual(names.length + 2);
    const { header, trailer } = await inspectBackup(file);
    expect(header).toMatchObject({ format: "parallel-backup", version: 1 });
    expect(Date.now() - Date.parse(header.createdAt)).toBeLessThan(120_000);
    expect(header.migrations).toEqual((await query<{ n: string }>(source.url, `SELECT migration_name AS n FROM _prisma_migrations ORDER BY 1`)).map((r) => r.n));
    expect(trailer.sha256).toMatch(/^[0-9a-f]{64}$/);
    const text = gunzipSync(readFileSync(file)).toString("utf8");
    // Sealed values stay sealed in the file; no name in clear.
    for (const name of names) expect(text).not.toContain(name);
    expect(text).not.toContain("Met the regulator");
  });

  it("restores into an empty database: every client, note and audit event, chains intact, policies and grants in place", async () => {
    const before = await snapshot(source.url);
    const target = await emptyDatabase();
    const result = await restoreDatabase(target.url, file, { replace: false });
    expect(result.laterMigrations).toEqual([]);
    expect(result.seal).toEqual({ checked: names.length, failed: 0, noKey: false });
    expect(result.audit).toEqual({ events: before.audit.length, broken: 0 });
    const after = await snapshot(target.url);
    expect(after).toEqual(before);
    const chains = new pg.Client({ connectionString: target.url });
    await chains.connect();
    expect((await verifyAuditChains(chains)).broken).toEqual([]);
    await chains.end();

    // The app works on the restored database: the services find and open every client, under row-level security.
    await useDatabase(target.url);
    const found: string[] = [];
    for (const ctx of contexts) found.push(...(await clients.listClients(ctx, { page: 1, pageSize: 25, sort: "name" } as never)).items.map((c) => c.displayName));
    expect(found.sort()).toEqual([...names].sort());
    // Found by name through the blind index.
    expect((await clients.listClients(contexts[0]!, { q: "amina", page: 1, pageSize: 25, sort: "updated" } as never)).items.map((c) => c.displayName)).toEqual(["Amina R."]);
    // New audit events continue the chain; new rows get new ids (sequences moved past the restored rows).
    await clients.createClient(contexts[1]!, { displayName: "Farah N.", consent });
    const chains2 = new pg.Client({ connectionString: target.url });
    await chains2.connect();
    expect((await verifyAuditChains(chains2)).broken).toEqual([]);
    await chains2.end();
    // Row-level security: the app role sees nothing without an organization.
    const rls = new pg.Client({ connectionString: target.url });
    await rls.connect();
    await rls.query("BEGIN");
    await rls.query("SET LOCAL ROLE parallel_app");
    expect((await rls.query(`SELECT count(*)::int AS n FROM client`)).rows[0].n).toBe(0);
    await expect(rls.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow();
    await rls.query("ROLLBACK");
    await rls.end();
    await useDatabase(source.url);
  });

  it("refuses a database that has data unless told, then replaces it", async () => {
    const target = await emptyDatabase();
    await restoreDatabase(target.url, file, { replace: false });
    await expect(restoreDatabase(target.url, file, { replace: false })).rejects.toThrow(/already has tables.*--yes/);
    await query(target.url, `INSERT INTO sign_in_event (method, outcome) VALUES ('email', 'failure')`);
    const result = await restoreDatabase(target.url, file, { replace: true });
    expect(result.audit.broken).toBe(0);
    expect(await snapshot(target.url)).toEqual(await snapshot(source.url));
  });

  it("refuses a damaged file, a cut one, and one from newer migrations", async () => {
    const target = await emptyDatabase();
    const damaged = path.join(dir, "damaged.jsonl.gz");
    rewrite(file, damaged, (lines) => lines.map((l) => l.replace("Centre Alpha", "Centre Alphb")), false);
    await expect(restoreDatabase(target.url, damaged, { replace: false })).rejects.toThrow(/damaged.*SHA-256/);
    const cut = path.join(dir, "cut.jsonl.gz");
    writeFileSync(cut, gzipSync(gunzipSync(readFileSync(file)).toString("utf8").split("\n").slice(0, 3).join("\n")));
    await expect(restoreDatabase(target.url, cut, { replace: false })).rejects.toThrow(/incomplete/);
    const newer = path.join(dir, "newer.jsonl.gz");
    rewrite(file, newer, ([header, ...rest]) => {
      const h = JSON.parse(header!) as { migrations: string[] };
      h.migrations.push("20991231000000_from_the_future");
      return [JSON.stringify(h), ...rest];
    });
    await expect(restoreDatabase(target.url, newer, { replace: false })).rejects.toThrow(/newer version of Parallel.*20991231000000_from_the_future/);
    // Nothing was written.
    expect(await query(target.url, `SELECT 1 FROM pg_tables WHERE schemaname = 'public'`)).toEqual([]);
  });

  it("applies the later migrations after restoring an older backup", async () => {
    const all = (await query<{ n: string }>(source.url, `SELECT migration_name AS n FROM _prisma_migrations ORDER BY 1`)).map((r) => r.n);
    const older = path.join(dir, "older.jsonl.gz");
    // The backup of a database one migration behind: the last migration's tables are not in it.
    const old = await emptyDatabase();
    await applyMigrations(old.url, all.slice(0, -1));
    await query(old.url, `INSERT INTO "user" (id, email, updated_at) VALUES (gen_random_uuid(), 'early@alpha.example', now())`);
    await backupDatabase(old.url, older, "server");
    expect((await inspectBackup(older)).header.migrations).toEqual(all.slice(0, -1));
    const target = await emptyDatabase();
    const result = await restoreDatabase(target.url, older, { replace: false });
    expect(result.laterMigrations).toEqual(all.slice(-1));
    expect((await query<{ n: string }>(target.url, `SELECT migration_name AS n FROM _prisma_migrations ORDER BY 1`)).map((r) => r.n)).toEqual(all);
    expect(await query(target.url, `SELECT email FROM "user"`)).toEqual([{ email: "early@alpha.example" }]);
  });

  it("says when the present key does not open the sealed values", async () => {
    resetKeyRing(keyRingFrom(newDataKey()));
    try {
      expect(await checkSealedValues(source.url)).toEqual({ checked: names.length, failed: names.length, noKey: false });
    } finally {
      resetKeyRing();
    }
    expect(await checkSealedValues(source.url)).toEqual({ checked: names.length, failed: 0, noKey: false });
  });
});

/**
 * A deployment as the README advises: the tables' owner is not a superuser,
 * so forced row-level security applies to it too. Backup and restore then
 * read and write one organization at a time, and must still carry every row.
 */
describe.skipIf(testDatabaseMode().kind !== "server")("as the tables' owner without superuser", () => {
  const role = "parallel_it_backup_owner";
  let adminUrl: string;
  const made: string[] = [];
  const urlAs = (name: string) => {
    const url = new URL(adminUrl);
    url.username = role;
    url.password = "owner-password";
    url.pathname = `/${name}`;
    return url.toString();
  };
  async function ownedDatabase(): Promise<string> {
    const name = `parallel_it_backup_owned_${process.pid}_${made.length}`;
    made.push(name);
    await query(adminUrl, `CREATE DATABASE "${name}" OWNER ${role}`);
    // The audit writer owns audit_append(), which PostgreSQL 15 allows only with CREATE on the schema.
    await query(adminUrl.replace(/\/[^/]*$/, `/${name}`), `GRANT CREATE ON SCHEMA public TO parallel_audit_writer`);
    return urlAs(name);
  }

  beforeAll(async () => {
    adminUrl = testDatabaseMode().kind === "server" ? (testDatabaseMode() as { url: string }).url : "";
    await query(adminUrl, `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role} LOGIN PASSWORD 'owner-password' NOSUPERUSER NOBYPASSRLS; END IF; END $$`);
    await query(adminUrl, `GRANT parallel_app, parallel_audit_writer TO ${role}`);
  });

  afterAll(async () => {
    for (const name of made) await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
  });

  it("backs up and restores every organization's rows, chains and sealed names", async () => {
    const { deployMigrations } = await import("../../prisma/migrate");
    const sourceUrl = await ownedDatabase();
    await deployMigrations(sourceUrl);
    expect((await query<{ bypass: boolean }>(sourceUrl, `SELECT rolsuper OR rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user`))[0]!.bypass).toBe(false);
    await useDatabase(sourceUrl);
    const one = await orgs.createOrganization({ name: "Gamma Accueil", ownerEmail: "owner@gamma.example" });
    const two = await orgs.createOrganization({ name: "Delta Emploi", ownerEmail: "owner@delta.example" });
    const gamma = await contextOf(adminUrl.replace(/\/[^/]*$/, `/${made[0]}`), one.organization.id, "owner@gamma.example");
    const delta = await contextOf(adminUrl.replace(/\/[^/]*$/, `/${made[0]}`), two.organization.id, "owner@delta.example");
    for (const [i, name] of names.entries()) await clients.createClient(i % 2 ? gamma : delta, { displayName: name, consent });

    const owned = path.join(dir, "owned.jsonl.gz");
    const result = await backupDatabase(sourceUrl, owned, "server");
    expect(result.rows.client).toBe(names.length);
    expect(result.rows.organization).toBe(2);
    // Each organization's events, read with it set: as many as the superuser sees.
    const superSource = adminUrl.replace(/\/[^/]*$/, `/${made[0]}`);
    expect(result.rows.audit_event).toBe((await query(superSource, `SELECT 1 FROM audit_event`)).length);
    expect(result.rows.membership).toBe(2);

    const targetUrl = await ownedDatabase();
    const restored = await restoreDatabase(targetUrl, owned, { replace: false });
    expect(restored.seal).toEqual({ checked: names.length, failed: 0, noKey: false });
    expect(restored.audit).toEqual({ events: result.rows.audit_event, broken: 0 });
    const superTarget = adminUrl.replace(/\/[^/]*$/, `/${made[1]}`);
    expect(await snapshot(superTarget)).toEqual(await snapshot(superSource));
    // Restoring over it (--yes) as that owner: the schema is recreated with its grants, and the migrations run again.
    const again = await restoreDatabase(targetUrl, owned, { replace: true });
    expect(again.audit).toEqual({ events: result.rows.audit_event, broken: 0 });
    expect(await snapshot(superTarget)).toEqual(await snapshot(superSource));
    await useDatabase(targetUrl);
    const found = (await clients.listClients(gamma, { page: 1, pageSize: 25, sort: "name" } as never)).items.map((c) => c.displayName);
    expect(found.sort()).toEqual(names.filter((_, i) => i % 2).sort());
    await useDatabase(source.url);
  });
});
