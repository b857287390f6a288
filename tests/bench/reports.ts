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
 * seeded with the reference data and dropped (tests/bench/workspace-setup.ts).
 */
import { randomUUID } from "node:crypto";
import { fmt, summarize } from "./stats";
import { CLIENTS, random, withWorkspace } from "./workspace-setup";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);

await withWorkspace({ name: "reports", organizations: ["Centre d’accueil Bench"], referenceData: true }, async ({ organizations, insertClients }) => {
  const reports = await import("../../lib/workspace/reports/service");
  const { renderReportPdf } = await import("../../lib/workspace/reports/pdf");
  const { ctx } = organizations[0]!;

  // 1,000 client files trained in common professions.
  const origins = ["31301", "31102", "21300", "21231", "32101", "41200", "11100", "22310"];
  const provinces = ["ON", "QC", "BC", "AB", "MB"];
  const rnd = random(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const clients = Array.from({ length: CLIENTS }, (_, i) => ({ id: randomUUID(), i, origin: pick(origins) }));
  await insertClients(
    ctx.org.id,
    clients.map((c) => ({
      id: c.id,
      name: `Client ${c.i}`,
      languages: [c.i % 3 === 0 ? "fr" : "en"],
      origin: c.origin,
      provinces: [pick(provinces)],
      clbEnglish: 4 + (c.i % 7),
      consentScopes: ["record", "match"],
    })),
  );

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
});
