import { createHash } from "node:crypto";
import { expect, request, test } from "@playwright/test";
import pg from "pg";
import { startApp, type AppProcess } from "../support/app";
import { startRestartableDatabase, type RestartableDatabase } from "../support/postgres-server";
import { readProfessionForm, saveProfession } from "./journey-form";

/**
 * PostgreSQL restarted under a stream of journey saves: every save the app
 * acknowledged (303 to the next step with the journey's cookie) is in the
 * database afterwards with what was posted, and the app serves again
 * without being restarted.
 */
test.describe.configure({ mode: "serial" });

// Next to the end-to-end app's port, so runs on different ports do not meet.
const APP_PORT = Number(process.env.SYSTEM_FAULT_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 104);
const BROWSERS = 4;

let database: RestartableDatabase;
let app: AppProcess;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  database = await startRestartableDatabase({ preferEmbedded: process.env.SYSTEM_DATABASE === "embedded" });
  const why = process.env.SYSTEM_DATABASE === "embedded" ? "the embedded configuration" : "no PostgreSQL programs found";
  console.log(`Fault test: ${database.description}${database.kind === "server" ? "" : ` (${why}: the embedded database process is stopped cleanly and started again, not crashed)`}`);
  // Rate limits are not under test here: raise them well above the stream's rate.
  app = await startApp({ databaseUrl: database.url, port: APP_PORT, poolSize: database.kind === "embedded" ? 1 : 5, env: { RATE_LIMIT_SCALE: "1000" } });
});

test.afterAll(async () => {
  await app?.stop();
  await database?.stop();
});

test("PostgreSQL restarted under a stream of journey saves: nothing acknowledged is lost and the app recovers", async () => {
  test.setTimeout(240_000);
  const form = await readProfessionForm(app.baseURL);
  const acknowledged = new Map<string, string>(); // token -> the country posted with it
  const refused: string[] = [];
  let phase: "before" | "down" | "after" = "before";
  const savedAfter = { count: 0 };
  let stop = false;
  let sequence = 0;

  const browser = async (id: number) => {
    while (!stop) {
      const context = await request.newContext({ baseURL: app.baseURL });
      const country = `Fault ${id}-${++sequence}`;
      const startedIn = phase;
      const outcome = await saveProfession(context, app.baseURL, form, country);
      await context.dispose();
      if (outcome.ok) {
        acknowledged.set(outcome.token, country);
        if (startedIn === "after") savedAfter.count++;
      } else {
        refused.push(`${phase}: ${outcome.reason}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  };

  const stream = Promise.all(Array.from({ length: BROWSERS }, (_, i) => browser(i + 1)));
  // Restart once the stream is flowing (the first requests of a fresh process are slow).
  const flowing = Date.now() + 60_000;
  while (acknowledged.size < 20 && Date.now() < flowing) await new Promise((r) => setTimeout(r, 250));
  const beforeRestart = acknowledged.size;
  phase = "down";
  const restartStarted = performance.now();
  await database.restart({ downMs: 3000 });
  const restartMs = performance.now() - restartStarted;
  phase = "after";
  // Keep saving until the app has acknowledged saves started after the restart (or give up after 60 s).
  const deadline = Date.now() + 60_000;
  while (savedAfter.count < 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  stop = true;
  await stream;

  console.log(
    `Fault test: ${acknowledged.size} saves acknowledged (${beforeRestart} before the restart, ${savedAfter.count} started after it), ` +
      `${refused.length} refused while the database was away (${(restartMs / 1000).toFixed(1)} s down).`,
  );
  if (refused.length) console.log(`  e.g. ${[...new Set(refused.map((r) => r.replace(/Fault \S+/, "")))].slice(0, 3).join(" | ")}`);

  expect(beforeRestart, "saves acknowledged before the restart").toBeGreaterThanOrEqual(20);
  expect(savedAfter.count, "saves acknowledged after the restart, with the same app process").toBeGreaterThanOrEqual(20);

  // Every acknowledged save is in the database, with what was posted.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ token_hash: string; country: string }>(`SELECT token_hash, answers->'profession'->>'country' AS country FROM saved_journey`);
  await client.end();
  const stored = new Map(rows.map((r) => [r.token_hash, r.country]));
  const lost = [...acknowledged].filter(([token, country]) => stored.get(createHash("sha256").update(token).digest("hex")) !== country);
  console.log(`Fault test: ${lost.length} of ${acknowledged.size} acknowledged saves missing after the restart.`);
  expect(lost.map(([, country]) => country)).toEqual([]);

  // Pages that read the database answer again, from the same process.
  const context = await request.newContext({ baseURL: app.baseURL });
  const search = await context.get("/api/v1/occupations?q=nurse&limit=3");
  expect(search.status()).toBe(200);
  expect(((await search.json()) as { count: number }).count).toBeGreaterThan(0);
  await context.dispose();
});
