import { expect, test } from "@playwright/test";
import { WORKSPACE_BASE_URL } from "../support/e2e-app";
import { expectAccessible } from "./helpers";
import { createWorkspaceFixture, signedInContext, type WorkspaceFixture } from "./workspace-setup";

/**
 * The privacy page (both languages, linked from every page's footer), the
 * account page's sign-in history, and the organization's retention setting.
 */

test.use({ baseURL: WORKSPACE_BASE_URL });
test.describe.configure({ mode: "serial" });

let fixture: WorkspaceFixture;

test.beforeAll(async () => {
  fixture = await createWorkspaceFixture(`prot${Date.now().toString(36)}`);
});

for (const [locale, link, title, sections] of [
  ["en", "Privacy", /^Privacy: what Parallel keeps/, ["If you use Parallel without an account", "How long", "Who can see it", "Getting a copy, correcting, erasing"]],
  ["fr", "Confidentialité", /^Confidentialité\s:\sce que Parallel garde/, ["Si vous utilisez Parallel sans compte", "Combien de temps", "Qui peut le voir", "Obtenir une copie, corriger, effacer"]],
] as const) {
  test(`the privacy page is linked from the footer and reads in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/professions`);
    await page.getByRole("contentinfo").getByRole("link", { name: link }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/privacy$`));
    await expect(page.locator("html")).toHaveAttribute("lang", `${locale}-CA`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    for (const name of sections) await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    // Figures come from the code: journeys 90 days, sign-in records 12 months, retention 6 to 120 months.
    await expect(page.getByText(locale === "en" ? "Saved journeys: 90 days after the last save." : /Parcours enregistrés\s:\s90 jours/)).toBeVisible();
    await expect(page.getByText(locale === "en" ? /between 6 and 120 months; 36 unless/ : /entre 6 et 120 mois\s?; 36 si/)).toBeVisible();
    await expectAccessible(page);
  });
}

test("the account page lists the latest sign-ins, in English and French", async ({ browser }) => {
  const context = await signedInContext(browser, fixture.links.counsellorA);
  const page = await context.newPage();
  await page.goto("/en/account");
  const history = page.getByTestId("sign-in-history");
  await expect(history.getByRole("heading", { name: "Recent sign-ins" })).toBeVisible();
  const row = history.getByRole("row").nth(1);
  await expect(row).toContainText("Email link");
  await expect(row).toContainText("Signed in");
  await expect(row).toContainText("Chrome on Linux");
  await expectAccessible(page);
  await page.goto("/fr/account");
  await expect(page.getByTestId("sign-in-history").getByRole("heading", { name: "Connexions récentes" })).toBeVisible();
  await expect(page.getByTestId("sign-in-history").getByRole("row").nth(1)).toContainText("Connexion réussie");
  await context.close();
});

test("owners set the retention period within its bounds; a supervisor cannot open the page", async ({ browser }) => {
  const owner = await signedInContext(browser, fixture.links.ownerA);
  const page = await owner.newPage();
  const url = `/en/workspace/${fixture.orgA.slug}/settings/privacy`;
  await page.goto(`/en/workspace/${fixture.orgA.slug}/clients`);
  await page.getByRole("navigation").getByRole("link", { name: "Privacy" }).click();
  await expect(page).toHaveURL(new RegExp(`${url}$`));
  await expect(page.getByTestId("retention-current")).toHaveText("Current period: 36 months.");
  await page.getByLabel("Months").fill("5");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Enter a whole number of months from 6 to 120.")).toBeVisible();
  await expect(page.getByLabel("Months")).toHaveValue("5");
  await expect(page.getByTestId("retention-current")).toHaveText("Current period: 36 months.");
  await page.getByLabel("Months").fill("24");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText("kept 24 months");
  await expect(page.getByTestId("retention-current")).toHaveText("Current period: 24 months.");
  await expectAccessible(page);
  await page.goto(`/fr/workspace/${fixture.orgA.slug}/settings/privacy`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paramètres de confidentialité");
  await owner.close();

  // Sign-in links work once: the supervisor's has not been used in this file.
  const supervisor = await signedInContext(browser, fixture.links.supervisorA);
  const other = await supervisor.newPage();
  const response = await other.goto(url);
  expect(response?.status()).toBe(403);
  await expect(other.getByRole("navigation").getByRole("link", { name: "Privacy" })).toHaveCount(0);
  await supervisor.close();
});
