import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { expectAccessible, expectNoHorizontalScroll } from "./helpers";

/** The sections every profession page shows, by their headings in each language. */
const HEADINGS = {
  en: {
    steps: "Steps to a licence",
    odds: "Your odds, honestly",
    sources: "Sources",
    reviewed: /Every fact on this page checked on or after \w+ \d{1,2}, \d{4}/,
  },
  fr: {
    steps: "Les étapes vers le permis",
    odds: "Vos chances, honnêtement",
    sources: "Sources",
    reviewed: /Chaque fait de cette page vérifié le \d{1,2}(?:er)? \S+ \d{4} ou après/,
  },
} as const;

async function expectProfessionPage(page: Page, locale: "en" | "fr") {
  const h = HEADINGS[locale];
  await expect(page.getByRole("heading", { level: 2, name: h.steps })).toBeVisible();
  const steps = page.getByTestId("licensing-steps").getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  expect(await steps.count()).toBeGreaterThanOrEqual(2);
  // Each step has an approximate time, and footnotes point to the sources list.
  await expect(page.getByTestId("licensing-steps").getByText(locale === "en" ? "Time (approximate)" : "Durée (approximative)").first()).toBeVisible();
  const footnote = page.getByTestId("licensing-steps").locator('a[href^="#source-"]').first();
  const target = await footnote.getAttribute("href");
  await expect(page.locator(target!)).toBeAttached();

  await expect(page.getByRole("heading", { level: 2, name: h.odds })).toBeVisible();
  await expect(page.getByTestId("odds")).not.toBeEmpty();

  // One list: curated and computed options, each labelled with where it comes from and explained the same way.
  const alternatives = page.getByTestId("alternatives").locator(":scope > li");
  expect(await alternatives.count()).toBeGreaterThanOrEqual(7);
  expect(await page.getByTestId("alternatives").locator(':scope > li[data-source="curated"], :scope > li[data-source="both"]').count()).toBeGreaterThanOrEqual(4);
  expect(await page.getByTestId("alternatives").locator(':scope > li[data-source="computed"]').count()).toBeGreaterThanOrEqual(1);
  await expect(alternatives.first()).toContainText(locale === "en" ? "What to build" : "Ce qu'il faut développer");
  await expect(alternatives.first()).toContainText(locale === "en" ? "Getting there" : "Pour y arriver");

  await expect(page.getByRole("heading", { level: 2, name: h.sources, exact: true })).toBeVisible();
  expect(await page.getByTestId("sources").getByRole("listitem").count()).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId("last-reviewed")).toHaveText(h.reviewed);
}

test("registered nurses, in English: steps, odds, alternatives, sources and review date", async ({ page }) => {
  await page.goto("/en/professions/registered-nurses");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registered nurses");
  await expectProfessionPage(page, "en");
  // The RN/LPN difference, with a link to the compare view.
  await expect(page.getByRole("heading", { level: 3, name: "Licensed practical nurse", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Compare side by side: Registered nurses and Licensed practical nurse" })).toHaveAttribute(
    "href",
    "/en/compare?a=31301&b=32101",
  );
  // Stories are labelled as composites.
  await expect(page.getByTestId("story").first()).toContainText("a composite, not a real person");
  // Outlook and wages for NOC 31301.
  await expect(page.getByRole("heading", { name: "Ten-year outlook, 2024 to 2033" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Alberta" })).toBeVisible();
});

test("médecins, en français : étapes, chances, autres carrières, sources et date de révision", async ({ page }) => {
  await page.goto("/fr/professions/physicians");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Médecins");
  await expectProfessionPage(page, "fr");
  await expect(page.getByTestId("story").first()).toContainText("portrait composite, pas une vraie personne");
  await expect(page.getByRole("heading", { name: "Perspectives sur dix ans, 2024 à 2033" })).toBeVisible();
  // Codes are named in French.
  await expect(page.getByTestId("alternatives")).toContainText("(CNP ");
});

test("figures show their year and when they were checked; old ones are marked in both languages", async ({ page }) => {
  await page.goto("/en/professions/dentists");
  const figures = page.getByTestId("figures");
  await expect(figures).toContainText("Figure from 2013");
  await expect(figures.getByTestId("stale-note").first()).toHaveText("May be out of date: the figure is more than 8 years old.");
  await expect(page.getByTestId("stale-summary")).toContainText("may be out of date");
  await expect(page.getByTestId("licensing-steps")).toContainText("Time and cost as of 2018");
  await page.goto("/fr/professions/dentists");
  await expect(page.getByTestId("figures")).toContainText("Chiffre de 2013");
  await expect(page.getByTestId("figures").getByTestId("stale-note").first()).toHaveText(/^Pourrait ne plus être à jour\s*: le chiffre date de plus de 8\s*ans\.$/);
  // A figure checked recently and describing a recent year carries no note.
  await page.goto("/en/professions/occupational-therapists");
  await expect(page.getByTestId("figures")).toContainText("$4,000 plus GST/HST");
  await expect(page.getByTestId("figures")).toContainText("Figure from 2026");
  await expect(page.getByTestId("figures").getByTestId("stale-note")).toHaveCount(0);
});

test("profession pages carry article metadata and hreflang alternates", async ({ page }) => {
  await page.goto("/fr/professions/engineers");
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "fr_CA");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Ingénieur/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{60,}/);
  await expect(page.locator('link[rel="alternate"][hreflang="en-CA"]')).toHaveAttribute("href", /\/en\/professions\/engineers$/);
  await expect(page.locator('link[rel="alternate"][hreflang="fr-CA"]')).toHaveAttribute("href", /\/fr\/professions\/engineers$/);
  await expect(page).toHaveTitle(/Ingénieur/);
});

test("an unknown profession is a 404 page", async ({ page }) => {
  const response = await page.goto("/en/professions/astronauts");
  expect(response?.status()).toBe(404);
});

test("the index filters as you type: “nurse”", async ({ page }) => {
  await page.goto("/en/professions");
  await expect(page.getByRole("heading", { level: 2, name: "Health" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Architects" })).toBeVisible();
  await page.getByLabel("Filter professions").fill("nurse");
  await expect(page.getByRole("status")).toContainText(/professions? match “nurse”/);
  await expect(page.getByRole("link", { name: "Registered nurses" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Licensed practical nurses" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Architects" })).toHaveCount(0);
  await expect(page).toHaveURL(/\?q=nurse$/);
  await page.getByRole("link", { name: "Show all professions" }).click();
  await expect(page.getByRole("link", { name: "Architects" })).toBeVisible();
});

test("l'index filtre sans JavaScript : « ingénieur »", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/fr/professions");
  await page.getByLabel("Filtrer les professions").fill("ingénieur");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/\/fr\/professions\?q=ing%C3%A9nieur$/);
  await expect(page.getByRole("status")).toContainText("« ingénieur »");
  await expect(page.getByRole("link", { name: "Ingénieures et ingénieurs" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Médecins" })).toHaveCount(0);
  // Accents are optional.
  await page.goto("/fr/professions?q=INGENIEUR");
  await expect(page.getByRole("link", { name: "Ingénieures et ingénieurs" })).toBeVisible();
  await context.close();
});

test("from the index to a profession, then to its occupation page", async ({ page }) => {
  await page.goto("/en/professions");
  await page.getByRole("link", { name: "Registered nurses" }).click();
  await expect(page).toHaveURL(/\/en\/professions\/registered-nurses$/);
  await page.getByRole("link", { name: "Registered nurses and registered psychiatric nurses (NOC 31301)" }).click();
  await expect(page).toHaveURL(/\/en\/occupations\/31301$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registered nurses and registered psychiatric nurses");
});

test("print: no navigation or print button, source addresses written out", async ({ page }) => {
  await page.goto("/en/professions/registered-nurses");
  const printButton = page.getByRole("button", { name: "Print this page" });
  await expect(printButton).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeVisible();
  const sourceUrl = page.getByTestId("sources").getByText("https://www.nnas.ca/", { exact: true });
  await expect(sourceUrl).toBeHidden();

  await page.emulateMedia({ media: "print" });
  await expect(nav).toBeHidden();
  await expect(printButton).toBeHidden();
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeHidden();
  await expect(sourceUrl).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Cards are kept whole across pages.
  const breakInside = await page.getByTestId("licensing-steps").locator("li").first().evaluate((el) => getComputedStyle(el).breakInside);
  expect(breakInside).toBe("avoid");
});

for (const path of [
  "/en/professions",
  "/fr/professions?q=ingenieur",
  "/en/professions/registered-nurses",
  "/en/professions/engineers",
  "/fr/professions/physicians",
  "/fr/professions/teachers",
  "/fr/professions/registered-nurses/qc",
  "/en/professions/physicians/ab",
]) {
  test(`accessible and fits 320 px: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });
}

for (const path of ["/en/professions/registered-nurses", "/fr/professions/physicians", "/en/professions", "/fr/professions/registered-nurses/on"]) {
  test(`links inside text are told apart by more than colour: ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withRules(["link-in-text-block"]).analyze();
    expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(" ")).join(", "))).toEqual([]);
    expect(results.passes.length + results.inapplicable.length + results.incomplete.length).toBeGreaterThan(0);
  });
}

test("French profession pages: SNEI and CNP, names of provinces, non-breaking spaces", async ({ page }) => {
  await page.goto("/fr/professions/registered-nurses");
  const text = await page.locator("main").innerText();
  expect(text).not.toMatch(/\bNNAS\b|\bNOC\b/);
  expect(text).toContain("SNEI");
});

test("French dates say 1er for the first of the month", async ({ page }) => {
  await page.goto("/fr/professions/registered-nurses/mb");
  await expect(page.getByTestId("source-verified")).toContainText(/Vérifié le 1er\sdécembre 2026/);
});
