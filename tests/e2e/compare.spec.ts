import { expect, test } from "@playwright/test";
import { expectAccessible, expectNoHorizontalScroll } from "./helpers";

test("RN and LPN side by side, with the differences in plain words", async ({ page }) => {
  await page.goto("/en/compare?a=31301&b=32101");
  await expect(page.getByRole("heading", { level: 2, name: /Registered nurses and registered psychiatric nurses/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Licensed practical nurses/ })).toBeVisible();
  const plain = page.locator("section", { has: page.getByRole("heading", { name: "The differences in plain words" }) });
  await expect(plain).toContainText("usually a university degree");
  await expect(plain).toContainText("usually a college diploma");
  await expect(plain.getByRole("heading", { name: /Moving from Registered nurses.* to Licensed practical nurses/ })).toBeVisible();
  await expect(plain.getByRole("heading", { name: /Moving from Licensed practical nurses.* to Registered nurses/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Skills" })).toHaveCount(1);
});

test("engineer and technologist in French", async ({ page }) => {
  await page.goto("/fr/compare?a=21300&b=22300");
  await expect(page.getByRole("heading", { name: "Les différences en termes simples" })).toBeVisible();
  await expect(page.getByText(/habituellement un diplôme universitaire/).first()).toBeVisible();
});

test("bad codes get a clear message", async ({ page }) => {
  await page.goto("/en/compare?a=31301&b=31301");
  await expect(page.getByRole("alert").filter({ hasText: "two different five-digit NOC 2021 codes" })).toBeVisible();
  await page.goto("/en/compare?a=31301&b=99999");
  await expect(page.getByRole("alert").filter({ hasText: "could not compare 31301 and 99999" })).toBeVisible();
});

test("the occupation page lists parallel careers and links to the comparison", async ({ page }) => {
  await page.goto("/en/occupations/31301");
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Parallel careers from here" }) });
  await expect(section.getByRole("listitem").first()).toBeVisible();
  await expect(section).toContainText("Licensed practical nurses");
  await section.getByRole("link", { name: "Compare side by side" }).first().click();
  await expect(page).toHaveURL(/\/en\/compare\?a=31301&b=\d{5}/);
  await expect(page.getByRole("heading", { name: "The differences in plain words" })).toBeVisible();
});

for (const path of ["/en/compare", "/en/compare?a=31301&b=32101", "/fr/compare?a=21300&b=22300"]) {
  test(`accessible and fits 320 px: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });
}

test("the second occupation is found by searching its title, and the figures name their sources and years", async ({ page }) => {
  await page.goto("/en/compare?a=31301");
  await expect(page.locator("main").getByRole("alert")).toHaveCount(0);
  await page.getByLabel("Find the occupation to compare with 31301 by its title").fill("practical nurse");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("list", { name: "Occupations found" }).getByRole("link", { name: /Licensed practical nurses/ }).click();
  await expect(page).toHaveURL(/\/en\/compare\?a=31301&b=32101$/);
  await expect(page.getByRole("heading", { level: 2, name: /Licensed practical nurses/ })).toBeVisible();
  await expect(page.getByTestId("compare-sources")).toContainText(/COPS 2024-2033.*Job Bank, \d{4}/);
  // Plain grammar: the training line says "usually" once per occupation.
  const plain = page.locator("section", { has: page.getByRole("heading", { name: "The differences in plain words" }) });
  await expect(plain).not.toContainText(/usually needs usually/);
  await expect(plain).toContainText("Usual training: ");
});

test("recherche de la deuxième profession en français", async ({ page }) => {
  await page.goto("/fr/compare?a=21300");
  await page.getByLabel(/Trouvez par son titre la profession à comparer avec 21300/).fill("technologue génie civil");
  await page.getByRole("button", { name: "Rechercher", exact: true }).click();
  await expect(page.getByRole("list", { name: "Professions trouvées" }).getByRole("link").first()).toBeVisible();
  await expectAccessible(page);
  await page.goto("/fr/compare?a=21300&b=22300");
  await expect(page.getByTestId("compare-sources")).toContainText(/SPPC 2024-2033.*Guichet-Emplois, \d{4}/);
});
