import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { WORKSPACE_BASE_URL } from "../support/e2e-app";
import { expectAccessible } from "./helpers";
import { createWorkspaceFixture, signedInContext, type WorkspaceFixture } from "./workspace-setup";

/**
 * The workspace pages as counsellors use them: create, find, edit and delete
 * client files with and without JavaScript, keep what was typed when a field
 * is refused, filters in the address, invitations and API keys shown once,
 * what a read-only supervisor sees, both languages, axe on every page.
 */

test.use({ baseURL: WORKSPACE_BASE_URL });
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

let fixture: WorkspaceFixture;
let owner: BrowserContext;
let supervisor: BrowserContext;
let admin: BrowserContext;

/** The same signed-in person in a browser without JavaScript. */
async function withoutJavaScript(browser: Browser, from: BrowserContext): Promise<BrowserContext> {
  return browser.newContext({ baseURL: WORKSPACE_BASE_URL, storageState: await from.storageState(), javaScriptEnabled: false });
}

const clients = () => `/en/workspace/${fixture.orgA.slug}/clients`;

test.beforeAll(async ({ browser }) => {
  fixture = await createWorkspaceFixture(`ui${Date.now().toString(36)}`);
  owner = await signedInContext(browser, fixture.links.ownerA);
  supervisor = await signedInContext(browser, fixture.links.supervisorA);
  admin = await signedInContext(browser, fixture.links.adminA);
});

test.afterAll(async () => {
  await owner?.close();
  await supervisor?.close();
  await admin?.close();
});

test("the workspace address leads to the organization's caseload, which lists, searches and filters in the address", async () => {
  const page = await owner.newPage();
  await page.goto("/en/workspace");
  await expect(page).toHaveURL(new RegExp(`${clients()}$`));
  await expect(page).toHaveTitle(/^Clients \| Parallel/);
  await expect(page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Clients" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("client-total")).toHaveText(/2 client files/);
  await expectAccessible(page);

  await page.getByLabel("Name or pseudonym").fill("second alpha");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/q=second\+alpha/);
  await expect(page.getByTestId("client-total")).toHaveText(/One client file/);
  await expect(page.getByRole("link", { name: fixture.clientA2.name })).toBeVisible();
  await expect(page.getByRole("link", { name: fixture.clientA.name })).toHaveCount(0);

  // The profession filter offers the professions present, with their counts.
  await page.goto(`${clients()}?origin=31301`);
  await expect(page.getByLabel("Profession (trained as)")).toHaveValue("31301");
  await expect(page.getByRole("link", { name: fixture.clientA.name })).toBeVisible();
  await expect(page.getByRole("link", { name: fixture.clientA2.name })).toHaveCount(0);

  await page.goto(`${clients()}?status=discharged`);
  await expect(page.getByText("No client file matches these filters.")).toBeVisible();
  await page.goto(`${clients()}?pageSize=7&sort=nope`);
  await expect(page.getByText("Some filters were not understood and were ignored.")).toBeVisible();
  await page.close();
});

test("a client file is created with the profession found by title, refused fields keep what was typed, then edited (JavaScript)", async () => {
  const page = await owner.newPage();
  await page.goto(`${clients()}/new`);
  await expect(page).toHaveTitle(/^New client file \| Parallel/);
  await page.getByLabel("Languages (optional)").fill("Tagalog, English");
  await page.getByRole("button", { name: "Save the file" }).click();
  const summary = page.locator("#errors");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Enter a name or pseudonym");
  await expect(page.getByLabel("Languages (optional)")).toHaveValue("Tagalog, English");
  await expect(page.getByLabel("Name or pseudonym")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByLabel("Name or pseudonym").fill("Maria S.");
  await page.getByLabel("Search titles").fill("staff nurse");
  await expect(page.getByRole("status").filter({ hasText: /found/ })).toBeVisible();
  await page.getByRole("radio", { name: /Registered nurses/ }).check();
  await page.getByLabel("Ontario").check();
  await page.getByLabel("English (CLB)").fill("13");
  await page.getByRole("button", { name: "Save the file" }).click();
  await expect(summary).toContainText("A level from 1 to 12.");
  await expect(page.getByRole("radio", { name: /Registered nurses/ })).toBeChecked();
  await expect(page.getByLabel("Ontario")).toBeChecked();
  await page.getByLabel("English (CLB)").fill("8");
  await page.getByRole("button", { name: "Save the file" }).click();

  await expect(page).toHaveURL(/clients\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maria S.");
  await expect(page.getByText("Client file saved.")).toBeVisible();
  await expect(page.getByText("Registered nurses and registered psychiatric nurses (31301)")).toBeVisible();
  await expect(page.getByText("Tagalog, English")).toBeVisible();
  // Administrators see the file's own trail: its creation and this read.
  await expect(page.getByRole("region", { name: "Audit trail of this file" })).toContainText("Created a client file");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("radio", { name: /Registered nurses/ })).toBeChecked();
  await page.getByLabel("Status").selectOption("active");
  await page.getByRole("button", { name: "Save the file" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  await page.close();
});

test("without JavaScript: the title search keeps the form, the file is saved, discharged, then erased only when another administrator approves", async ({ browser }) => {
  const context = await withoutJavaScript(browser, owner);
  const page = await context.newPage();
  await page.goto(`${clients()}/new`);
  await page.getByLabel("Name or pseudonym").fill("No Script Client");
  await page.getByLabel("Search titles").fill("civil engineer");
  await page.getByRole("button", { name: "Search titles" }).click();
  await expect(page.getByLabel("Name or pseudonym")).toHaveValue("No Script Client");
  await page.getByRole("radio", { name: /Civil engineers/ }).check();
  await page.getByLabel("Consent ends on (optional)").fill("2020-01-01");
  await page.getByRole("button", { name: "Save the file" }).click();
  await expect(page.locator("#errors")).toContainText("after the date consent was given");
  await expect(page.getByRole("radio", { name: /Civil engineers/ })).toBeChecked();
  await page.getByLabel("Consent ends on (optional)").fill("");
  await page.getByRole("button", { name: "Save the file" }).click();
  await expect(page).toHaveURL(/created=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No Script Client");

  const fileUrl = page.url().replace(/\?.*$/, "");

  await page.getByRole("button", { name: "Discharge" }).click();
  await expect(page.getByText("The client is discharged.")).toBeVisible();
  await expect(page.getByText("Discharged", { exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Ask to erase…" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ask to erase this client file?");
  await page.getByRole("radio", { name: "The client asked for it" }).check();
  await page.getByRole("button", { name: "Ask for erasure" }).click();
  await expect(page.getByText("Erasure asked. An administrator who is not you must approve it.")).toBeVisible();
  // The person who asked cannot approve.
  await expect(page.getByRole("button", { name: "Approve and erase now" })).toHaveCount(0);
  await expect(page.getByText("Another administrator must approve: you asked for it.")).toBeVisible();
  await context.close();

  const adminContext = await withoutJavaScript(browser, admin);
  const adminPage = await adminContext.newPage();
  await adminPage.goto(fileUrl);
  await adminPage.getByRole("button", { name: "Approve and erase now" }).click();
  await expect(adminPage.getByText("The file was erased. Only counts remain.")).toBeVisible();
  await adminPage.goto(clients());
  await expect(adminPage.getByRole("link", { name: "No Script Client" })).toHaveCount(0);
  expect((await adminPage.goto(fileUrl))?.status()).toBe(404);
  await adminContext.close();
});

test("an invitation shows its link; an API key is shown once, works, and stops working when revoked", async () => {
  const page = await owner.newPage();
  await page.goto(`/en/workspace/${fixture.orgA.slug}/settings/members`);
  await expectAccessible(page);
  await page.getByLabel("Email address").fill("not an address");
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText("Enter an email address like name@example.org.")).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue("not an address");
  const email = `new-${fixture.tag}@example.org`;
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("counsellor");
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  await expect(page.getByLabel("Invitation link")).toHaveValue(/\/en\/invitations\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("region", { name: "Pending invitations" })).toContainText(email);

  await page.goto(`/en/workspace/${fixture.orgA.slug}/settings/api-keys`);
  await page.getByLabel("Name", { exact: true }).fill("Case system");
  await page.getByRole("button", { name: "Create the key" }).click();
  const key = await page.getByTestId("new-api-key").inputValue();
  expect(key).toMatch(/^pk_[a-z0-9]{8}_/);
  await expectAccessible(page);
  const api = page.context().request;
  const ok = await api.get("/api/v1/workspace/clients", { headers: { authorization: `Bearer ${key}` } });
  expect(ok.status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId("new-api-key")).toHaveCount(0);
  await page.getByRole("button", { name: "Revoke the key Case system" }).click();
  await expect(page.getByText("Key revoked: it no longer works.")).toBeVisible();
  const refused = await api.get("/api/v1/workspace/clients", { headers: { authorization: `Bearer ${key}` } });
  expect(refused.status()).toBe(401);
  await page.close();
});

test("the audit trail lists reads, filters by event and offers its downloads", async () => {
  const page = await owner.newPage();
  await page.goto(`/en/workspace/${fixture.orgA.slug}/audit`);
  await expect(page).toHaveTitle(/^Audit trail \| Parallel/);
  await page.getByLabel("Event").selectOption("client.read");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/action=client\.read/);
  const rows = page.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(0);
  for (const text of await rows.allInnerTexts()) expect(text).toContain("Read a client file");
  await expect(page.getByRole("link", { name: "CSV (spreadsheet)" })).toHaveAttribute("href", new RegExp(`format=csv`));
  await expectAccessible(page);
  await page.close();
});

test("a read-only supervisor sees the caseload but no way to change it, and a 403 page for administrators' pages", async () => {
  const page = await supervisor.newPage();
  await page.goto(clients());
  await expect(page.getByRole("link", { name: fixture.clientA.name })).toBeVisible();
  await expect(page.getByRole("link", { name: "New client file" })).toHaveCount(0);
  const nav = page.getByRole("navigation", { name: "Workspace" });
  await expect(nav.getByRole("link", { name: "API keys" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Audit trail" })).toHaveCount(0);
  await page.getByRole("link", { name: fixture.clientA.name }).click();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Ask to erase…" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Discharge" })).toHaveCount(0);
  const forbidden = await page.goto(`/en/workspace/${fixture.orgA.slug}/settings/api-keys`);
  expect(forbidden?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not open to your role" })).toBeVisible();
  await page.close();
});

test("the workspace reads in French and passes axe", async () => {
  const page = await owner.newPage();
  for (const path of ["clients", "clients/new", "shares", "settings/members", "settings/api-keys", "audit"]) {
    await page.goto(`/fr/workspace/${fixture.orgA.slug}/${path}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
    await expectAccessible(page);
  }
  await page.goto(`/fr/workspace/${fixture.orgA.slug}/clients`);
  await expect(page).toHaveTitle(/^Clients \| Parallel/);
  await expect(page.getByRole("button", { name: "Afficher" })).toBeVisible();
  await page.goto(`/fr/workspace/${fixture.orgA.slug}/shares`);
  await expect(page.getByTestId("share-code")).toHaveText(fixture.orgA.shareCode);
  await page.close();
});
