import { expect, test } from "@playwright/test";
import { WORKSPACE_BASE_URL } from "../support/e2e-app";
import { expectAccessible } from "./helpers";
import { createWorkspaceFixture, signedInContext, type WorkspaceFixture } from "./workspace-setup";

/**
 * A person shares their saved journey with an organization (its code, their
 * consent), a counsellor opens a client file from it, the person withdraws
 * the share; another organization never sees it.
 */

test.use({ baseURL: WORKSPACE_BASE_URL });
test.describe.configure({ mode: "serial" });

let fixture: WorkspaceFixture;

test.beforeAll(async () => {
  fixture = await createWorkspaceFixture(`shr${Date.now().toString(36)}`);
});

test("shares a saved journey with consent, a counsellor imports it, the person withdraws", async ({ page, browser }) => {
  const saved = `/en/saved/${fixture.journeyToken}`;
  await page.goto(saved);
  const section = page.locator("#share");
  await expect(section.getByRole("heading", { name: "Share with a counsellor" })).toBeVisible();

  // Without consent: refused, the code kept.
  await section.getByLabel("Organization code").fill(fixture.orgA.shareCode.toLowerCase().replace("-", " "));
  await section.getByRole("button", { name: "Share my answers" }).click();
  await expect(section.getByText("Tick the box to agree to share your answers.")).toBeVisible();
  await expect(section.getByLabel("Organization code")).toHaveValue(fixture.orgA.shareCode.toLowerCase().replace("-", " "));
  // A wrong code: refused.
  await section.getByLabel("Organization code").fill("ZZZZ-ZZZZ");
  await section.getByRole("checkbox").check();
  await section.getByRole("button", { name: "Share my answers" }).click();
  await expect(section.getByText("No organization has this code.")).toBeVisible();
  // The right code, with consent.
  await section.getByLabel("Organization code").fill(fixture.orgA.shareCode);
  await section.getByRole("checkbox").check();
  await section.getByRole("button", { name: "Share my answers" }).click();
  await expect(section.getByText(`Shared with ${fixture.orgA.name}.`)).toBeVisible();
  await expectAccessible(page);

  // Organization B sees nothing; A's counsellor sees the journey and opens a file from it.
  const other = await signedInContext(browser, fixture.links.ownerB);
  const otherPage = await other.newPage();
  await otherPage.goto(`/en/workspace/${fixture.orgB.slug}/shares`);
  await expect(otherPage.getByText("No journey has been shared with your organization yet.")).toBeVisible();
  await other.close();

  const counsellor = await signedInContext(browser, fixture.links.counsellorA);
  const work = await counsellor.newPage();
  await work.goto(`/en/workspace/${fixture.orgA.slug}/shares`);
  await expect(work.getByText("Registered nurse (31301)")).toBeVisible();
  await expect(work.getByText("Philippines")).toBeVisible();
  await expectAccessible(work);
  await work.getByLabel("Name or pseudonym for the file").fill(`Maria S. ${fixture.tag}`);
  await work.getByRole("button", { name: "Open a client file" }).click();
  await expect(work.getByRole("heading", { level: 1 })).toContainText(`Maria S. ${fixture.tag}`);
  await expect(work.getByText("Philippines")).toBeVisible();

  // The person withdraws: the organization no longer sees the journey; the file stays.
  await page.goto(saved);
  await expect(section.getByText(fixture.orgA.name)).toBeVisible();
  await section.getByRole("button", { name: "Withdraw" }).click();
  await expect(section.getByText("Sharing withdrawn")).toBeVisible();
  await work.goto(`/en/workspace/${fixture.orgA.slug}/shares`);
  await expect(work.getByText("No journey has been shared with your organization yet.")).toBeVisible();
  await work.goto(`/en/workspace/${fixture.orgA.slug}/clients?q=${encodeURIComponent(`Maria S. ${fixture.tag}`)}`);
  await expect(work.getByRole("link", { name: `Maria S. ${fixture.tag}` })).toBeVisible();
  await counsellor.close();
});

test("the sharing section reads in French", async ({ page }) => {
  await page.goto(`/fr/saved/${fixture.journeyToken}`);
  await expect(page.locator("#share").getByRole("heading", { name: "Partager avec une conseillère ou un conseiller" })).toBeVisible();
  await expect(page.locator("#share").getByLabel("Code de l’organisme")).toBeVisible();
});
