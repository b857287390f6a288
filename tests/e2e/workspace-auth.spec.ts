import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl, WORKSPACE_BASE_URL } from "../support/e2e-app";
import { mailsTo, waitForLink } from "../support/mail";
import { expectAccessible } from "./helpers";
import { createWorkspaceFixture, signedInContext, type WorkspaceFixture } from "./workspace-setup";

/**
 * Signing in to the workspace as a counsellor would: a magic link read from
 * the local mail catcher, a passkey on Chromium's virtual authenticator,
 * signing out everywhere. The app is addressed as `localhost` (next-auth's
 * cookies).
 */

test.use({ baseURL: WORKSPACE_BASE_URL });
test.describe.configure({ mode: "serial" });

let fixture: WorkspaceFixture;

test.beforeAll(async () => {
  fixture = await createWorkspaceFixture(`auth${Date.now().toString(36)}`);
});

async function askForLink(page: Page, email: string, locale = "en") {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(locale === "fr" ? "Courriel professionnel" : "Work email").fill(email);
  await page.getByRole("button", { name: locale === "fr" ? "M’envoyer un lien de connexion" : "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in/check-email$`), { timeout: 20_000 });
}

test("signs in with a link sent by email, which works once", async ({ page, browser }) => {
  const email = fixture.people.counsellorA;
  const before = (await mailsTo(email)).length;
  await askForLink(page, email);
  await expectAccessible(page);
  const link = await waitForLink(email, before);
  expect(link.startsWith(`${WORKSPACE_BASE_URL}/api/auth/callback/`)).toBe(true);
  await page.goto(link);
  await expect(page).toHaveURL(/\/en\/workspace/);
  await page.goto("/en/account");
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  // The same link a second time, in another browser: refused, with a way to ask again.
  const other = await browser.newContext({ baseURL: WORKSPACE_BASE_URL });
  const second = await other.newPage();
  await second.goto(link);
  await expect(second).toHaveURL(/\/en\/sign-in\?.*error=Verification/);
  await expect(second.getByText("This sign-in link has expired or was already used")).toBeVisible();
  await second.goto("/en/account");
  await expect(second).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await other.close();
});

test("an address without an account sees the same page, and no email is sent", async ({ page }) => {
  const email = `nobody-${fixture.tag}@example.org`;
  await askForLink(page, email, "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultez vos courriels");
  await page.waitForTimeout(1500);
  expect(await mailsTo(email)).toEqual([]);
});

test("a malformed address is refused next to the field, keeping what was typed", async ({ page }) => {
  await page.goto("/en/sign-in");
  await page.getByLabel("Work email").fill("not-an-address");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Enter an email address like name@example.org.")).toBeVisible();
  await expect(page.getByLabel("Work email")).toHaveValue("not-an-address");
  await expect(page.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
});

test("registers a passkey and signs in with it (virtual authenticator)", async ({ browser }) => {
  const context = await signedInContext(browser, fixture.links.supervisorA);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  await page.goto("/en/account");
  await expect(page.getByTestId("passkey-count")).toHaveText("No passkey yet.");
  await page.getByRole("button", { name: "Add a passkey on this device" }).click();
  await expect(page.getByTestId("passkey-count")).toHaveText("One passkey registered.", { timeout: 20_000 });

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/sign-in/);
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page).toHaveURL(/\/en\/workspace/, { timeout: 20_000 });
  await page.goto("/en/account");
  await expect(page.getByText(`Signed in as ${fixture.people.supervisorA}`)).toBeVisible();
  await context.close();
});

test("signing out everywhere ends the sessions of every browser", async ({ browser }) => {
  const email = fixture.people.ownerB;
  const first = await signedInContext(browser, fixture.links.ownerB);
  // The same person on a second device, signed in by an emailed link: a session of its own.
  const second = await browser.newContext({ baseURL: WORKSPACE_BASE_URL });
  const other = await second.newPage();
  const before = (await mailsTo(email)).length;
  await askForLink(other, email);
  await other.goto(await waitForLink(email, before));
  await other.goto("/en/account");
  await expect(other.getByText(`Signed in as ${email}`)).toBeVisible();
  const sessions = async () => {
    const database = new pg.Client({ connectionString: e2eDatabaseUrl() });
    await database.connect();
    try {
      return (await database.query(`SELECT count(*)::int AS n FROM session s JOIN "user" u ON u.id = s.user_id WHERE u.email = $1`, [email])).rows[0].n as number;
    } finally {
      await database.end();
    }
  };
  expect(await sessions()).toBe(2);

  const page = await first.newPage();
  await page.goto("/en/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in/);
  await other.goto("/en/account");
  await expect(other).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  expect(await sessions()).toBe(0);
  await first.close();
  await second.close();
});

test("a session ends after its idle time: an expired session is signed out", async ({ browser }) => {
  const context = await signedInContext(browser, fixture.links.ownerA);
  const page = await context.newPage();
  await page.goto("/en/account");
  await expect(page.getByText(`Signed in as ${fixture.people.ownerA}`)).toBeVisible();
  const database = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    await database.query(`UPDATE session SET expires = now() - interval '1 minute' WHERE user_id = (SELECT id FROM "user" WHERE email = $1)`, [fixture.people.ownerA]);
  } finally {
    await database.end();
  }
  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await context.close();
});

test("sign-in pages read well in French and pass axe", async ({ page }) => {
  await page.goto("/fr/sign-in");
  await expect(page).toHaveTitle(/Connexion à l’espace de travail/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
  await expectAccessible(page);
  await page.keyboard.press("Tab");
  await page.goto("/fr/sign-in?error=Verification");
  await expect(page.getByText("Ce lien de connexion a expiré ou a déjà servi")).toBeVisible();
});
