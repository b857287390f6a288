/**
 * Costs of the data-protection work, on a PostgreSQL server, with the
 * reference data seeded and one organization of 1,000 client files:
 * - recording a sign-in (a success: the new-device check and one insert);
 * - a backup (`npm run db:backup`'s function) and a restore into an empty
 *   database (schema from the migrations, rows, checks);
 * - the daily retention job with nothing to erase, and per file erased.
 *   npx tsx --conditions=react-server tests/bench/protection.ts
 * Needs a PostgreSQL server (TEST_DATABASE_URL, DATABASE_URL or
 * postgres:postgres@127.0.0.1:5432); temporary databases are created and
 * dropped.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { deployMigrations } from "../../prisma/migrate";
import { seed } from "../../prisma/seed";
import { backupDatabase, restoreDatabase } from "../../prisma/backup";
import { fmt, summarize } from "./stats";
import { adminQuery, databaseUrl } from "./workspace-setup";

const CLIENTS = 1000;
const DUE = 100;
const SIGN_INS = 300;
const BACKUPS = 5;
const RESTORES = 3;
const NOOP_RUNS = 10;

const names: string[] = [];
async function newDatabase(): Promise<string> {
  const name = `parallel_bench_protection_${process.pid}_${names.length}`;
  names.push(name);
  await adminQuery(`CREATE DATABASE "${name}"`);
  return databaseUrl(name);
}
const line = (label: string, samples: number[], unit = "ms") => {
  const s = summarize(samples);
  console.log(`${label.padEnd(58)} median ${fmt(s.median)} ${unit}, p95 ${fmt(s.p95)} ${unit} (n=${s.n})`);
};

const dir = mkdtempSync(path.join(tmpdir(), "parallel-bench-protection-"));
try {
  const url = await newDatabase();
  await deployMigrations(url);
  let started = performance.now();
  await seed(url);
  console.log(`Reference data seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.env.DATABASE_URL = url;
  process.env.DATABASE_POOL_SIZE = "3";

  const { createOrganization } = await import("../../lib/workspace/organizations");
  const { blindIndex, seal } = await import("../../lib/security/crypto");
  const { recordSignIn } = await import("../../lib/auth/sign-in-log");
  const { runRetention } = await import("../../lib/workspace/retention");
  const { db } = await import("../../lib/db");

  const { organization, ownerId } = await createOrganization({ name: "Centre Banc d’essai", ownerEmail: "owner@bench.example" });
  const owner = new pg.Client({ connectionString: url });
  await owner.connect();
  await owner.query("BEGIN");
  await owner.query(`SELECT set_config('app.org_id', $1, true)`, [organization.id]);
  for (let i = 0; i < CLIENTS; i++) {
    const name = `Client ${i} Bench`;
    const due = i < DUE;
    await owner.query(
      `INSERT INTO client (id, organization_id, display_name, name_index, languages, provinces, consent_scopes, consent_given_at, status, last_activity_at, updated_at)
       VALUES ($1, $2, $3, $4, '{en}', '{ON}', '{record}', now(), $5, now() - make_interval(months => $6), now())`,
      [randomUUID(), organization.id, seal(name, "client.display_name"), blindIndex(name), due ? "discharged" : i % 3 ? "active" : "inactive", due ? 48 : 12],
    );
    await owner.query(
      `SELECT audit_append($1::uuid, $2::uuid, NULL, 'owner@bench.example', 'client.read', 'client', NULL, 'bench', 'bench', NULL)`,
      [organization.id, ownerId],
    );
  }
  await owner.query("COMMIT");
  await owner.end();
  console.log(`${CLIENTS} client files (${DUE} past the retention period) and ${CLIENTS} audit events`);

  // Sign-in records: a success from a known browser (the usual case).
  const ua = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
  await recordSignIn({ method: "email", outcome: "success", userId: ownerId }, { ipAddress: "198.51.100.1", userAgent: ua });
  const signIns: number[] = [];
  for (let i = 0; i < SIGN_INS; i++) {
    const t = performance.now();
    await recordSignIn({ method: "email", outcome: "success", userId: ownerId }, { ipAddress: "198.51.100.1", userAgent: ua });
    signIns.push(performance.now() - t);
  }
  line("Sign-in recorded (success, device check + insert)", signIns);

  // Backups of the whole database.
  const file = path.join(dir, "bench.jsonl.gz");
  const backups: number[] = [];
  let rows = 0;
  for (let i = 0; i < BACKUPS; i++) {
    const t = performance.now();
    const result = await backupDatabase(url, file, "server");
    backups.push(performance.now() - t);
    rows = Object.values(result.rows).reduce((a, b) => a + b, 0);
  }
  line(`Backup (${rows} rows, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB gzip'd)`, backups);
  const restores: number[] = [];
  for (let i = 0; i < RESTORES; i++) {
    const target = await newDatabase();
    const t = performance.now();
    const result = await restoreDatabase(target, file, { replace: false });
    restores.push(performance.now() - t);
    if (result.audit.broken || result.seal.failed) throw new Error("restore did not verify");
  }
  line("Restore into an empty database (schema, rows, checks)", restores);

  // Retention: the erasing run, then the daily run with nothing due.
  started = performance.now();
  const report = await runRetention(new Date());
  const erased = report.organizations.reduce((n, o) => n + o.files.length, 0);
  const erasing = performance.now() - started;
  console.log(`${`Retention run erasing ${erased} files`.padEnd(58)} ${fmt(erasing)} ms in all, ${fmt(erasing / Math.max(1, erased))} ms a file`);
  const noop: number[] = [];
  for (let i = 0; i < NOOP_RUNS; i++) {
    const t = performance.now();
    await runRetention(new Date());
    noop.push(performance.now() - t);
  }
  line("Retention run with nothing due (1 organization)", noop);
  await db().$disconnect();
} finally {
  rmSync(dir, { recursive: true, force: true });
  for (const name of names) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
}
