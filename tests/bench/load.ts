/**
 * A busy day against the PostgreSQL configuration: a mixed workload of
 * occupation searches, profession pages, match requests and journey saves
 * (the profession step posted as a browser without JavaScript does), all at
 * once against one app process, with a trickle of worst-case searches
 * ("de de de ...", 100 characters) in the mix. Prints requests per second,
 * p50/p95/p99 latency and errors per route; then, on the idle app, the
 * worst-case search time next to the median ordinary search.
 *   npx tsx tests/bench/load.ts          (needs a build: npm run build, or one npm start)
 * BENCH_DATABASE_URL  a PostgreSQL server where a database may be created
 *                     (default: TEST_DATABASE_URL, then postgres:postgres@127.0.0.1:5432)
 * BENCH_SECONDS       length of the mixed run (default 30, at most 120)
 * BENCH_PORT          port of the app (default 3207)
 * Rate limits are turned off for the run (RATE_LIMIT_SCALE=0): this measures
 * the work, not the limiter's refusals.
 */
import autocannon from "autocannon";
import pg from "pg";
import { startApp } from "../support/app";
import { DEFAULT_SERVER_URL } from "../support/database";
import { fmt } from "./stats";

const SECONDS = Math.min(120, Math.max(5, Number(process.env.BENCH_SECONDS ?? 30) || 30));
const PORT = Number(process.env.BENCH_PORT ?? 3207);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? DEFAULT_SERVER_URL;
const DB_NAME = "parallel_bench_load";

const QUERIES = ["nurse", "infirmière", "engineer", "ingénieur", "teacher", "accountant", "pharmacist", "dentist", "physician", "médecin", "electrician", "software developer", "welder", "cook", "technicien de laboratoire", "social worker"];
const WORST = "de ".repeat(34).slice(0, 100);
const PROFESSIONS = ["registered-nurses", "engineers", "physicians", "teachers", "pharmacists", "accountants-auditors"];
const MATCH_BODIES = [
  { origin: "21300", adjustments: { F02a01: 4 }, constraints: { acceptRegulated: false, teerRange: [1, 2] } },
  { origin: "31102" },
  { origin: "31301", constraints: { acceptRegulated: true } },
];

interface Route {
  name: string;
  connections: number;
  requests: autocannon.Request[];
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function freshDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${DB_NAME}"`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB_NAME}`;
  return url.toString();
}

async function dropDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
  await admin.end();
}

/** The profession step's form as the page renders it: its hidden fields, server-action id included. */
async function journeyForm(baseURL: string): Promise<Record<string, string>> {
  const html = await (await fetch(`${baseURL}/en/pre-arrival`)).text();
  const form = html.split("<form").find((f) => /value="profession"/.test(f) && /\$ACTION_ID_/.test(f));
  if (!form) throw new Error("No profession form with a server action on /en/pre-arrival");
  const fields: Record<string, string> = {};
  for (const input of form.split("</form>")[0]!.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(input[0])?.[1];
    if (name) fields[name] = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
  }
  return fields;
}

function multipart(fields: Record<string, string>): { body: string; contentType: string } {
  const boundary = "----parallelbench7c1e";
  const body =
    Object.entries(fields)
      .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join("") + `--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

async function run(baseURL: string, route: Route, seconds: number) {
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: baseURL, connections: route.connections, duration: seconds, requests: route.requests, timeout: 30 }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      // Journey saves answer 303 (redirect to the next step): that is success.
      if (statusCode >= 400) non2xx++;
    });
  });
  errors = result.errors + result.timeouts;
  latencies.sort((a, b) => a - b);
  return { route: route.name, connections: route.connections, requests: latencies.length, rps: latencies.length / seconds, p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), p99: quantile(latencies, 0.99), failed: errors + non2xx };
}

async function timeSequential(baseURL: string, paths: string[], rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const path of paths) {
      const started = performance.now();
      const response = await fetch(`${baseURL}${path}`);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      times.push(performance.now() - started);
    }
  }
  return times.sort((a, b) => a - b);
}

async function main() {
  const url = await freshDatabase();
  console.log(`Load benchmark: PostgreSQL server ${new URL(ADMIN_URL).host}, database ${DB_NAME}; app on port ${PORT}; ${SECONDS} s mixed run`);
  const app = await startApp({ databaseUrl: url, port: PORT, poolSize: 10, env: { RATE_LIMIT_SCALE: "0" }, timeoutMs: 300_000 });
  try {
    const base = app.baseURL;
    const form = await journeyForm(base);
    const save = multipart({ ...form, occupation: "31102", country: "Benchmark", yearsPractised: "12", lastPractised: "2024", intent: "next" });
    const routes: Route[] = [
      { name: "search", connections: 8, requests: QUERIES.map((q) => ({ method: "GET", path: `/api/v1/occupations?q=${encodeURIComponent(q)}&limit=10` })) },
      { name: "worst-case search", connections: 1, requests: [{ method: "GET", path: `/api/v1/occupations?q=${encodeURIComponent(WORST)}&limit=10` }] },
      { name: "profession page", connections: 4, requests: PROFESSIONS.map((slug) => ({ method: "GET", path: `/en/professions/${slug}` })) },
      { name: "match", connections: 2, requests: MATCH_BODIES.map((b) => ({ method: "POST", path: "/api/v1/match?limit=20", headers: { "content-type": "application/json" }, body: JSON.stringify(b) })) },
      { name: "journey save", connections: 2, requests: [{ method: "POST", path: "/en/pre-arrival", headers: { "content-type": save.contentType, origin: base }, body: save.body }] },
    ];

    // Warm-up: first requests compile routes and load the engine's data.
    await timeSequential(base, ["/api/v1/occupations?q=nurse", "/en/professions/registered-nurses"], 3);
    await fetch(`${base}/api/v1/match`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(MATCH_BODIES[1]) });

    const results = await Promise.all(routes.map((r) => run(base, r, SECONDS)));
    const total = results.reduce((a, r) => a + r.requests, 0);
    console.log(`\nMixed workload, ${SECONDS} s, all routes at once (${total} requests, ${(total / SECONDS).toFixed(1)} req/s in all):`);
    console.log("route               conns   req/s    p50 ms    p95 ms    p99 ms   errors");
    for (const r of results) {
      console.log(`${r.route.padEnd(20)}${String(r.connections).padStart(5)}${r.rps.toFixed(1).padStart(8)}${fmt(r.p50).padStart(10)}${fmt(r.p95).padStart(10)}${fmt(r.p99).padStart(10)}${String(r.failed).padStart(9)}`);
    }

    const ordinary = await timeSequential(base, QUERIES.map((q) => `/api/v1/occupations?q=${encodeURIComponent(q)}&limit=10`), 3);
    const worst = await timeSequential(base, [`/api/v1/occupations?q=${encodeURIComponent(WORST)}&limit=10`], 20);
    const medianOrdinary = quantile(ordinary, 0.5);
    const medianWorst = quantile(worst, 0.5);
    console.log(`\nIdle app, one request at a time: median search ${fmt(medianOrdinary)} ms (${ordinary.length} ordinary queries); ` + `worst-case search ("de de de ...", 100 characters) median ${fmt(medianWorst)} ms, max ${fmt(worst.at(-1)!)} ms (${worst.length} runs): ${(medianWorst / medianOrdinary).toFixed(1)}x the median (goal: within 3x).`);
    const mixedSearch = results.find((r) => r.route === "search")!;
    const mixedWorst = results.find((r) => r.route === "worst-case search")!;
    console.log(`Under the mixed load: worst-case search p50 ${fmt(mixedWorst.p50)} ms next to ordinary search p50 ${fmt(mixedSearch.p50)} ms (${(mixedWorst.p50 / mixedSearch.p50).toFixed(1)}x).`);
  } finally {
    await app.stop();
    await dropDatabase();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Load benchmark failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
