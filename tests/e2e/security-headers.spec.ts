import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";

/**
 * Every page type, in the browser: the security headers are there, the
 * Content-Security-Policy allows no inline script it does not name (a
 * per-request nonce on pages rendered per request; the SHA-256 of each
 * inline script on content pages served from the page cache, which usually
 * have none since React's runtime is not in them) and no 'unsafe-eval', and
 * the page runs (its script sets it up, its charts draw) without a single
 * CSP violation.
 */

const PAGES = [
  { name: "home", path: "/en", cached: true },
  { name: "home (French)", path: "/fr", cached: true },
  { name: "occupation search", path: "/en/occupations?q=nurse", cached: true },
  { name: "occupation", path: "/en/occupations/31301", chart: true, cached: true },
  { name: "compare", path: "/fr/compare?a=31301&b=31102", chart: true, cached: true },
  { name: "profession index", path: "/en/professions", cached: true },
  { name: "profession", path: "/en/professions/dentists", cached: true },
  { name: "profession and province", path: "/fr/professions/dentists/on", cached: true },
  { name: "pre-arrival journey", path: "/en/pre-arrival" },
  { name: "post-assessment journey", path: "/fr/post-assessment" },
  { name: "saved link", path: "/en/saved/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
  { name: "not found", path: "/en/this-page-does-not-exist", status: 404 },
];

async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

for (const { name, path, chart, status, cached } of PAGES) {
  test(`${name}: security headers and no CSP violation`, async ({ page }) => {
    const violations = await collectViolations(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(status ?? 200);
    const headers = response!.headers();
    const csp = headers["content-security-policy"] ?? "";
    if (cached) expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]{44}')*;/);
    else expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
    // Plain http here: no HSTS (browsers ignore it over http anyway).
    expect(headers["strict-transport-security"]).toBeUndefined();

    const html = await response!.text();
    const tags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    if (cached) {
      // Every inline script is named by its hash; script files come from this site ('self').
      const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter(Boolean);
      for (const body of inline) expect(csp).toContain(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
      expect(tags.filter((tag) => tag.includes("nonce="))).toEqual([]);
      expect(headers["cache-control"]).toContain("public");
      expect(headers.etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
      expect(headers["set-cookie"]).toBeUndefined();
    } else {
      // Every script the server sent carries this request's nonce (scripts those load later are trusted through 'strict-dynamic').
      const nonce = /'nonce-([^']+)'/.exec(csp)![1];
      expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
    }
    await page.waitForLoadState("networkidle");
    // The page's script has set it up (a not-found page is drawn by React in the browser, without it).
    if (!status) await page.waitForFunction(() => (window as unknown as { parallelReadyAt?: number }).parallelReadyAt !== undefined);
    if (chart) await expect(page.locator("[data-chart] svg rect").first()).toBeVisible();
    const caught = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect([...violations, ...caught]).toEqual([]);
  });
}

test("a nonce is new on every request", async ({ request }) => {
  const nonces = await Promise.all(
    [1, 2, 3].map(async () => /'nonce-([^']+)'/.exec((await request.get("/en/pre-arrival")).headers()["content-security-policy"]!)![1]),
  );
  expect(new Set(nonces).size).toBe(3);
});

test("a content page comes from the page cache: the same body and ETag each time, 304 when the browser has it", async ({ request }) => {
  const first = await request.get("/en/professions/registered-nurses");
  const second = await request.get("/en/professions/registered-nurses");
  expect(first.status()).toBe(200);
  expect(await second.text()).toBe(await first.text());
  const etag = first.headers().etag!;
  expect(second.headers().etag).toBe(etag);
  const revalidated = await request.get("/en/professions/registered-nurses", { headers: { "If-None-Match": etag } });
  expect(revalidated.status()).toBe(304);
  expect(await revalidated.body()).toHaveLength(0);
});

test("HSTS when the request came over https (behind a proxy)", async ({ request }) => {
  const page = await request.get("/en", { headers: { "X-Forwarded-Proto": "https" } });
  expect(page.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  expect(page.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  const api = await request.get("/api/v1/occupations?q=nurse", { headers: { "X-Forwarded-Proto": "https" } });
  expect(api.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
});

test("API responses: nosniff and a CSP that loads nothing", async ({ request }) => {
  const response = await request.get("/api/v1/occupations/31301");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
});
