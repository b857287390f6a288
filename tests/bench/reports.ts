/**
 * Match reports in an organization with 1,000 client files: the time to run
 * the engine on a client's profile and save the report as a new version
 * (through the real service: a transaction under row-level security, the
 * audit event written), and to read a report and render its PDF (embedded
 * fonts, French). Median and 95th percentile over RUNS runs each.
 *   npx tsx --import ./tests/support/server-only-hook.mjs tests/bench/reports.ts
 * (not the react-server condition: the PDF renderer brings its own React
 * reconciler). Needs a PostgreSQL server (TEST_DATABASE_URL, DATABASE_URL or
 * postgres:postgres@127.0.0.1:5432); a temporary database is created,
 * seeded with the reference data and dropped.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { deployMigrations } from "../../prisma/migrate";
import { seed } from "../../prisma/seed";
import { fmt, summarize } from "./stats";

const admin = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/postgres";
const name = `parallel_bench_reports_${process.pid}`;
const url = new URL(admin);
url.pathname = `/${name}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
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

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

await adminQuery(`CREATE DATABASE "${name}"`);
try {
  await deployMigrations(url.toString());
  const seeded = performance.now();
  await seed(url.toString());
  console.log(`reference data seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
  process.env.DATABASE_URL = url.toString();

  const { createOrganization, membershipBySlug } = await import("../../lib/workspace/organizations");
  const { seal, blindIndex } = await import("../../lib/security/crypto");
  const reports = await import("../../lib/workspace/reports/service");
  const { renderReportPdf } = await import("../../lib/workspace/reports/pdf");
  const { db } = await import("../../lib/db");
  type Ctx = import("../../lib/workspace/context").OrgContext;

  const email = "bench@example.org";
  const { organization } = await createOrganization({ name: "Centre d’accueil Bench", ownerEmail: email });
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  const m = (await membershipBySlug(user.id, organization.slug))!;
  const ctx: Ctx = { org: m.org, actor: { kind: "user", userId: user.id, label: email }, role: "owner", membershipId: m.membershipId, request: { requestId: randomUUID(), route: "bench" } };

  // 1,000 client files, sealed as the app seals them, trained in common professions.
  const origins = ["31301", "31102", "21300", "21231", "32101", "41200", "11100", "22310"];
  const provinces = ["ON", "QC", "BC", "AB", "MB"];
  const rnd = random(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const owner = new pg.Client({ connectionString: url.toString() });
  await owner.connect();
  const clients = Array.from({ length: CLIENTS }, (_, i) => ({ id: randomUUID(), i, origin: pick(origins) }));
  for (let start = 0; start < clients.length; start += 500) {
    const params: unknown[] = [];
    const values = clients.slice(start, start + 500).map((c) => {
      const name = `Client ${c.i}`;
      const row = [c.id, ctx.org.id, seal(name, "client.display_name"), blindIndex(name), c.i % 3 === 0 ? "{fr}" : "{en}", c.origin, `{${pick(provinces)}}`, 4 + (c.i % 7), "{record,match}", new Date(), "active", new Date()];
      return `(${row.map((v) => `$${params.push(v)}`).join(", ")})`;
    });
    await owner.query(
      `INSERT INTO client (id, organization_id, display_name, name_index, languages, origin_code, provinces, clb_english, consent_scopes, consent_given_at, status, updated_at) VALUES ${values.join(", ")}`,
      params,
    );
  }
  await owner.end();

  // The first run loads the engine's prepared data (once per process), as the first request after a start does.
  const warm = performance.now();
  await reports.runReport(ctx, clients[0]!.id, { choices: {}, constraints: { acceptRegulated: true } });
  console.log(`first report (engine data prepared): ${fmt(performance.now() - warm)} ms`);

  const run: number[] = [];
  const made: { client: string; report: string }[] = [];
  const questions = ["care", "teach", "lead", "numbers", "computers", "hands"] as const;
  for (let i = 0; i < RUNS; i++) {
    const c = clients[1 + Math.floor(rnd() * (CLIENTS - 1))]!;
    const choices = { [pick(questions)]: pick(["less", "more"] as const), [pick(questions)]: pick(["less", "about", "more"] as const) };
    const t = performance.now();
    const report = await reports.runReport(ctx, c.id, { choices, constraints: { acceptRegulated: rnd() < 0.8, retrainingMonths: 24 } });
    run.push(performance.now() - t);
    made.push({ client: c.id, report: report.id });
    await reports.decideOption(ctx, c.id, report.id, report.results.options[0]!.code, { decision: "shortlisted", reason: "Aime le contact humain — très motivée" });
  }

  // The first PDF loads the fonts (once per process).
  const first = performance.now();
  await renderReportPdf(await reports.reportDocument(ctx, made[0]!.client, made[0]!.report, "fr"));
  console.log(`first PDF (fonts loaded): ${fmt(performance.now() - first)} ms`);
  const pdf: number[] = [];
  const render: number[] = [];
  let pages = 0;
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const { client, report } = made[i % made.length]!;
    const t = performance.now();
    const data = await reports.reportDocument(ctx, client, report, i % 2 ? "en" : "fr");
    const r = performance.now();
    const out = await renderReportPdf(data);
    const end = performance.now();
    pdf.push(end - t);
    render.push(end - r);
    bytes += out.length;
    pages += (out.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
  }

  const line = (label: string, samples: number[]) => {
    const s = summarize(samples);
    console.log(`${label.padEnd(44)} n=${s.n}  median ${fmt(s.median)} ms  p95 ${fmt(s.p95)} ms`);
  };
  console.log(`organization: ${CLIENTS} clients; ${RUNS} runs each`);
  line("run and save a report (engine + version)", run);
  line("read a report and render its PDF", pdf);
  line("  of which the PDF rendering", render);
  console.log(`PDFs: ${(pages / RUNS).toFixed(1)} pages, ${Math.round(bytes / RUNS / 1024)} KB on average`);
  await db().$disconnect();
} finally {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
