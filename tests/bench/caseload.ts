/**
 * The caseload with 1,000 clients: how long the workspace's client list takes
 * (search, filters, sorts, a far page), each through the real service (a
 * transaction under row-level security, the audit event written), against a
 * baseline measured in the same run: the bare SQL of the default page as the
 * tables' owner, without security or audit.
 *   npx tsx --conditions=react-server tests/bench/caseload.ts
 * Needs a PostgreSQL server (TEST_DATABASE_URL, DATABASE_URL or
 * postgres:postgres@127.0.0.1:5432); a temporary database is created and
 * dropped.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { deployMigrations } from "../../prisma/migrate";
import { fmt, summarize } from "./stats";

const admin = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/postgres";
const name = `parallel_bench_caseload_${process.pid}`;
const url = new URL(admin);
url.pathname = `/${name}`;
const RUNS = 40;
const CLIENTS = 1000;

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await adminQuery(`CREATE DATABASE "${name}"`);
try {
  await deployMigrations(url.toString());
  process.env.DATABASE_URL = url.toString();
  const owner = new pg.Client({ connectionString: url.toString() });
  await owner.connect();
  await owner.query(`INSERT INTO noc_class (code, level, level_name, title_en, definition_en) VALUES ('31301', 5, 'Unit group', 'Registered nurses', '.'), ('31102', 5, 'Unit group', 'General practitioners', '.'), ('21300', 5, 'Unit group', 'Civil engineers', '.')`);
  await owner.query(`INSERT INTO occupation (code, teer, title_en, title_fr, lead_statement_en) VALUES ('31301', 1, 'Registered nurses', 'Infirmiers', '.'), ('31102', 1, 'General practitioners', 'Omnipraticiens', '.'), ('21300', 1, 'Civil engineers', 'Ingénieurs civils', '.')`);

  const { createOrganization, membershipBySlug } = await import("../../lib/workspace/organizations");
  const { listClients } = await import("../../lib/workspace/clients/service");
  const { blindIndex, seal } = await import("../../lib/security/crypto");
  const { SEALED } = await import("../../lib/workspace/clients/service");
  const { db } = await import("../../lib/db");
  type Ctx = import("../../lib/workspace/context").OrgContext;

  const contexts: Ctx[] = [];
  for (const org of ["Bench Alpha", "Bench Beta"]) {
    const email = `${org.replace(/\s/g, "").toLowerCase()}@example.org`;
    const { organization } = await createOrganization({ name: org, ownerEmail: email });
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    const m = (await membershipBySlug(user.id, organization.slug))!;
    contexts.push({ org: m.org, actor: { kind: "user", userId: user.id, label: email }, role: "owner", membershipId: m.membershipId, request: { requestId: randomUUID(), route: "bench" } });
  }
  // 1,000 clients in each organization (the other's rows are there for row-level security to filter out).
  const names = ["Amina", "Bao", "Carlos", "Dmitri", "Esther", "Farah", "Gustavo", "Hana", "Ivan", "Jia", "Kofi", "Leila", "Mateo", "Nadia", "Omar", "Priya"];
  const statuses = ["intake", "active", "active", "on-hold", "discharged"];
  const origins = ["31301", "31102", "21300", null];
  for (const ctx of contexts) {
    const values: string[] = [];
    const params: unknown[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const display = `${names[i % names.length]} ${String.fromCharCode(65 + (i % 26))}. ${i}`;
      params.push(ctx.org.id, seal(display, SEALED.displayName), blindIndex(display), origins[i % origins.length], statuses[i % statuses.length], i % 3 === 0 ? ctx.membershipId : null, new Date(Date.now() - i * 3_600_000));
      const b = params.length - 6;
      values.push(`(gen_random_uuid(), $${b}::uuid, $${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}::uuid, $${b + 6}, '{}', '{}', '{record}', now())`);
    }
    await owner.query(
      `INSERT INTO client (id, organization_id, display_name, name_index, origin_code, status, counsellor_id, updated_at, languages, provinces, consent_scopes, consent_given_at) VALUES ${values.join(",")}`,
      params,
    );
  }
  await owner.query("ANALYZE");

  const ctx = contexts[0]!;
  const base = { sort: "updated" as const, page: 1, pageSize: 25 };
  const cases: [string, Parameters<typeof listClients>[1]][] = [
    ["default page (updated, 25)", base],
    ["search by name (\"nadia\")", { ...base, q: "nadia" }],
    ["status = active", { ...base, status: "active" }],
    ["my clients", { ...base, counsellor: "me" }],
    ["profession 31301, sorted by name", { ...base, origin: "31301", sort: "name" }],
    ["page 10 of 100 a page", { ...base, page: 10, pageSize: 100 }],
  ];

  async function time(run: () => Promise<unknown>): Promise<number[]> {
    for (let i = 0; i < 5; i++) await run();
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await run();
      samples.push(performance.now() - started);
    }
    return samples;
  }

  const baseline = summarize(
    await time(() =>
      owner.query(`SELECT * FROM client WHERE organization_id = $1 ORDER BY updated_at DESC, id LIMIT 25`, [ctx.org.id]),
    ),
  );
  console.log(`Caseload of ${CLIENTS} clients (and ${CLIENTS} in another organization), ${RUNS} runs each, times in ms`);
  console.log(`${"case".padEnd(46)} ${"median".padStart(8)} ${"p95".padStart(8)}  ratio to baseline (median)`);
  console.log(`${"baseline: bare SQL of the default page".padEnd(46)} ${fmt(baseline.median).padStart(8)} ${fmt(baseline.p95).padStart(8)}  1.0x`);
  for (const [label, query] of cases) {
    let total = 0;
    const stats = summarize(
      await time(async () => {
        total = (await listClients(ctx, query)).total;
      }),
    );
    console.log(`${`${label} [${total} found]`.padEnd(46)} ${fmt(stats.median).padStart(8)} ${fmt(stats.p95).padStart(8)}  ${(stats.median / baseline.median).toFixed(1)}x`);
  }
  await owner.end();
  await db().$disconnect();
} finally {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
