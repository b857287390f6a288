import { expect, test, type Page } from "@playwright/test";

/**
 * Every page type, in the browser: the security headers are there, the
 * Content-Security-Policy uses a nonce and no 'unsafe-eval', and the page
 * runs (hydrates, draws its charts) without a single CSP violation.
 */

const PAGES = [
  { name: "home", path: "/en" },
  { name: "home (French)", path: "/fr" },
  { name: "occupation search", path: "/en/occupations?q=nurse" },
  { name: "occupation", path: "/en/occupations/31301", chart: true },
  { name: "compare", path: "/fr/compare?a=31301&b=31102", chart: true },
  { name: "profession index", path: "/en/professions" },
  { name: "profession", path: "/en/professions/dentists" },
  { name: "profession and province", path: "/fr/professions/dentists/on" },
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

for (const { name, path, chart, status } of PAGES) {
  test(`${name}: security headers and no CSP violation`, async ({ page }) => {
    const violations = await collectViolations(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(status ?? 200);
    const headers = response!.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
    // Plain http here: no HSTS (browsers ignore it over http anyway).
    expect(headers["strict-transport-security"]).toBeUndefined();

    // Every script the server sent carries this request's nonce (scripts those load later are trusted through 'strict-dynamic').
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    const tags = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
    await page.waitForLoadState("networkidle");
    if (chart) await expect(page.locator("[data-chart] svg rect").first()).toBeVisible();
    const caught = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect([...violations, ...caught]).toEqual([]);
  });
}

test("a nonce is new on every request", async ({ request }) => {
  const nonces = await Promise.all([1, 2, 3].map(async () => /'nonce-([^']+)'/.exec((await request.get("/en")).headers()["content-security-policy"]!)![1]));
  expect(new Set(nonces).size).toBe(3);
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
