import { expect, test, type APIRequestContext } from "@playwright/test";
import { loadAllRegulators, provinceSlug } from "../../lib/content/regulators";
import { PROVINCES } from "../../lib/content/schema";
import { expectAccessible, expectNoHorizontalScroll } from "./helpers";

/**
 * The province pages: every profession has 13, in English and French, each
 * naming the body that regulates it there or saying it is not regulated, with
 * its source. The list comes from content/regulators, so new entries are
 * covered too.
 */

const ALL = loadAllRegulators();
const LOCALES = ["en", "fr"] as const;
const URLS = [...ALL.keys()].flatMap((slug) => LOCALES.flatMap((locale) => PROVINCES.map((p) => `/${locale}/professions/${slug}/${provinceSlug(p)}`)));

/** Requests the addresses a few at a time; returns those that did not answer 200. */
async function notOk(request: APIRequestContext, paths: readonly string[], concurrency = 6): Promise<string[]> {
  const failed: string[] = [];
  const queue = [...paths];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const response = await request.get(path, { maxRedirects: 0 });
      if (response.status() !== 200) failed.push(`${path} -> ${response.status()}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failed.sort();
}

test("all 364 profession and province pages answer 200", async ({ request }) => {
  test.setTimeout(180_000);
  expect(URLS).toHaveLength(364);
  const started = Date.now();
  expect(await notOk(request, URLS)).toEqual([]);
  console.log(`regulators: ${URLS.length} province pages in ${Date.now() - started} ms`);
});

test("unknown provinces, upper-case codes and unknown professions are 404", async ({ request }) => {
  for (const path of ["/en/professions/registered-nurses/zz", "/en/professions/registered-nurses/AB", "/fr/professions/no-such-profession/ab"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

for (const slug of ["registered-nurses", "medical-laboratory-technologists"]) {
  const data = ALL.get(slug)!;
  for (const locale of LOCALES) {
    test(`every province page of ${slug} in ${locale} names a body or says not regulated`, async ({ request }) => {
      for (const code of PROVINCES) {
        const entry = data.provinces[code];
        const response = await request.get(`/${locale}/professions/${slug}/${provinceSlug(code)}`);
        expect(response.status()).toBe(200);
        const html = await response.text();
        expect(html).toMatch(new RegExp(`<html lang="${locale}(-CA)?"`));
        const decoded = html.replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, "&").replace(/&quot;/g, '"');
        if (entry.status === "regulated") expect(decoded, code).toContain(entry.body.name[locale]);
        else expect(decoded, code).toContain(entry.explanation[locale]);
        expect(decoded, code).toContain(entry.source.url);
        expect(html, code).toMatch(entry.source.verified ? /data-testid="source-verified"/ : /data-testid="source-unverified"/);
        expect(html, code).toMatch(new RegExp(`hreflang="${locale === "en" ? "fr-CA" : "en-CA"}"`, "i"));
      }
    });
  }
}

test("a regulated and a not-regulated page read right in both languages", async ({ page }) => {
  await page.goto("/en/professions/registered-nurses/mb");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registered nurses in Manitoba");
  await expect(page.getByTestId("regulator-name")).toHaveText("College of Registered Nurses of Manitoba (CRNM)");
  await expect(page.locator("#fees")).toContainText("Application fee C$483");
  await expect(page.getByTestId("source-verified")).toContainText("Checked on December 1, 2026");
  await expectAccessible(page);

  await page.goto("/fr/professions/medical-laboratory-technologists/bc");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Colombie-Britannique");
  await expect(page.getByRole("heading", { level: 2, name: /Non réglementée/ })).toBeVisible();
  await expect(page.getByTestId("not-regulated")).toContainText("SCSLM");
  await expectAccessible(page);

  await page.goto("/fr/professions/engineers/mb");
  await expect(page.getByTestId("source-unverified")).toContainText("Pas encore vérifié auprès de l'organisme");
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the province selector on the profession page leads to each province page and back", async ({ page }) => {
    await page.goto("/en/professions/medical-radiation-technologists");
    const selector = page.getByTestId("province-selector");
    await expect(selector.getByRole("link")).toHaveCount(13);
    await selector.getByRole("link", { name: /Newfoundland and Labrador/ }).click();
    await expect(page).toHaveURL(/\/en\/professions\/medical-radiation-technologists\/nl$/);
    await expect(page.getByTestId("regulator-name")).toContainText("Newfoundland and Labrador Council of Health Professionals");
    // The other provinces are one click away, and the current one is marked.
    await expect(page.getByRole("link", { name: /Newfoundland and Labrador/ })).toHaveAttribute("aria-current", "page");
    await page.getByRole("link", { name: /British Columbia/ }).click();
    await expect(page).toHaveURL(/\/bc$/);
    await expect(page.getByTestId("not-regulated")).toBeVisible();
    await page.getByTestId("back-link").click();
    await expect(page).toHaveURL(/\/en\/professions\/medical-radiation-technologists$/);

    await page.goto("/fr/professions/engineers");
    await page.getByTestId("province-selector").getByRole("link", { name: /Nunavut/ }).click();
    await expect(page).toHaveURL(/\/fr\/professions\/engineers\/nu$/);
    await expect(page.getByTestId("regulator-name")).toContainText("Northwest Territories and Nunavut Association");
  });
});

test("the sitemap lists the province pages with their alternates", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const provinceUrls = xml.match(/<loc>[^<]*\/professions\/[a-z-]+\/[a-z]{2}<\/loc>/g) ?? [];
  expect(provinceUrls).toHaveLength(364);
});
