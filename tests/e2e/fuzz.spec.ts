import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import pg from "pg";

/**
 * Property-based fuzzing of the running app: thousands of generated hostile
 * inputs across every API route, every server action (posted as the no-JS
 * form posts them, with the hidden fields scraped from the real page, and
 * with the Next-Action header as JavaScript does) and the pages that read
 * input. Every answer must be below 500 and of bounded size, and since every
 * input is invalid by construction, none of it may reach the database.
 */

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const CONCURRENCY = 6;
const MAX_API_ERROR_BYTES = 4096;
const MAX_COOKIE_BYTES = 4096;

test.describe.configure({ mode: "serial" });
// About a minute on an idle machine; far more on a busy one.
test.setTimeout(600_000);

function databaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  // The embedded database the end-to-end app runs on (see playwright.config.ts), behind its per-folder password.
  const port = Number(process.env.E2E_PORT ?? 3100);
  const dir = path.resolve(process.env.E2E_EMBEDDED_DB_DIR ?? path.join(os.tmpdir(), `parallel-e2e-${port}`));
  const password = readFileSync(`${dir}.password`, "utf8").trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${process.env.E2E_EMBEDDED_DB_PORT ?? port + 1000}/postgres?sslmode=disable`;
}

/**
 * Rows that rejected input could have left behind. Other spec files write
 * journeys and corrections at the same time, so rather than a hash of whole
 * tables this counts what only fuzzed input could produce: every fuzzed text
 * carries the FUZZ marker, and the rest breaks a rule the schemas enforce.
 */
async function leftovers(): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const count = async (sql: string) => Number((await client.query(`SELECT count(*) AS n FROM ${sql}`)).rows[0].n);
    return {
      correctionsWithMarker: await count(`correction WHERE message LIKE '%FUZZ%' OR page LIKE '%FUZZ%'`),
      correctionsBreakingRules: await count(
        `correction WHERE length(message) < 10 OR length(message) > 4000 OR locale NOT IN ('en', 'fr') OR page !~ '^/[a-z0-9][a-z0-9/-]*$' OR (contact_email IS NOT NULL AND contact_email NOT LIKE '%@%')`,
      ),
      journeysWithMarker: await count(`saved_journey WHERE answers::text LIKE '%FUZZ%'`),
      journeysOutOfOrder: await count(`saved_journey WHERE answers <> '{}'::jsonb AND NOT answers ? 'profession'`),
      journeysBreakingRules: await count(
        `saved_journey WHERE kind NOT IN ('pre-arrival', 'post-assessment') OR locale NOT IN ('en', 'fr') OR (answers ? 'profession' AND answers->'profession'->>'occupation' !~ '^[0-9]{5}$')`,
      ),
    };
  } finally {
    await client.end();
  }
}

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

interface ScrapedForm {
  page: string;
  hidden: [string, string][];
  actionId: string | null;
}

/** The POST forms of a page with their hidden fields, as a browser without JavaScript would send them. */
async function scrapeForms(api: APIRequestContext, page: string): Promise<ScrapedForm[]> {
  const html = await (await api.get(page)).text();
  const forms: ScrapedForm[] = [];
  for (const match of html.matchAll(/<form\b[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/gi)) {
    const hidden: [string, string][] = [];
    for (const input of match[1]!.matchAll(/<input\b[^>]*type="hidden"[^>]*>/gi)) {
      const name = /name="([^"]*)"/.exec(input[0])?.[1];
      if (name) hidden.push([decode(name), decode(/value="([^"]*)"/.exec(input[0])?.[1] ?? "")]);
    }
    const actionField = hidden.find(([n]) => n.startsWith("$ACTION_ID_"))?.[0];
    const ref = hidden.find(([n]) => /^\$ACTION_\d+:0$/.test(n))?.[1];
    forms.push({ page, hidden, actionId: actionField ? actionField.slice("$ACTION_ID_".length) : ref ? (JSON.parse(ref) as { id: string }).id : null });
  }
  return forms;
}

// ---- Generators of hostile values ----
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom("\u0000", "a\u0000b", "%00", "%ZZ", "../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --", "0x10", "1e1", "-1", "NaN", "Infinity", "9".repeat(400), "😀".repeat(50), "\u202e\u200b", "de ".repeat(40)),
  fc.integer().map(String),
  fc.double({ noNaN: false }).map(String),
);
const longText = fc.oneof(fc.constant("x".repeat(5000)), fc.constant("é".repeat(3000)), fc.string({ minLength: 300, maxLength: 2000 }));
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, fc.jsonValue({ maxDepth: 2 }), nasty, fc.array(tie("value"), { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 10 }), tie("value"), { maxKeys: 5 })),
})).value;

type Probe =
  | { kind: "get"; url: string; api: boolean }
  | { kind: "json"; url: string; body: string; contentType: string }
  | { kind: "form"; form: ScrapedForm; fields: [string, string][]; origin?: string }
  | { kind: "action-header"; page: string; actionId: string; body: string; multipart: boolean };

function probes(forms: ScrapedForm[]): fc.Arbitrary<Probe> {
  const enc = encodeURIComponent;
  const api = fc.oneof(
    fc.record({ q: fc.oneof(nasty, longText), locale: nasty, limit: nasty }).map(({ q, locale, limit }) => ({ kind: "get" as const, url: `/api/v1/occupations?q=${enc(q)}&locale=${enc(locale)}&limit=${enc(limit)}`, api: true })),
    fc.record({ code: nasty, locale: nasty }).map(({ code, locale }) => ({ kind: "get" as const, url: `/api/v1/occupations/${enc(code) || "x"}?locale=${enc(locale)}`, api: true })),
    fc.record({ code: nasty, limit: nasty }).map(({ code, limit }) => ({ kind: "get" as const, url: `/api/v1/occupations/${enc(code) || "x"}/alternatives?limit=${enc(limit)}`, api: true })),
    fc.constantFrom("/api/v1/occupations/%ZZ", "/api/v1/occupations/%E0%A4%A/alternatives", "/api/v1/occupations/31301%00").map((url) => ({ kind: "get" as const, url, api: true })),
    fc.oneof(
      jsonValue.map((v) => JSON.stringify(v)),
      fc.record({ origin: nasty, adjustments: jsonValue, constraints: jsonValue }).map((v) => JSON.stringify(v)),
      fc.record({ origin: fc.constantFrom("31301", "99999", "31301.99"), constraints: fc.record({ provinces: fc.array(nasty, { maxLength: 3000 }), teerRange: jsonValue, languageClb: nasty }) }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
      fc.constant("{".repeat(5000)),
    ).chain((body) =>
      fc.record({ limit: nasty, contentType: fc.constantFrom("application/json", "text/plain", "multipart/form-data") }).map(({ limit, contentType }) => ({ kind: "json" as const, url: `/api/v1/match?limit=${enc(limit)}`, body, contentType })),
    ),
  );
  const pages = fc.oneof(
    nasty.map((q) => ({ kind: "get" as const, url: `/en/occupations?q=${enc(q)}`, api: false })),
    nasty.map((t) => ({ kind: "get" as const, url: `/fr/saved/${enc(t) || "x"}`, api: false })),
    fc.record({ a: nasty, b: nasty }).map(({ a, b }) => ({ kind: "get" as const, url: `/en/compare?a=${enc(a)}&b=${enc(b)}`, api: false })),
    fc.record({ step: nasty, q: nasty }).map(({ step, q }) => ({ kind: "get" as const, url: `/en/pre-arrival?step=${enc(step)}&q=${enc(q)}`, api: false })),
    fc.constantFrom("/en/saved/%ZZ", "/fr/%ZZ", "/_next/image?url=%2Fen&w=64&q=75", "/en/professions/%ZZ/on").map((url) => ({ kind: "get" as const, url, api: false })),
  );
  const formProbe = fc.constantFrom(...forms).chain((form) => {
    const names = form.hidden.map(([n]) => n).filter((n) => !n.startsWith("$ACTION"));
    const isCorrection = names.includes("page") && names.includes("section");
    const isStep = names.includes("step");
    // Always invalid: a correction breaks at least one rule, a step posts a non-code occupation or a later step first.
    const fields: fc.Arbitrary<[string, string][]> = isCorrection
      ? fc
          .record({
            mode: fc.constantFrom("page", "short", "long", "email", "locale"),
            page: nasty,
            message: fc.oneof(nasty, longText),
            email: nasty.filter((e) => !e.includes("@")),
          })
          .map(({ mode, page, message, email }) => [
            ["page", mode === "page" ? `${page}//\u0000` : "/professions/dentists"],
            ["section", "page"],
            ["locale", mode === "locale" ? `${page}x` : "en"],
            ["message", mode === "short" ? message.slice(0, 5) : mode === "long" ? "y".repeat(4200) : `FUZZ ${message} ${"z".repeat(12)}`],
            ["email", mode === "email" ? `${email}x` : "not-an-email"],
          ])
      : isStep
        ? fc
            .record({
              step: fc.constantFrom("profession", "plans", "assessment", "competencies", "results", "roadmap", "nope"),
              occupation: nasty.filter((o) => !/^\s*\d{5}\s*$/.test(o)),
              extra: fc.array(fc.tuple(fc.oneof(fc.constantFrom("country", "yearsPractised", "provinces", "gaps", "details", "test", "c.A01a01"), fc.string({ maxLength: 80 })), fc.oneof(nasty, longText)), { maxLength: 40 }),
              intent: fc.constantFrom("next", "back", "", "sideways"),
            })
            .map(({ step, occupation, extra, intent }) => [["kind", "pre-arrival"], ["locale", "en"], ["step", step], ["intent", intent], ["occupation", occupation], ["country", "FUZZ country"], ...extra])
        : fc.array(fc.tuple(fc.oneof(fc.constantFrom("kind", "locale", "token"), fc.string({ maxLength: 20 })), nasty), { maxLength: 8 }).map((extra) => [...extra, ["kind", "nope"], ["locale", "xx"], ["token", "FUZZ-not-a-token"]]);
    return fc.record({ fields, origin: fc.option(fc.constantFrom("https://evil.example", "null", "http://127.0.0.1.evil.example"), { nil: undefined, freq: 5 }) }).map(({ fields, origin }) => ({
      kind: "form" as const,
      form,
      // Hidden fields first (with the action reference), then the fuzzed ones, which override same-named hidden values.
      fields: [...form.hidden.filter(([n]) => !fields.some(([f]) => f === n)), ...fields],
      origin,
    }));
  });
  const actionIds = [...new Set(forms.map((f) => f.actionId).filter((id): id is string => !!id))];
  const headerProbe = fc
    .record({
      id: fc.oneof(fc.constantFrom(...actionIds), fc.stringMatching(/^[0-9a-f]{42}$/), nasty),
      body: fc.oneof(
        jsonValue.map((v) => JSON.stringify(v)),
        fc.string({ maxLength: 300 }),
        fc.constantFrom('["$K1"]', '["$Q1"]', '[{"status":"idle"},"$K1"]', '["$@1"]', "[]", '["$$5 fee"]'),
      ),
      multipart: fc.boolean(),
    })
    .map(({ id, body, multipart }) => ({ kind: "action-header" as const, page: "/en/pre-arrival", actionId: id, body, multipart }));
  return fc.oneof({ arbitrary: api, weight: 4 }, { arbitrary: pages, weight: 2 }, { arbitrary: formProbe, weight: 4 }, { arbitrary: headerProbe, weight: 1 });
}

async function send(api: APIRequestContext, probe: Probe) {
  const common = { maxRedirects: 0, failOnStatusCode: false, timeout: 30_000 };
  switch (probe.kind) {
    case "get":
      return api.get(probe.url, common);
    case "json":
      return api.post(probe.url, { ...common, headers: { "Content-Type": probe.contentType }, data: Buffer.from(probe.body) });
    case "form": {
      const multipart: Record<string, string> = {};
      // Playwright's multipart takes one value per name: repeated names keep the last, which is enough to fuzz.
      for (const [name, value] of probe.fields) multipart[name] = value;
      return api.post(probe.form.page, { ...common, multipart, headers: probe.origin ? { Origin: probe.origin } : {} });
    }
    case "action-header": {
      const headers = { "Next-Action": probe.actionId.slice(0, 200).replace(/[^\x20-\x7e]/g, "?"), Accept: "text/x-component" };
      // As React sends a call: the arguments in field "0", the form's fields prefixed with its reference.
      if (probe.multipart) return api.post(probe.page, { ...common, headers, multipart: { "0": probe.body, "1_kind": "nope", "1_locale": "xx" } });
      return api.post(probe.page, { ...common, headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: Buffer.from(probe.body) });
    }
  }
}

function describe(probe: Probe): string {
  const text = probe.kind === "form" ? `${probe.form.page} ${JSON.stringify(probe.fields)}` : probe.kind === "get" ? probe.url : `${"url" in probe ? probe.url : probe.page} ${probe.body}`;
  return `${probe.kind} ${text.slice(0, 400)}`;
}

test("2,000+ hostile inputs: no 5xx, bounded errors, database unchanged", async ({ baseURL }) => {
  const setup = await playwrightRequest.newContext({ baseURL });
  // A saved journey, so the saved-link page shows its forms (resume, delete) to scrape.
  const journeyForms = await scrapeForms(setup, "/en/pre-arrival");
  const save = journeyForms.find((f) => f.hidden.some(([n, v]) => n === "kind" && v === "pre-arrival") && !f.hidden.some(([n]) => n === "step"));
  expect(save, "the journey page has a save-link form").toBeDefined();
  const saved = await setup.post("/en/pre-arrival", { multipart: Object.fromEntries(save!.hidden), maxRedirects: 0 });
  const savedPath = new URL(saved.headers()["location"] ?? "", baseURL).pathname;
  expect(savedPath).toMatch(/^\/en\/saved\/[A-Za-z0-9_-]{43}$/);

  const forms = [
    ...journeyForms,
    ...(await scrapeForms(setup, "/fr/post-assessment")),
    ...(await scrapeForms(setup, savedPath)),
    // With the journey's cookie, the journey page also offers "Delete my answers".
    ...(await scrapeForms(setup, "/en/pre-arrival")),
    // "Delete my answers" is a form on its confirmation page.
    ...(await scrapeForms(setup, `${savedPath}?delete=confirm`)),
    ...(await scrapeForms(setup, "/en/professions/dentists")),
  ];
  const actionIds = new Set(forms.map((f) => f.actionId));
  // submitStep, saveLink, deleteAnswers, resumeJourney, submitCorrection.
  expect(actionIds.size).toBeGreaterThanOrEqual(5);
  await setup.dispose();

  // Fuzzing from a fresh browser: no cookie, so no input can reach the journey saved above.
  const api = await playwrightRequest.newContext({ baseURL });
  const before = await leftovers();
  const inputs = fc.sample(probes(forms), { seed: SEED, numRuns: RUNS });
  const failures: string[] = [];
  const counts: Record<string, number> = {};
  const started = Date.now();
  for (let i = 0; i < inputs.length; i += CONCURRENCY) {
    await Promise.all(
      inputs.slice(i, i + CONCURRENCY).map(async (probe) => {
        const response = await send(api, probe);
        const status = response.status();
        const body = await response.body();
        counts[`${probe.kind} ${Math.floor(status / 100)}xx`] = (counts[`${probe.kind} ${Math.floor(status / 100)}xx`] ?? 0) + 1;
        if (status >= 500) failures.push(`${status} for ${describe(probe)}: ${body.toString("utf8").slice(0, 200)}`);
        // 431: Node's HTTP server refuses an over-long address before the app sees it (no body to check).
        const isApiError = status >= 400 && status !== 431 && (probe.kind === "json" || (probe.kind === "get" && probe.api));
        if (isApiError && body.length > MAX_API_ERROR_BYTES) failures.push(`${body.length}-byte error for ${describe(probe)}`);
        if (isApiError) {
          let parsed: { error?: string; message?: string; fields?: Record<string, string> } = {};
          try {
            parsed = JSON.parse(body.toString("utf8"));
          } catch {
            failures.push(`${status} without a JSON body for ${describe(probe)}: ${JSON.stringify(body.toString("utf8").slice(0, 100))}`);
          }
          if (!parsed.error || !parsed.message) failures.push(`${status} error without code or message for ${describe(probe)}`);
          if (Object.keys(parsed.fields ?? {}).length > 10) failures.push(`more than 10 field errors for ${describe(probe)}`);
        }
        for (const cookie of response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie")) {
          if (cookie.value.length > MAX_COOKIE_BYTES) failures.push(`${cookie.value.length}-byte cookie for ${describe(probe)}`);
        }
        if (body.length > 2_000_000) failures.push(`${body.length}-byte answer for ${describe(probe)}`);
      }),
    );
  }
  await api.dispose();
  const after = await leftovers();
  console.log(`fuzz: ${inputs.length} inputs in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED}):`, JSON.stringify(counts));
  expect(failures.slice(0, 20)).toEqual([]);
  expect(inputs.length).toBeGreaterThanOrEqual(2000);
  expect(before).toEqual(Object.fromEntries(Object.keys(before).map((k) => [k, 0])));
  expect(after).toEqual(before);
});
