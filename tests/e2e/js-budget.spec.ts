import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";

/**
 * The JavaScript each page type makes a browser download, gzip-compressed:
 * every script file the page loads (the ones in the HTML and the ones loaded
 * while it hydrates), plus the inline scripts of the HTML (the page's data
 * for React). Sizes are measured on the response bodies and compressed
 * here, so the figure does not depend on whether the server compressed them.
 *
 * The budget is 90 kB for content pages and 120 kB for journey steps.
 * Public pages do not load React in the browser (lib/http/static-html.mjs):
 * their behaviours come from the islands script, so each page type ships
 * a few kilobytes. The test fails when a page type goes over its budget,
 * or when Next.js's client runtime comes back into a public page.
 */

const KB = 1024;
const BUDGET = { content: 90 * KB, journey: 120 * KB };

const PAGES = [
  { name: "home", path: "/en", kind: "content" },
  { name: "profession index", path: "/en/professions", kind: "content" },
  { name: "profession", path: "/en/professions/registered-nurses", kind: "content" },
  { name: "occupation", path: "/en/occupations/31301", kind: "content" },
  { name: "compare", path: "/en/compare?a=31301&b=32101", kind: "content" },
  { name: "privacy", path: "/fr/privacy", kind: "content" },
  { name: "journey step (pre-arrival)", path: "/en/pre-arrival", kind: "journey" },
  { name: "journey step (post-assessment)", path: "/fr/post-assessment", kind: "journey" },
] as const;

interface Weight {
  files: number;
  runtime: string[];
  external: number;
  inline: number;
}

async function javascriptWeight(page: Page, path: string): Promise<Weight> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  const html = await response!.text();
  // Scripts loaded on demand while the page hydrates and draws count too:
  // every script the browser fetched, as its resource timing lists them,
  // with the ones the HTML names (some are fetched before any listener).
  await page.waitForLoadState("networkidle");
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((name) => new URL(name).pathname.endsWith(".js")),
  );
  const named = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, "&"), page.url()).toString());
  const urls = [...new Set([...named, ...fetched])];
  let external = 0;
  for (const url of urls) {
    const file = await page.request.get(url);
    expect(file.ok(), url).toBe(true);
    external += gzipSync(await file.body()).length;
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? "")
    .filter((body) => body.length > 0)
    .reduce((sum, body) => sum + gzipSync(body).length, 0);
  return { files: urls.length, runtime: urls.filter((url) => new URL(url).pathname.startsWith("/_next/")), external, inline };
}

const kB = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

for (const { name, path, kind } of PAGES) {
  test(`${name}: JavaScript within ${BUDGET[kind] / KB} kB gzip, without React's runtime`, async ({ page }, testInfo) => {
    const weight = await javascriptWeight(page, path);
    const total = weight.external + weight.inline;
    const line = `${name} ${path}: ${kB(total)} (${weight.files} files ${kB(weight.external)}, inline ${kB(weight.inline)}); budget ${kB(BUDGET[kind])}`;
    console.log(line);
    testInfo.annotations.push({ type: "javascript", description: line });
    // The islands script at least, so a page that lost it does not pass for light.
    expect(weight.files).toBeGreaterThan(0);
    expect(weight.runtime).toEqual([]);
    expect(total, line).toBeLessThanOrEqual(BUDGET[kind]);
  });
}
