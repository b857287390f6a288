import { Ajv2020 } from "ajv/dist/2020.js";
import { expect, test } from "@playwright/test";

/**
 * The API contract: every example call the OpenAPI document lists
 * (`x-examples` on each operation) is made against the running app, and
 * answers the documented status with a body the documented schema accepts
 * (JSON Schema 2020-12, the dialect of OpenAPI 3.1). Workspace operations are
 * called without credentials (the 401 and its error shape); the document
 * itself is checked by tests/unit/embed/openapi.test.ts.
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
type OpenApi = { servers: { url: string }[]; paths: Record<string, Record<string, Operation>> };

/** Stands for any id in a path the example does not name (a workspace call refused before it is read). */
const ANY_ID = "00000000-0000-4000-8000-000000000000";

test("every documented example answers as documented", async ({ request }) => {
  test.setTimeout(240_000);
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as OpenApi;
  const site = document.servers[0]!.url;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(document as object, "openapi");

  const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
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
        const validate = ajv.getSchema(`openapi#/${pointer("paths", path, method, "responses", String(example.status), "content", "application/json", "schema")}`);
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
