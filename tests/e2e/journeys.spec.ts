import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, expectNoHorizontalScroll } from "./helpers";

test.describe.configure({ timeout: 180_000 });

const next = (page: Page, name = "Save and continue") => page.getByRole("button", { name }).click();

async function expectStep(page: Page, text: RegExp) {
  // The first results on a fresh server load the engine's data: allow for it.
  await expect(page.locator("#journey-progress")).toHaveText(text, { timeout: 30_000 });
  await expectAccessible(page);
}

test("a physician before arrival, in English: every step, the roadmap, the private link and delete", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/en/pre-arrival");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Before you arrive: your profession in Canada");
  await expectStep(page, /Step 1 of 6: Your profession/);
  await expect(page.locator("progress")).toHaveAttribute("value", "1");

  // Nothing chosen: field-level messages, in a summary linked to the fields.
  await next(page);
  await expect(page.locator("#errors")).toContainText("Choose your occupation from the list");
  await expect(page.locator("#errors")).toContainText("Enter the country where you practised, for example Philippines.");
  await expect(page.getByLabel("Years of practice")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByLabel("Your profession, as you would say it at home").fill("family physician");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("radio", { name: /General practitioners and family physicians/ }).check();
  await page.getByLabel("Country where you practised").fill("Egypt");
  await page.getByLabel("Years of practice").fill("12");
  await page.getByLabel("Year you last practised").fill("2025");
  await next(page);

  await expectStep(page, /Step 2 of 6: Where, when and language/);
  await page.getByRole("checkbox", { name: "Ontario" }).check();
  await page.getByLabel("Month").selectOption("9");
  await page.getByLabel("Year", { exact: true }).fill(String(new Date().getUTCFullYear() + 1));
  await page.getByRole("radio", { name: /IELTS General Training/ }).check();
  await page.getByLabel("Listening").fill("8");
  await page.getByLabel("Reading").fill("7");
  await page.getByLabel("Writing").fill("6.3");
  await page.getByLabel("Speaking").fill("7");
  await next(page);
  await expect(page.locator("#errors")).toContainText("in steps of 0.5");
  await expect(page.getByLabel("Listening")).toHaveValue("8");
  await expectAccessible(page);
  await page.getByLabel("Writing").fill("6.5");
  await next(page);

  await expectStep(page, /Step 3 of 6: What practising it in Canada takes/);
  await expect(page.getByText(/You were qualified and competent in your country/)).toBeVisible();
  await expect(page.getByRole("heading", { name: /licensing steps, about/ })).toBeVisible();
  await next(page);

  await expectStep(page, /Step 4 of 6: Your competencies and your situation/);
  // Twelve plain questions, no rating scales.
  await expect(page.getByRole("group", { name: /^Did you / })).toHaveCount(12);
  await expect(page.locator("main").getByText(/scale of|OaSIS/)).toHaveCount(0);
  await page.getByRole("group", { name: /Did you care for people/ }).getByLabel("More").check();
  await page.getByLabel("How many months could you put into training?").fill("24");
  await page.getByLabel(/How much money could you put into training/).fill("10000");
  await page.getByLabel(/How many people depend on you/).fill("2");
  await page.getByRole("group", { name: /Would you move/ }).getByLabel("Yes").check();
  await page.getByRole("group", { name: /Would you take training/ }).getByLabel("Yes").check();
  await page.getByRole("group", { name: /include other occupations that need a licence/ }).getByLabel("Yes").check();
  await next(page);

  await expectStep(page, /Step 5 of 6: Your options/);
  await expect(page.getByRole("heading", { name: "The licensing route" })).toBeVisible();
  await expect(page.getByTestId("own-readiness")).toContainText("decided by the regulator");
  // A few lines per option first; the details (how to get there among them) open on demand.
  const firstOption = page.locator("li[data-code]").first();
  const optionTitle = (await firstOption.locator("h4").innerText()).trim();
  await expect(firstOption.getByRole("heading", { name: "Getting there" })).toBeHidden();
  await firstOption.getByText("Why it fits and what it takes").click();
  await expect(firstOption.getByRole("heading", { name: "Getting there" })).toBeVisible();
  await expectAccessible(page);
  await firstOption.getByRole("checkbox", { name: "Add to my roadmap" }).check();
  await next(page);

  await expectStep(page, /Step 6 of 6: Your roadmap/);
  const year = new Date().getUTCFullYear() + 1;
  await expect(page.getByRole("heading", { name: "Phase 1: Before you arrive" })).toBeVisible();
  await expect(page.locator("[data-phase=beforeArrival] [data-testid=phase-dates]")).toHaveText(`From now to September ${year}`);
  await expect(page.getByText(/Start your credential assessment/)).toBeVisible();
  // The licensing route is dated from real durations: it ends between two months, years apart, never inside "the first year".
  await expect(page.locator("[data-phase=licensing] [data-testid=phase-dates]")).toHaveText(/^From \w+ \d{4}; done between \w+ \d{4} and \w+ \d{4}$/);
  await expect(page.locator("[data-phase=licensing] li[data-item=licensingStep]").first()).toContainText(/Usually \d+ to \d+ months.*Source: /);
  await expect(page.locator("[data-phase] h3").filter({ hasText: /first year/i })).toHaveCount(0);
  // The chosen option, with its first step.
  await expect(page.locator("[data-phase=options]")).toContainText(optionTitle);
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();

  // Back works too.
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.locator("#journey-progress")).toHaveText(/Step 5 of 6/, { timeout: 30_000 });

  // Private link, resumed in a new browser context.
  await page.getByRole("button", { name: "Save and get a private link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your saved answers");
  await expectAccessible(page);
  const link = await page.getByLabel("Your private link").inputValue();
  expect(link).toMatch(/\/en\/saved\/[A-Za-z0-9_-]{43}$/);
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(new URL(link).pathname);
  await fresh.getByRole("button", { name: "Continue where I left off" }).click();
  await expect(fresh.locator("#journey-progress")).toHaveText(/Step 5 of 6: Your options/, { timeout: 30_000 });
  await fresh.getByRole("link", { name: /1\. Profession/ }).click();
  await expect(fresh.getByLabel("Country where you practised")).toHaveValue("Egypt");

  // Delete, after confirming: the row is gone, the link says so.
  await page.getByRole("link", { name: "Delete my answers" }).click();
  await expect(page.getByRole("heading", { name: "Delete your answers?" })).toBeVisible();
  await page.getByRole("button", { name: "Yes, delete my answers" }).click();
  await expect(page.getByRole("status")).toContainText("Your answers have been deleted");
  await expectAccessible(page);
  await fresh.goto(new URL(link).pathname);
  await expect(fresh.getByRole("heading", { level: 1 })).toHaveText("This link does not work any more");
  await expectAccessible(fresh);
  await other.close();
  await context.close();
});

test("une infirmière dont l’évaluation a relevé des écarts, en français", async ({ page }) => {
  await page.goto("/fr/post-assessment");
  await expectStep(page, /Étape 1 sur 6\s: Votre profession/);
  await page.getByLabel("Votre profession, comme vous la nommeriez dans votre pays").fill("infirmière autorisée");
  await page.getByRole("button", { name: "Rechercher", exact: true }).click();
  await page.getByRole("radio", { name: /Infirmiers autorisés/ }).first().check();
  await page.getByLabel("Pays où vous avez exercé").fill("Philippines");
  await page.getByLabel("Années d’exercice").fill("8");
  await page.getByLabel("Dernière année où vous avez exercé").fill("2025");
  await next(page, "Enregistrer et continuer");

  await expectStep(page, /Étape 2 sur 6\s: Ce que dit votre évaluation/);
  await page.getByLabel("Quel organisme a évalué vos diplômes ?").fill("NNAS");
  await page.getByRole("radio", { name: /Écarts relevés/ }).check();
  await next(page, "Enregistrer et continuer");
  await expect(page.locator("#errors")).toContainText("Choisissez au moins un écart");
  await expectAccessible(page);
  await page.getByRole("checkbox", { name: "Examens" }).check();
  await page.getByRole("checkbox", { name: "Stage supervisé" }).check();
  await next(page, "Enregistrer et continuer");

  await expectStep(page, /Étape 3 sur 6\s: Où, quand et quelle langue/);
  await page.getByRole("checkbox", { name: "Québec" }).check();
  await page.getByRole("radio", { name: /TEF Canada/ }).check();
  await page.getByLabel("Compréhension de l’oral").fill("400");
  await page.getByLabel("Compréhension de l’écrit").fill("420");
  await page.getByLabel("Expression écrite").fill("400");
  await page.getByLabel("Expression orale").fill("430");
  await next(page, "Enregistrer et continuer");

  await expectStep(page, /Étape 4 sur 6\s: Vos compétences et votre situation/);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.getByLabel("Combien de mois pourriez-vous consacrer à une formation ?").fill("12");
  await page.getByLabel(/Combien d’argent pourriez-vous consacrer/).fill("3000");
  await page.getByLabel(/Combien de personnes dépendent de vous/).fill("0");
  await page.getByRole("group", { name: /Déménageriez-vous/ }).getByLabel("Non").check();
  await page.getByRole("group", { name: /Suivriez-vous une formation/ }).getByLabel("Oui").check();
  await page.getByRole("group", { name: /demandent un permis/ }).getByLabel("Oui").check();
  await next(page, "Enregistrer et continuer");

  await expectStep(page, /Étape 5 sur 6\s: Vos options/);
  await expectNoHorizontalScroll(page);
  // After an assessment that named gaps, no readiness percentage.
  await expect(page.getByTestId("own-readiness")).toContainText("a relevé des écarts");
  await expect(page.getByTestId("own-readiness")).not.toContainText("%");
  const pathHeadings = page.locator("section[aria-labelledby^='path-'] h3");
  await expect(pathHeadings.first()).toHaveText(/Un pont pendant le permis/);
  await next(page, "Enregistrer et continuer");

  await expectStep(page, /Étape 6 sur 6\s: Votre feuille de route/);
  await expect(page.getByRole("heading", { name: "À faire dès maintenant" })).toBeVisible();
  await expect(page.locator("[data-phase=options]")).toContainText("Revenez à « Vos options »");
  await expect(page.getByText(/Cherchez un stage supervisé/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Imprimer ou enregistrer en PDF" })).toBeVisible();

  // A refresh keeps everything.
  await page.reload();
  await expect(page.locator("#journey-progress")).toHaveText(/Étape 6 sur 6/, { timeout: 30_000 });
  await page.getByRole("link", { name: "Supprimer mes réponses" }).click();
  await page.getByRole("button", { name: "Oui, supprimer mes réponses" }).click();
  await expect(page.getByRole("status")).toContainText("Vos réponses ont été supprimées");
  await expect(page.locator("#journey-progress")).toHaveText(/Étape 1 sur 6/, { timeout: 30_000 });
});

test("an unknown private link says so clearly", async ({ page }) => {
  await page.goto(`/en/saved/${"x".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work any more");
  await page.goto("/fr/saved/abc");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce lien ne fonctionne plus");
  await expectAccessible(page);
});

test("works without JavaScript: search, validation, next step, back, print hint, delete", async ({ browser }) => {
  // axe needs scripts, so this one checks behaviour only (the tests above check accessibility).
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/pre-arrival");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator("#errors")).toContainText("Choose your occupation from the list");
  await page.getByLabel("Your profession, as you would say it at home").fill("civil engineer");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=civil\+engineer/);
  await page.getByRole("radio", { name: /^Civil engineers/ }).check();
  await page.getByLabel("Country where you practised").fill("Nigeria");
  await page.getByLabel("Years of practice").fill("70");
  await page.getByLabel("Year you last practised").fill("2024");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator("#errors")).toContainText("Enter a number of years from 0 to 60.");
  await expect(page.getByLabel("Country where you practised")).toHaveValue("Nigeria");
  await page.getByLabel("Years of practice").fill("6");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator("#journey-progress")).toHaveText(/Step 2 of 6/);
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.locator("#journey-progress")).toHaveText(/Step 1 of 6/);
  await expect(page.getByLabel("Years of practice")).toHaveValue("6");
  await page.getByRole("link", { name: "Delete my answers" }).click();
  await page.getByRole("button", { name: "Yes, delete my answers" }).click();
  await expect(page.getByRole("status")).toContainText("Your answers have been deleted");
  await context.close();
});
