import { Ajv2020 } from "ajv/dist/2020.js";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { WORKSPACE_BASE_URL } from "../support/e2e-app";
import { createWorkspaceFixture, signedInContext } from "./workspace-setup";

/**
 * The API contract: every example call the OpenAPI document lists
 * (`x-examples` on each operation) is made against the running app, and
 * answers the documented status with a body the documented schema accepts
 * (JSON Schema 2020-12, the dialect of OpenAPI 3.1). Workspace operations are
 * called without credentials (the 401 and its error shape), then each one
 * with credentials on an organization of its own: every success must be
 * described exactly by the document (no field missing, none extra). The
 * document itself is checked by tests/unit/embed/openapi.test.ts.
 */

interface Example {
  name: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  status: number;
}

type Operation = { "x-examples"?: Example[]; responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };
type Method = "get" | "post" | "put" | "patch" | "delete";
type OpenApi = { servers: { url: string }[]; paths: Record<string, Record<string, Operation>> };

/** Stands for any id in a path the example does not name (a workspace call refused before it is read). */
const ANY_ID = "00000000-0000-4000-8000-000000000000";

/** ajv (2020-12) over the whole document, and the compiled JSON schema of one operation's answer. */
function validatorOf(document: OpenApi) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(document as object, "openapi");
  const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
  const schemaOf = (path: string, method: string, status: number) =>
    ajv.getSchema(`openapi#/${pointer("paths", path, method, "responses", String(status), "content", "application/json", "schema")}`);
  return { ajv, schemaOf };
}

test("every documented example answers as documented", async ({ request }) => {
  test.setTimeout(240_000);
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as OpenApi;
  const site = document.servers[0]!.url;
  const { ajv, schemaOf } = validatorOf(document);
  let calls = 0;
  const failures: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      for (const example of operation["x-examples"] ?? []) {
        const url = path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(example.params?.[name] ?? ANY_ID));
        const query = new URLSearchParams(Object.entries(example.query ?? {}).map(([k, v]) => [k, v.replaceAll("{site}", site)]));
        const target = `${url}${query.size ? `?${query}` : ""}`;
        const answer = await request.fetch(target, {
          method: method.toUpperCase(),
          headers: { ...(example.body !== undefined ? { "Content-Type": "application/json" } : {}), ...(example.headers ?? {}) },
          data: example.body !== undefined ? JSON.stringify(example.body) : undefined,
          maxRedirects: 0,
        });
        calls++;
        const label = `${method.toUpperCase()} ${target} (${example.name})`;
        if (answer.status() !== example.status) {
          failures.push(`${label}: status ${answer.status()}, documented ${example.status}: ${(await answer.text()).slice(0, 200)}`);
          continue;
        }
        const documented = operation.responses[String(example.status)];
        const media = documented?.content?.["application/json"];
        if (!documented) {
          failures.push(`${label}: status ${example.status} is not documented`);
          continue;
        }
        if (!media?.schema) continue;
        expect(answer.headers()["content-type"] ?? "", label).toContain("application/json");
        const body: unknown = await answer.json();
        const validate = schemaOf(path, method, example.status);
        if (!validate) {
          failures.push(`${label}: documented schema not found`);
          continue;
        }
        if (!validate(body)) failures.push(`${label}: ${ajv.errorsText(validate.errors, { separator: "; " })}`);
      }
    }
  }
  expect(failures).toEqual([]);
  expect(calls).toBeGreaterThan(40);
});

test("every workspace operation answers, with credentials, exactly as documented", async ({ request, browser, playwright }) => {
  test.setTimeout(300_000);
  const document = (await (await request.get("/api/v1/openapi.json")).json()) as OpenApi;
  const { ajv, schemaOf } = validatorOf(document);
  // An organization of this test's own: the writes below (discharge, erasure...) touch nothing another spec reads.
  const fixture = await createWorkspaceFixture(`ctr${Date.now().toString(36)}`);
  const key = await playwright.request.newContext({ baseURL: WORKSPACE_BASE_URL, extraHTTPHeaders: { Authorization: `Bearer ${fixture.keys.a}` } });
  // Erasure is asked for and decided by people signed in (two of them), never with a key; a note is changed by its author only.
  const owner = await signedInContext(browser, fixture.links.ownerA);
  const admin = await signedInContext(browser, fixture.links.adminA);
  const callers: Record<"key" | "owner" | "admin", APIRequestContext> = { key, owner: owner.request, admin: admin.request };

  const answered = new Set<string>();
  const failures: string[] = [];
  /** Calls one documented operation and checks the answer against the document; returns the JSON body. */
  async function call<T = Record<string, unknown>>(
    caller: keyof typeof callers,
    method: Method,
    path: string,
    options: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown; status: number; media?: string },
  ): Promise<T> {
    const operation = document.paths[path]?.[method];
    if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
    const url = path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(options.params?.[name] ?? "missing"));
    const query = new URLSearchParams({ ...options.query, ...(caller === "key" ? {} : { org: fixture.orgA.slug }) });
    const target = `${url}${query.size ? `?${query}` : ""}`;
    const label = `${caller}: ${method.toUpperCase()} ${target}`;
    const answer = await callers[caller].fetch(target, { method: method.toUpperCase(), data: options.body, maxRedirects: 0 });
    const text = await answer.text();
    expect(answer.status(), `${label}: ${text.slice(0, 300)}`).toBe(options.status);
    const documented = operation.responses[String(options.status)];
    expect(documented, `${label}: status ${options.status} is not documented`).toBeDefined();
    const media = (answer.headers()["content-type"] ?? "").split(";")[0]!.trim();
    if (!documented!.content) {
      expect(text, `${label}: a body where the document says none`).toBe("");
      answered.add(`${method} ${path}`);
      return undefined as T;
    }
    expect(Object.keys(documented!.content), `${label}: ${media} is not a documented media type`).toContain(media);
    if (options.media) expect(media, label).toBe(options.media);
    answered.add(`${method} ${path}`);
    if (media !== "application/json") return text as T;
    const body: unknown = JSON.parse(text);
    const validate = schemaOf(path, method, options.status);
    if (!validate) failures.push(`${label}: documented schema not found`);
    else {
      if (!validate(body)) failures.push(`${label}: ${ajv.errorsText(validate.errors, { separator: "; " })}`);
      // The answer's shape is fixed: a field the document does not name is refused.
      if (body && typeof body === "object" && !Array.isArray(body) && validate({ ...body, undocumented: true })) failures.push(`${label}: the documented schema accepts fields it does not name`);
    }
    return body as T;
  }

  type Id = { id: string };
  const today = new Date().toISOString().slice(0, 10);
  const consent = { scopes: ["record", "contact", "match", "outcomes"], givenAt: "2026-11-15" };

  // Client files and the audit trail.
  await call("key", "get", "/api/v1/workspace/clients", { query: { pageSize: "10", sort: "name" }, status: 200 });
  const client = await call<Id>("key", "post", "/api/v1/workspace/clients", {
    body: { displayName: "Contract Client", contact: "contract@example.org", languages: ["fr", "en"], originCode: "31301", countryOfTraining: "France", provinces: ["QC", "ON"], arrivalDate: "2025-06-01", clbEnglish: 7, nclcFrench: 10, consent },
    status: 201,
  });
  const c = { id: client.id };
  await call("key", "get", "/api/v1/workspace/clients/{id}", { params: c, status: 200 });
  await call("key", "patch", "/api/v1/workspace/clients/{id}", { params: c, body: { status: "active", contact: null }, status: 200 });
  await call("key", "get", "/api/v1/workspace/clients/{id}/export", { params: c, status: 200 });

  // Casework: the fixture's client has one of each; this test's client gets its own.
  const a = { id: fixture.clientA.id };
  for (const part of ["notes", "plan", "referrals", "outcomes"]) await call("key", "get", `/api/v1/workspace/clients/{id}/${part}`, { params: a, status: 200 });
  const note = await call<Id>("owner", "post", "/api/v1/workspace/clients/{id}/notes", { params: c, body: { body: "First meeting: credentials in hand." }, status: 201 });
  await call("owner", "patch", "/api/v1/workspace/clients/{id}/notes/{noteId}", { params: { ...c, noteId: note.id }, body: { body: "First meeting: credentials and transcripts in hand." }, status: 200 });
  const step = await call<Id>("key", "post", "/api/v1/workspace/clients/{id}/plan", { params: c, body: { title: "Request a credential assessment", dueOn: "2026-01-15" }, status: 201 });
  await call("key", "patch", "/api/v1/workspace/clients/{id}/plan/{itemId}", { params: { ...c, itemId: step.id }, body: { status: "done" }, status: 200 });
  const extra = await call<Id>("key", "post", "/api/v1/workspace/clients/{id}/plan", { params: c, body: { title: "Book a language test" }, status: 201 });
  const referral = await call<Id>("key", "post", "/api/v1/workspace/clients/{id}/referrals", { params: c, body: { kind: "bridging-program", partner: "Bridging program", status: "sent" }, status: 201 });
  await call("key", "patch", "/api/v1/workspace/clients/{id}/referrals/{referralId}", { params: { ...c, referralId: referral.id }, body: { status: "completed", result: "Admitted" }, status: 200 });
  await call("key", "post", "/api/v1/workspace/clients/{id}/outcomes", { params: c, body: { kind: "language-level-reached", occurredOn: today, level: { scale: "NCLC", value: 9 }, note: "Test passed" }, status: 201 });
  const job = await call<Id>("key", "post", "/api/v1/workspace/clients/{id}/outcomes", { params: c, body: { kind: "employed-alternative", occurredOn: today, nocCode: "32101", fieldRelation: "related" }, status: 201 });

  // Match reports: two versions (the second with the differences), decisions, a link and its revocation, the PDF.
  await call("key", "get", "/api/v1/workspace/clients/{id}/reports", { params: a, status: 200 });
  const first = await call<{ id: string; results: { options: { code: string }[] } }>("key", "post", "/api/v1/workspace/clients/{id}/reports", { params: c, body: {}, status: 201 });
  const code = first.results.options[0]!.code;
  await call("key", "put", "/api/v1/workspace/clients/{id}/reports/{reportId}/options/{code}", { params: { ...c, reportId: first.id, code }, body: { decision: "shortlisted", reason: "Close to nursing", note: "Ask about the program" }, status: 200 });
  const second = await call<typeof first>("key", "post", "/api/v1/workspace/clients/{id}/reports", { params: c, body: { languageClb: 6, provinces: ["ON"], constraints: { retrainingMonths: 12 } }, status: 201 });
  const secondCode = second.results.options[0]!.code;
  await call("key", "patch", "/api/v1/workspace/clients/{id}/reports/{reportId}/options/{code}", { params: { ...c, reportId: second.id, code: secondCode }, body: { decision: "set-aside" }, status: 200 });
  const link = await call<{ share: Id }>("key", "post", "/api/v1/workspace/clients/{id}/reports/{reportId}/shares", { params: { ...c, reportId: second.id }, body: { locale: "fr", expiresInDays: 7 }, status: 201 });
  await call("key", "delete", "/api/v1/workspace/clients/{id}/reports/{reportId}/shares/{shareId}", { params: { ...c, reportId: second.id, shareId: link.share.id }, status: 200 });
  const version = await call<{ diff: unknown; carried: Record<string, unknown> }>("key", "get", "/api/v1/workspace/clients/{id}/reports/{reportId}", { params: { ...c, reportId: second.id }, status: 200 });
  expect(version.diff, "the second version carries its differences").not.toBeNull();
  expect(Object.keys(version.carried)).toContain(code);
  await call("key", "get", "/api/v1/workspace/clients/{id}/reports/{reportId}", { params: { ...c, reportId: `${first.id}.pdf` }, status: 200, media: "application/pdf" });
  await call("key", "get", "/api/v1/workspace/clients/{id}/reports", { params: c, status: 200 });

  // The discharge, then the timeline with every kind of event; then what removes casework.
  await call("key", "post", "/api/v1/workspace/clients/{id}/discharge", { params: c, status: 200 });
  const { entries } = await call<{ entries: { kind: string }[] }>("key", "get", "/api/v1/workspace/clients/{id}/timeline", { params: c, status: 200 });
  expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(["first-visit", "client-created", "client-discharged", "outcome", "referral-made", "referral-closed", "note", "action-done", "report"]));
  await call("key", "delete", "/api/v1/workspace/clients/{id}/notes/{noteId}", { params: { ...c, noteId: note.id }, status: 204 });
  await call("key", "delete", "/api/v1/workspace/clients/{id}/plan/{itemId}", { params: { ...c, itemId: extra.id }, status: 204 });
  await call("key", "delete", "/api/v1/workspace/clients/{id}/outcomes/{outcomeId}", { params: { ...c, outcomeId: job.id }, status: 204 });

  // Erasure: asked, withdrawn, asked again and approved by another administrator; the fixture's pending request rejected.
  const doomed = await call<Id>("key", "post", "/api/v1/workspace/clients", { body: { displayName: "Created in error", consent }, status: 201 });
  const asked = await call<Id>("owner", "post", "/api/v1/workspace/clients/{id}/erasure", { params: { id: doomed.id }, body: { reason: "created-in-error" }, status: 201 });
  await call("key", "get", "/api/v1/workspace/erasure-requests", { status: 200 });
  await call("key", "get", "/api/v1/workspace/erasure-requests/{requestId}", { params: { requestId: asked.id }, status: 200 });
  await call("owner", "delete", "/api/v1/workspace/erasure-requests/{requestId}", { params: { requestId: asked.id }, status: 204 });
  const again = await call<Id>("owner", "post", "/api/v1/workspace/clients/{id}/erasure", { params: { id: doomed.id }, body: { reason: "client-request" }, status: 201 });
  const approved = await call<{ counts: unknown }>("admin", "post", "/api/v1/workspace/erasure-requests/{requestId}", { params: { requestId: again.id }, body: { decision: "approve" }, status: 200 });
  expect(approved.counts).not.toBeNull();
  await call("admin", "post", "/api/v1/workspace/erasure-requests/{requestId}", { params: { requestId: fixture.erasureA }, body: { decision: "reject" }, status: 200 });

  // Indicators and the audit trail, as JSON and as the documented downloads.
  await call("key", "get", "/api/v1/workspace/indicators", { query: { from: "2025-01-01", to: today }, status: 200 });
  await call("owner", "get", "/api/v1/workspace/indicators", { query: { format: "csv" }, status: 200, media: "text/csv" });
  await call("key", "get", "/api/v1/workspace/indicators.csv", { status: 200, media: "text/csv" });
  await call("key", "get", "/api/v1/workspace/audit", { query: { limit: "20" }, status: 200 });
  await call("key", "get", "/api/v1/workspace/audit/export", { status: 200 });
  await call("key", "get", "/api/v1/workspace/audit/export", { query: { format: "csv" }, status: 200, media: "text/csv" });

  await key.dispose();
  await Promise.all([owner.close(), admin.close()]);
  expect(failures).toEqual([]);
  // Every workspace operation the document lists was answered with success at least once.
  const documented = Object.entries(document.paths).flatMap(([path, item]) => (path.startsWith("/api/v1/workspace/") ? Object.keys(item).map((method) => `${method} ${path}`) : []));
  expect(documented.filter((op) => !answered.has(op))).toEqual([]);
});

test("public reads carry a strong ETag and answer If-None-Match with 304", async ({ request }) => {
  for (const path of ["/api/v1/professions?locale=fr", "/api/v1/professions/registered-nurses?province=AB", "/api/v1/occupations?q=nurse", "/api/v1/occupations/31301", "/api/v1/openapi.json"]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const etag = first.headers()["etag"];
    expect(etag, path).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers()["cache-control"], path).toMatch(/public, max-age=\d+, stale-while-revalidate=\d+/);
    const second = await request.get(path, { headers: { "If-None-Match": etag! } });
    expect(second.status(), path).toBe(304);
    expect(await second.text(), path).toBe("");
    const changed = await request.get(path, { headers: { "If-None-Match": '"something-else"' } });
    expect(changed.status(), path).toBe(200);
  }
});

test("the developers page shows the interactive reference, served by the app, in both languages", async ({ page }) => {
  const outside: string[] = [];
  const violations: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol.startsWith("http")) outside.push(r.url());
  });
  page.on("console", (m) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  for (const [locale, heading] of [
    ["en", "Parallel for developers"],
    ["fr", "Parallel pour les développeurs"],
  ] as const) {
    await page.goto(`/${locale}/developers`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByTestId("openapi-link")).toHaveAttribute("href", "/api/v1/openapi.json");
    // Swagger UI lists the operations read from the document.
    await expect(page.locator("#swagger-ui .opblock-summary-path").filter({ hasText: "/api/v1/professions/{slug}" })).toBeVisible({ timeout: 20_000 });
    await expect(page.locator("#swagger-ui .opblock-summary-path").filter({ hasText: "/api/oembed" })).toBeVisible();
  }
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
});
