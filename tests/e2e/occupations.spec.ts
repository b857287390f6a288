import { expect, test } from "@playwright/test";
import { expectAccessible, expectNoHorizontalScroll } from "./helpers";

test("search “nurse” in English, open the result, see its profile", async ({ page }) => {
  await page.goto("/en/occupations");
  await page.getByLabel("Job title").fill("nurse");
  const results = page.getByTestId("search-results");
  await expect(results.getByRole("link").first()).toContainText("Registered nurses");
  await expect(page.getByRole("status")).toContainText(/occupations? found/);
  await results.getByRole("link", { name: /Registered nurses and registered psychiatric nurses/ }).click();
  await expect(page).toHaveURL(/\/en\/occupations\/31301$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registered nurses and registered psychiatric nurses");
  await expect(page.getByRole("heading", { name: "Competency profile" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Skills" })).toHaveCount(1);
  await expect(page.getByRole("heading", { name: /Ten-year outlook/ })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Alberta" })).toBeVisible();
});

test("search « infirmière » in French and open the result", async ({ page }) => {
  await page.goto("/fr/occupations");
  await page.getByLabel("Titre d'emploi").fill("infirmière");
  const first = page.getByTestId("search-results").getByRole("link").first();
  await expect(first).toContainText("Infirmiers autorisés");
  await first.click();
  await expect(page).toHaveURL(/\/fr\/occupations\/31301$/);
  await expect(page.getByRole("heading", { name: "Profil de compétences" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
});

test("search works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/occupations");
  await page.getByLabel("Job title").fill("civil engineer");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=civil\+engineer/);
  await expect(page.getByTestId("search-results").getByRole("link").first()).toContainText("Civil engineers");
  await context.close();
});

test("the language switcher keeps the page and sets lang and hreflang", async ({ page }) => {
  await page.goto("/en/occupations/21300");
  await expect(page.locator('link[rel="alternate"][hreflang="fr-CA"]')).toHaveAttribute("href", /\/fr\/occupations\/21300$/);
  await page.getByRole("link", { name: "Lire cette page en français" }).click();
  await expect(page).toHaveURL(/\/fr\/occupations\/21300$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ingénieurs civils");
  await page.getByRole("link", { name: "Read this page in English" }).click();
  await expect(page).toHaveURL(/\/en\/occupations\/21300$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-CA");
});

test("an unknown occupation code is a 404 page", async ({ page }) => {
  const response = await page.goto("/en/occupations/99999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

for (const path of ["/en", "/fr", "/en/occupations?q=nurse", "/fr/occupations?q=ingenieur", "/en/occupations/31301", "/fr/occupations/32120", "/fr/occupations/31301", "/fr/occupations/31102"]) {
  test(`accessible and fits 320 px: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });
}

test("from occupation search to the profession guide", async ({ page }) => {
  await page.goto("/en/occupations");
  await page.getByLabel("Job title").fill("registered nurse");
  await page.getByTestId("search-results").getByRole("link", { name: /Registered nurses and registered psychiatric nurses/ }).click();
  await page.getByRole("link", { name: /Regulated profession guide: Registered nurses/ }).click();
  await expect(page).toHaveURL(/\/en\/professions\/registered-nurses$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Registered nurses");
});

test("French occupation pages: CNP not NOC, non-breaking spaces before high punctuation, long titles wrap at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/fr/occupations/31301");
  await expect(page).toHaveTitle(/\(CNP 31301\)/);
  await expectNoHorizontalScroll(page);
  const text = await page.locator("main").innerText();
  expect(text).not.toMatch(/\bNOC\b|\bNNAS\b/);
  // A plain space before : ; ! ? » (or after «) is a line-break opportunity French typography forbids.
  expect(text.match(/ [:;!?»]|« /g) ?? []).toEqual([]);
});
