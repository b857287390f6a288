import { expect, test, type Page } from "@playwright/test";

/** "Report a correction" on a profession page, with and without JavaScript. */

// Profession pages render per request; on a busy machine a round trip can take several seconds.
test.setTimeout(150_000);
test.use({ actionTimeout: 20_000 });
const slow = { timeout: 20_000 };

async function openForm(page: Page, path: string, title: RegExp) {
  await page.goto(path);
  const form = page.getByTestId("report-correction");
  await form.getByText(title).click();
  return form;
}

test.describe("with JavaScript", () => {
  test("sends a correction, then says a second identical one was already received", async ({ page }) => {
    const form = await openForm(page, "/en/professions/dentists", /Report a correction/);
    const text = `The NDEB written exam fee changed this year (check ${Date.now()}).`;
    await form.getByLabel("Which part of the page?").selectOption("steps");
    await form.getByLabel("What should be corrected?").fill("short");
    await form.getByRole("button", { name: "Send the correction" }).click();
    await expect(form.getByText("Write at least 10 characters.")).toBeVisible(slow);
    await expect(form.getByLabel("What should be corrected?")).toHaveAttribute("aria-invalid", "true", slow);

    await form.getByLabel("What should be corrected?").fill(text);
    await form.getByLabel("Your email (optional)").fill("reader@example.org");
    await form.getByRole("button", { name: "Send the correction" }).click();
    await expect(form.getByRole("status")).toContainText("your correction has been received", slow);
    await expect(form.getByLabel("What should be corrected?")).toHaveValue("", slow);

    await form.getByLabel("What should be corrected?").fill(text);
    await form.getByRole("button", { name: "Send the correction" }).click();
    await expect(form.getByRole("status")).toContainText("already received this correction", slow);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts and the page comes back with the result, in French", async ({ page }) => {
    const form = await openForm(page, "/fr/professions/dentists", /Signaler une correction/);
    await form.getByLabel("Votre courriel (facultatif)").fill("pas un courriel");
    await form.getByLabel("Que faut-il corriger ?").fill(`Le nom de l’ordre au Québec a changé (vérifié ${Date.now()}).`);
    await form.getByRole("button", { name: "Envoyer la correction" }).click();
    const after = page.getByTestId("report-correction");
    await expect(after.getByText("Entrez une adresse comme nom@exemple.com")).toBeVisible(slow);
    // What was typed is still there after the round trip.
    await expect(after.getByLabel("Que faut-il corriger ?")).toHaveValue(/Le nom de l’ordre au Québec/, slow);

    await after.getByLabel("Votre courriel (facultatif)").fill("");
    await after.getByRole("button", { name: "Envoyer la correction" }).click();
    await expect(page.getByTestId("report-correction").getByRole("status")).toContainText("votre correction a bien été reçue", slow);
  });
});
