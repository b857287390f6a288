import { expect, test, type Page } from "@playwright/test";

/**
 * The public pages' one script (lib/islands) on pages without React:
 * search as you type, progress while the server answers, the language
 * switch with the query string, and what happens when a search fails.
 */

const ready = (page: Page) => page.waitForFunction(() => (window as unknown as { parallelReadyAt?: number }).parallelReadyAt !== undefined);

/**
 * Opens `path`, slows every page load down as on a slow connection, leaves
 * the page with `leave`, and answers where the progress bar showed (noted in
 * sessionStorage, which the tab's next page still reads), or null.
 */
async function progressWhileLeaving(page: Page, path: string, leave: () => Promise<void>): Promise<string | null> {
  await page.addInitScript({
    content: `new MutationObserver(() => {
      if (document.querySelector('[data-testid="navigation-progress"]')) sessionStorage.setItem("progress-shown", location.pathname + location.search);
    }).observe(document, { subtree: true, childList: true });`,
  });
  await page.goto(path);
  await ready(page);
  await page.route("**/*", async (route) => {
    if (route.request().resourceType() === "document") await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await leave();
  return page.evaluate(() => sessionStorage.getItem("progress-shown"));
}

test("a link that waits on the server shows progress on the page being left", async ({ page }) => {
  const shown = await progressWhileLeaving(page, "/en/professions", async () => {
    await page.getByRole("link", { name: "Registered nurses" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Registered nurses", { timeout: 30_000 });
  });
  expect(shown).toBe("/en/professions");
  // The new page starts without it.
  await expect(page.getByTestId("navigation-progress")).toHaveCount(0);
});

test("comparing (a GET form) shows progress too", async ({ page }) => {
  const shown = await progressWhileLeaving(page, "/fr/compare", async () => {
    await page.getByRole("button", { name: "Comparer" }).click();
    await expect(page).toHaveURL(/\/fr\/compare\?/, { timeout: 30_000 });
  });
  expect(shown).toBe("/fr/compare");
});

test("the home page searches as you type without leaving, and Enter opens the full results", async ({ page }) => {
  await page.goto("/en");
  await ready(page);
  await page.getByLabel("Job title").fill("civil engineer");
  await expect(page.getByTestId("search-results").getByRole("link").first()).toContainText("Civil engineers");
  await expect(page.getByRole("status")).toContainText(/occupations? found/);
  await expect(page).toHaveURL(/\/en$/);
  await page.getByLabel("Job title").press("Enter");
  await expect(page).toHaveURL(/\/en\/occupations\?q=civil\+engineer$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find an occupation");
  await expect(page.getByLabel("Job title")).toHaveValue("civil engineer");
});

test("on the search page the address follows the search, and the language switch keeps it", async ({ page }) => {
  await page.goto("/en/occupations");
  await ready(page);
  await page.getByLabel("Job title").fill("nurse");
  await expect(page.getByTestId("search-results").getByRole("link").first()).toContainText("Registered nurses");
  await expect(page).toHaveURL(/\/en\/occupations\?q=nurse$/);
  await page.getByLabel("Job title").fill("n");
  // Under two letters: no results, and no request.
  await expect(page.getByTestId("search-results")).toHaveCount(0);
  await expect(page).toHaveURL(/\/en\/occupations\?q=n$/);
  await page.getByLabel("Job title").fill("dentist");
  await expect(page.getByTestId("search-results").getByRole("link").first()).toContainText("Dentists");
  await page.getByRole("link", { name: "Lire cette page en français" }).click();
  await expect(page).toHaveURL(/\/fr\/occupations\?q=dentist$/);
  await expect(page.getByLabel("Titre d'emploi")).toHaveValue("dentist");
  await expect(page.getByTestId("search-results").getByRole("link").first()).toContainText("Dentistes");
});

test("a search that fails says so, and the next one works", async ({ page }) => {
  await page.goto("/en/occupations");
  await ready(page);
  await page.route("**/en/occupations?q=*", (route) => route.abort());
  await page.getByLabel("Job title").fill("pharmacist");
  await expect(page.getByRole("status")).toHaveText("Search is not available right now. Please try again.");
  await page.unroute("**/en/occupations?q=*");
  await page.getByLabel("Job title").fill("pharmacists");
  await expect(page.getByTestId("search-results").getByRole("link").first()).toContainText("Pharmacists");
});
