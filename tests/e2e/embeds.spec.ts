import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import { promisify } from "node:util";
import { expect, test, type Browser, type Frame, type Page } from "@playwright/test";
import { e2eDatabaseUrl, E2E_PORT, E2E_SITE_URL, WORKSPACE_BASE_URL } from "../support/e2e-app";

/**
 * Pathway pages on another site, as an organization's web team uses them:
 * an administrator lists their site and picks a colour on the settings page,
 * copies the snippet into a plain HTML page served from another origin
 * (a small static server started here), and the French registered-nurses
 * pathway shows there in that colour, resizing itself. A site not on the list
 * is refused by Chromium (frame-ancestors); without JavaScript the snippet is
 * a plain link; neither the parent page nor the embed gets a cookie.
 */

const run = promisify(execFile);
const ALLOWED_PORT = Number(process.env.E2E_EMBED_PARENT_PORT ?? 3650);
const REFUSED_PORT = ALLOWED_PORT + 1;
const ALLOWED = `http://localhost:${ALLOWED_PORT}`;
const REFUSED = `http://localhost:${REFUSED_PORT}`;
const PRIMARY = "#7a1f5c";

let organizationId = "";
let slug = "";
let snippet = "";
const servers: Server[] = [];

/** A parent page holding `body`, on its own origin. */
function parentSite(port: number, body: () => string): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url !== "/") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner site</title></head><body><h1>Centre partenaire</h1>${body()}<p id="after">Below the embed</p></body></html>`);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

async function cli(args: string[]): Promise<string> {
  const { SMTP_URL: _unused, ...env } = process.env;
  const { stdout } = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/org.ts", ...args], {
    env: { ...env, DATABASE_URL: e2eDatabaseUrl(), DATABASE_POOL_SIZE: "1", SITE_URL: WORKSPACE_BASE_URL },
  });
  return stdout;
}

async function signedIn(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: WORKSPACE_BASE_URL });
  const page = await context.newPage();
  await page.goto(link);
  return page;
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("iframe[data-parallel-embed]");
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("no frame");
  return frame;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  const tag = Date.now().toString(36);
  const created = JSON.parse((await cli(["create", "--name", `Embeds ${tag}`, "--owner", `embeds-${tag}@example.org`, "--json", "--locale", "fr"])).trim().split("\n").pop()!);
  organizationId = created.organizationId;
  slug = created.slug;

  // The administrator's settings page: a wrong site and an unreadable colour are refused, then the real ones saved.
  const page = await signedIn(browser, created.signInUrl);
  await page.goto(`/fr/workspace/${slug}/settings/embed`);
  await page.getByRole("textbox", { name: "Sites autorisés" }).fill(`${ALLOWED}\nhttp://www.example.org/page`);
  await page.locator("#embed-text").fill("#eeeeee");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("rien n’a été enregistré")).toBeVisible();
  await expect(page.locator("#embed-origins-error")).toContainText("Ligne 2");
  await expect(page.locator("#embed-text-error")).toContainText(/au moins 4,5/);
  await page.getByRole("textbox", { name: "Sites autorisés" }).fill(ALLOWED);
  await page.locator("#embed-text").fill("#1b1f23");
  await page.locator("#embed-primary").fill(PRIMARY);
  await page.getByLabel("Langue lorsque l’extrait ne la précise pas").selectOption("fr");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Paramètres d’intégration enregistrés.")).toBeVisible();
  // The preview on Parallel itself is allowed ('self').
  const preview = page.frameLocator("[data-testid=embed-preview]");
  await expect(preview.locator("h1")).toContainText("Infirmières");
  snippet = await page.getByTestId("snippet-profession").inputValue();
  await page.context().close();

  expect(snippet).toContain(`data-org="${organizationId}"`);
  expect(snippet).toContain('data-profession="registered-nurses"');
  expect(snippet).toContain("<noscript>");
  // The snippet points at the app as the browser reaches it.
  snippet = snippet.replaceAll(WORKSPACE_BASE_URL, `http://localhost:${E2E_PORT}`);
  servers.push(await parentSite(ALLOWED_PORT, () => snippet), await parentSite(REFUSED_PORT, () => snippet));
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

test("an allowed site shows the French pathway in its colour, resizing to its content, with no cookie", async ({ page, context }) => {
  const embedResponses: { url: string; headers: Record<string, string> }[] = [];
  page.on("response", (r) => {
    if (r.url().includes("/embed/")) embedResponses.push({ url: r.url(), headers: r.headers() });
  });
  await page.goto(`${ALLOWED}/`);
  const frame = await embedFrame(page);
  await expect(frame.locator("h1")).toContainText("Infirmières et infirmiers autorisés");
  await expect(frame.locator("html")).toHaveAttribute("lang", "fr-CA");
  await expect(frame.getByTestId("embed-date")).toContainText("Contenu revu le");
  await expect(frame.getByTestId("embed-sources").first()).toBeVisible();
  await expect(frame.getByTestId("embed-province")).toContainText("Alberta");
  const full = frame.getByRole("link", { name: /Ouvrir la page complète sur Parallel/ });
  await expect(full).toHaveAttribute("target", "_blank");
  await expect(full).toHaveAttribute("rel", "noopener");
  await expect(full).toHaveAttribute("href", /\/fr\/professions\/registered-nurses\/ab$/);

  // Theme: the button is the organization's colour, with readable text.
  const button = frame.locator(".embed-button").first();
  await expect(button).toHaveCSS("background-color", "rgb(122, 31, 92)");
  await expect(button).toHaveCSS("color", "rgb(255, 255, 255)");

  // Resizing: the iframe takes its content's height (not the initial 600 px), and grows when a step opens.
  const iframe = page.locator("iframe[data-parallel-embed]");
  const contentHeight = async () => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - (await contentHeight())), { timeout: 10_000 }).toBeLessThanOrEqual(1);
  const before = (await iframe.boundingBox())!.height;
  expect(before).toBeGreaterThan(600);
  for (const summary of await frame.locator("[data-testid=embed-step-details] summary").all()) await summary.click();
  await expect.poll(async () => (await iframe.boundingBox())!.height, { timeout: 10_000 }).toBeGreaterThan(before + 50);
  await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - (await contentHeight()))).toBeLessThanOrEqual(1);

  // Frame-ancestors names the allowed site; no X-Frame-Options; no cookie anywhere.
  const embedDocument = embedResponses.find((r) => r.url.includes(`/embed/${organizationId}/professions/registered-nurses`));
  expect(embedDocument?.headers["content-security-policy"]).toContain(`frame-ancestors 'self' ${ALLOWED}`);
  expect(embedDocument?.headers["x-frame-options"]).toBeUndefined();
  expect(embedResponses.every((r) => !r.headers["set-cookie"])).toBe(true);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe("");
  expect(await frame.evaluate(() => document.cookie)).toBe("");
});

test("a message from another window does not resize the iframe", async ({ page }) => {
  await page.goto(`${ALLOWED}/`);
  const frame = await embedFrame(page);
  await expect(frame.locator("h1")).toBeVisible();
  const iframe = page.locator("iframe[data-parallel-embed]");
  await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(600);
  const settled = (await iframe.boundingBox())!.height;
  // The parent page itself posts a height message: wrong source window and origin, so it is ignored.
  await page.evaluate(() => window.postMessage({ type: "parallel-embed:height", height: 120 }, "*"));
  await page.waitForTimeout(300);
  expect((await iframe.boundingBox())!.height).toBe(settled);
});

test("a site not on the list is refused by the browser", async ({ page }) => {
  const refusals: string[] = [];
  page.on("console", (m) => {
    if (/frame-ancestors|Refused to frame/i.test(m.text())) refusals.push(m.text());
  });
  await page.goto(`${REFUSED}/`);
  const handle = await page.waitForSelector("iframe[data-parallel-embed]");
  // Chromium ends the refused frame on its own error page.
  await expect.poll(async () => (await handle.contentFrame())?.url() ?? "", { timeout: 10_000 }).toMatch(/^chrome-error:/);
  const frame = await handle.contentFrame();
  expect(await frame!.locator("[data-embed-root]").count()).toBe(0);
  await expect.poll(() => refusals.length, { timeout: 10_000 }).toBeGreaterThan(0);
  expect(refusals.join("\n")).toContain("frame-ancestors");
});

test("without JavaScript the snippet is a plain link to the page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${ALLOWED}/`);
  await expect(page.locator("iframe")).toHaveCount(0);
  const link = page.getByRole("link", { name: "Le parcours d’une profession" });
  // The link is written with the site's own address (SITE_URL).
  await expect(link).toHaveAttribute("href", `${E2E_SITE_URL}/fr/professions/registered-nurses/ab`);
  await context.close();
});

test("embed pages: other views, languages, unknown organizations, and the snippet script", async ({ request }) => {
  const search = await request.get(`/embed/${organizationId}/occupations?q=infirmi&locale=fr`);
  expect(search.status()).toBe(200);
  const html = await search.text();
  expect(html).toContain("Trouver une profession");
  expect(html).toMatch(/31301/);
  expect(search.headers()["set-cookie"]).toBeUndefined();

  const alternatives = await request.get(`/embed/${organizationId}/occupations/31301/alternatives?locale=en&primary=%23000000&font=serif`);
  expect(alternatives.status()).toBe(200);
  expect(await alternatives.text()).toContain("Parallel careers from");

  const journey = await request.get(`/embed/${organizationId}/journey?occupation=31301`);
  const journeyHtml = await journey.text();
  // No ?locale=: the organization's language (French, chosen on the settings page).
  expect(journeyHtml).toContain('lang="fr-CA"');
  expect(journeyHtml).toContain("Planifier votre carrière au Canada");
  expect(journeyHtml).toContain(`href="${E2E_SITE_URL}/fr/pre-arrival?occupation=31301" target="_blank" rel="noopener"`);

  // A snippet override that is not a colour is ignored, never written into the page.
  const hostile = await request.get(`/embed/${organizationId}/journey?primary=red;background:url(x)&radius=99`);
  const hostileHtml = await hostile.text();
  const rootStyle = /data-embed-root="true"[^>]*style="([^"]*)"/.exec(hostileHtml)?.[1] ?? "";
  expect(rootStyle).toContain("--embed-primary:#7a1f5c");
  expect(rootStyle).toContain("--embed-radius:6px");
  expect(rootStyle).not.toContain("url(");

  expect((await request.get("/embed/00000000-0000-4000-8000-000000000000/journey")).status()).toBe(404);
  expect((await request.get("/embed/not-an-id/journey")).status()).toBe(404);
  const missing = await request.get(`/embed/${organizationId}/professions/nope?locale=fr`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("Cette page n’est pas disponible.");

  const script = await request.get("/embed.js");
  expect(script.headers()["content-type"]).toContain("javascript");
  expect(script.headers()["cache-control"]).toContain("max-age=3600");
  expect(script.headers()["set-cookie"]).toBeUndefined();

  // Every other page keeps refusing other sites.
  const home = await request.get("/en");
  expect(home.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
  expect(home.headers()["content-security-policy"]).not.toContain(ALLOWED);
  expect(home.headers()["x-frame-options"]).toBe("SAMEORIGIN");
});

test("oEmbed: discovery link on pages, a rich iframe for an organization, errors for the rest", async ({ request }) => {
  const page = await (await request.get("/fr/professions/registered-nurses")).text();
  const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(page)?.[1]?.replaceAll("&amp;", "&");
  expect(discovery).toBeTruthy();
  const linked = await request.get(discovery!.replace(E2E_SITE_URL, ""));
  expect(linked.status()).toBe(200);
  expect((await linked.json()).type).toBe("rich");

  // A page of this site, as its own address names it (SITE_URL).
  const url = `${E2E_SITE_URL}/fr/professions/registered-nurses`;
  const response = await request.get(`/api/oembed?${new URLSearchParams({ url, org: organizationId, maxwidth: "500", maxheight: "700" })}`);
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "Parallel", width: 500, height: 700, title: "Infirmières et infirmiers autorisés" });
  expect(body.html).toContain(`/embed/${organizationId}/professions/registered-nurses?locale=fr`);
  expect(response.headers()["etag"]).toMatch(/^"[^"]+"$/);
  const again = await request.get(`/api/oembed?${new URLSearchParams({ url, org: organizationId, maxwidth: "500", maxheight: "700" })}`, { headers: { "If-None-Match": response.headers()["etag"]! } });
  expect(again.status()).toBe(304);

  expect((await request.get(`/api/oembed?${new URLSearchParams({ url: "https://example.org/fr/professions/registered-nurses" })}`)).status()).toBe(404);
  expect((await request.get(`/api/oembed?${new URLSearchParams({ url: `${E2E_SITE_URL}/fr/professions/astronauts` })}`)).status()).toBe(404);
  expect((await request.get(`/api/oembed?${new URLSearchParams({ url, format: "xml" })}`)).status()).toBe(501);
  expect((await request.get(`/api/oembed?${new URLSearchParams({ url, maxwidth: "wide" })}`)).status()).toBe(400);
});
