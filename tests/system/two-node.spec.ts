import { expect, request, test } from "@playwright/test";
import { startApp, type AppProcess } from "../support/app";
import { startRestartableDatabase, type RestartableDatabase } from "../support/postgres-server";
import { readProfessionForm, saveProfession } from "./journey-form";

/**
 * Two app processes (the same build, two ports) on one PostgreSQL, as behind
 * a load balancer: a journey saved through one resumes through the other
 * from its private link, and a rate limit spent on one holds on the other
 * (the counters live in PostgreSQL).
 */
test.describe.configure({ mode: "serial" });

// Next to the end-to-end app's port, so runs on different ports do not meet.
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORT_A = Number(process.env.SYSTEM_NODE_A_PORT ?? BASE_PORT + 105);
const PORT_B = Number(process.env.SYSTEM_NODE_B_PORT ?? BASE_PORT + 106);

let database: RestartableDatabase;
let nodeA: AppProcess;
let nodeB: AppProcess;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  database = await startRestartableDatabase({ preferEmbedded: process.env.SYSTEM_DATABASE === "embedded" });
  console.log(`Two-node test: ${database.description}, app nodes on ports ${PORT_A} and ${PORT_B}`);
  const poolSize = database.kind === "embedded" ? 1 : 5;
  // One after the other: the first migrates and seeds, the second finds it done.
  nodeA = await startApp({ databaseUrl: database.url, port: PORT_A, poolSize });
  nodeB = await startApp({ databaseUrl: database.url, port: PORT_B, poolSize });
});

test.afterAll(async () => {
  await Promise.all([nodeA?.stop(), nodeB?.stop()]);
  await database?.stop();
});

test("a journey saved through one node resumes through the other from its private link", async ({ browser }) => {
  const country = `Two nodes ${Date.now()}`;
  const form = await readProfessionForm(nodeA.baseURL);
  const context = await request.newContext({ baseURL: nodeA.baseURL });
  const saved = await saveProfession(context, nodeA.baseURL, form, country);
  await context.dispose();
  if (!saved.ok) throw new Error(`Node A did not save the step: ${saved.reason}`);

  const other = await browser.newContext({ baseURL: nodeB.baseURL });
  const page = await other.newPage();
  await page.goto(`/en/saved/${saved.token}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your saved answers");
  await page.getByRole("button", { name: "Continue where I left off" }).click();
  await expect(page.locator("#journey-progress")).toHaveText(/Step 2 of 6: Where, when and language/, { timeout: 30_000 });
  expect(new URL(page.url()).port).toBe(String(PORT_B));
  await page.getByRole("link", { name: /1\. Profession/ }).click();
  await expect(page.getByLabel("Country where you practised")).toHaveValue(country);
  await other.close();
});

test("a rate limit spent on one node holds on the other", async () => {
  // Measured: against the embedded database process the app's PostgreSQL limiter falls back to its per-process memory store.
  test.skip(database.kind === "embedded", "Shared rate limits are tested on the PostgreSQL server configuration only.");
  const a = await request.newContext({ baseURL: nodeA.baseURL });
  const b = await request.newContext({ baseURL: nodeB.baseURL });
  const search = "/api/v1/occupations?q=nurse&limit=1";
  // Node B answers before anything is spent.
  expect((await b.get(search)).status()).toBe(200);
  let allowedOnA = 0;
  let limited = false;
  for (let i = 0; i < 300 && !limited; i++) {
    const status = (await a.get(search)).status();
    if (status === 429) limited = true;
    else {
      expect(status).toBe(200);
      allowedOnA++;
    }
  }
  expect(limited, "node A answers 429 once the search limit is spent").toBe(true);
  const onB = await b.get(search);
  console.log(`Two-node test: node A allowed ${allowedOnA} searches after node B's first, then 429; node B then answered ${onB.status()}.`);
  expect(onB.status()).toBe(429);
  expect(Number(onB.headers()["retry-after"])).toBeGreaterThan(0);
  await Promise.all([a.dispose(), b.dispose()]);
});
