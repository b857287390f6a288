import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { loadProfessionFiles } from "../../lib/content/load";

/**
 * Every internal link on the main public pages leads somewhere: the home
 * pages, the profession index, every profession page and a few occupation
 * pages, in both languages. Links are collected in the browser, then each
 * distinct address is requested once.
 */

// Every authored profession page, read from content/ so new ones are crawled too.
const PROFESSIONS = [...new Set(loadProfessionFiles().map((file) => file.slug))].sort();

const START_PAGES = ["en", "fr"].flatMap((locale) => [
  `/${locale}`,
  `/${locale}/professions`,
  ...PROFESSIONS.map((slug) => `/${locale}/professions/${slug}`),
  ...["31301", "21300", "32120"].map((code) => `/${locale}/occupations/${code}`),
]);

async function internalLinks(page: Page, path: string, origin: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.flatMap((href) => {
    const url = new URL(href);
    if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return [];
    url.hash = "";
    return [url.pathname + url.search];
  });
}

/** Requests the addresses a few at a time; returns those that did not answer 200. */
async function brokenLinks(request: APIRequestContext, paths: readonly string[], concurrency = 4): Promise<string[]> {
  const broken: string[] = [];
  const queue = [...paths];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const response = await request.get(path);
      if (response.status() !== 200) broken.push(`${path} -> ${response.status()}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return broken.sort();
}

test("every internal link on the public pages answers 200", async ({ page, request, baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const found = new Set<string>();
  for (const path of START_PAGES) {
    for (const link of await internalLinks(page, path, origin)) found.add(link);
  }
  // Sanity: the crawl reached the profession pages and beyond.
  expect(found.size).toBeGreaterThan(100);
  expect([...found]).toEqual(expect.arrayContaining(["/en/professions/registered-nurses", "/fr/occupations/32101"]));
  // The 364 province pages are all requested by regulators.spec.ts; one per profession and language is enough here.
  const provincePage = /^\/(en|fr)\/professions\/[a-z-]+\/[a-z]{2}$/;
  const sample = [...found].filter((link) => !provincePage.test(link) || link.endsWith("/on"));
  expect(await brokenLinks(request, sample.sort())).toEqual([]);
});
