import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { e2eDatabaseUrl, WORKSPACE_BASE_URL } from "../support/e2e-app";
import { expectAccessible } from "./helpers";
import { createWorkspaceFixture, signedInContext, type WorkspaceFixture } from "./workspace-setup";

/**
 * A counsellor's casework in the browser: a note (without JavaScript too),
 * an overdue plan item shown first, a referral made then completed, an
 * outcome in an alternative career with its NOC code, all on the timeline;
 * an administrator sees the indicator move, small counts suppressed; a
 * supervisor reads without forms; French; axe on each page.
 */

test.use({ baseURL: WORKSPACE_BASE_URL });
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const run = promisify(execFile);

let fixture: WorkspaceFixture;
let counsellor: BrowserContext;
let admin: BrowserContext;
let supervisor: BrowserContext;

const file = () => `/en/workspace/${fixture.orgA.slug}/clients/${fixture.clientA.id}`;
const indicatorsPage = () => `/en/workspace/${fixture.orgA.slug}/indicators`;
const quarter = () => {
  const now = new Date();
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
};

/** The employment table's counts for the current quarter: in their field, related, other, survival, with a job. */
async function employmentRow(page: Page): Promise<string[]> {
  await page.goto(indicatorsPage());
  const row = page.getByRole("table", { name: "Employment over time" }).getByRole("row").filter({ hasText: quarter() });
  return (await row.getByRole("cell").allInnerTexts()).slice(0, 5).map((t) => t.trim());
}

test.beforeAll(async ({ browser }) => {
  // Two fixture scripts (organizations, then a caseload of 24 files) on a shared machine.
  test.setTimeout(300_000);
  fixture = await createWorkspaceFixture(`cw${Date.now().toString(36)}`);
  const { SMTP_URL: _unused, ...inherited } = process.env;
  await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/casework-fixture.ts", fixture.orgA.slug, fixture.people.ownerA], {
    env: { ...inherited, DATABASE_URL: e2eDatabaseUrl(), DATABASE_POOL_SIZE: "1", SITE_URL: WORKSPACE_BASE_URL },
  });
  counsellor = await signedInContext(browser, fixture.links.counsellorA);
  admin = await signedInContext(browser, fixture.links.adminA);
  supervisor = await signedInContext(browser, fixture.links.supervisorA);
});

test.afterAll(async () => {
  await counsellor?.close();
  await admin?.close();
  await supervisor?.close();
});

let before: string[];

test("an administrator sees the indicators with small counts suppressed, and downloads them as CSV", async () => {
  const page = await admin.newPage();
  before = await employmentRow(page);
  expect(before).toEqual(["6", "6", "6", "6", "24"]);
  await expect(page.getByRole("heading", { level: 1, name: "Indicators of success" })).toBeVisible();
  await expect(page.getByText(/a count under 5 people is not shown/)).toBeVisible();
  // Two files in intake, none on hold: fewer than five, suppressed.
  const caseload = page.getByRole("table", { name: "Caseload by status" });
  await expect(caseload.getByRole("row").filter({ hasText: "On hold" }).getByRole("cell")).toHaveText("fewer than 5");
  // Six referred to a bridging program, five completed: the one not completed cannot be worked out, so the five is hidden.
  const bridging = page.getByRole("table", { name: "Referrals completed" }).getByRole("row").filter({ hasText: "Bridging program" });
  await expect(bridging.getByRole("cell")).toHaveText(["6", "hidden", "–"]);
  await expectAccessible(page);
  const csv = await page.request.get(`/api/v1/workspace/indicators.csv?org=${fixture.orgA.slug}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain("caseload by status");
  expect(text).toMatch(/,<5\r\n/);
  expect(text).toMatch(/Bridging program,completed,x\r\n/);
});

test("a counsellor writes a note, also without JavaScript", async ({ browser }) => {
  const page = await counsellor.newPage();
  await page.goto(file());
  await page.getByRole("navigation", { name: "Work with this client" }).getByRole("link", { name: "Notes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notes" })).toBeVisible();
  await page.getByLabel("Note", { exact: true }).fill("First meeting: wants to work in health care while the licence is pending.");
  await page.getByRole("button", { name: "Add the note" }).click();
  await expect(page.getByRole("status")).toHaveText("Note added.");
  await expect(page.getByTestId("note").first()).toContainText("First meeting: wants to work in health care");
  await expectAccessible(page);

  const noScript = await browser.newContext({ baseURL: WORKSPACE_BASE_URL, storageState: await counsellor.storageState(), javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(`${file()}/notes`);
  await plain.getByLabel("Note", { exact: true }).fill("Called back: documents sent.");
  await plain.getByRole("button", { name: "Add the note" }).click();
  await expect(plain.getByRole("status")).toHaveText("Note added.");
  await expect(plain.getByTestId("note").first()).toContainText("Called back: documents sent.");
  await noScript.close();
});

test("a counsellor adds plan items: the overdue one comes first", async () => {
  const page = await counsellor.newPage();
  await page.goto(`${file()}/plan`);
  await page.getByLabel("Action", { exact: true }).fill("Book the language test");
  await page.getByRole("textbox", { name: "Due date (optional)" }).fill(new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Add the action" }).click();
  await expect(page.getByRole("status")).toHaveText("Action added to the plan.");
  await page.getByLabel("Action", { exact: true }).fill("Send the credential documents");
  await page.getByRole("textbox", { name: "Due date (optional)" }).fill("2026-01-15");
  await page.getByRole("button", { name: "Add the action" }).click();
  await expect(page.getByText("1 action is overdue.")).toBeVisible();
  await expect(page.getByTestId("plan-item").first()).toContainText("Overdue");
  await expect(page.getByTestId("plan-item").first()).toContainText("Send the credential documents");
  await expectAccessible(page);
  // Marked done, it leaves the open list.
  const first = page.getByTestId("plan-item").first();
  await first.getByText("Change this action").click();
  await first.getByLabel("Status").selectOption("done");
  await first.getByRole("button", { name: "Update" }).click();
  await expect(page.getByRole("status")).toHaveText("Action updated.");
  await expect(page.getByText(/actions? (is|are) overdue/)).toHaveCount(0);
});

test("a counsellor records a referral, then completes it", async () => {
  const page = await counsellor.newPage();
  await page.goto(`${file()}/referrals`);
  await page.getByLabel("Kind").selectOption("bridging-program");
  await page.getByLabel("Program, person or employer").fill("Bridging to Nursing, Centennial College");
  await page.getByRole("button", { name: "Record the referral" }).click();
  await expect(page.getByRole("status")).toHaveText("Referral recorded.");
  const referral = page.getByTestId("referral").first();
  await expect(referral).toContainText("Bridging program: Bridging to Nursing, Centennial College");
  await expect(referral).toContainText("Sent");
  await referral.getByText("Update this referral").click();
  await referral.getByLabel("Status").selectOption("completed");
  await referral.getByLabel(/^Result/).fill("Admitted to the January cohort");
  await referral.getByRole("button", { name: "Update" }).click();
  await expect(page.getByRole("status")).toHaveText("Referral updated.");
  await expect(page.getByTestId("referral").first()).toContainText("Completed");
  await expect(page.getByTestId("referral").first()).toContainText("closed");
});

test("a counsellor records an outcome in an alternative career; a missing NOC code is refused first", async () => {
  const page = await counsellor.newPage();
  await page.goto(`${file()}/outcomes`);
  await page.getByLabel("Outcome", { exact: true }).selectOption("employed-alternative");
  await page.getByLabel("The job against the person’s field").selectOption("related");
  await page.getByRole("button", { name: "Record the outcome" }).click();
  await expect(page.getByText("Give a NOC 2021 unit group")).toBeVisible();
  await expect(page.getByLabel("NOC code of the job")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Outcome", { exact: true }).selectOption("employed-alternative");
  await page.getByLabel("NOC code of the job").fill("32101");
  await page.getByLabel("The job against the person’s field").selectOption("related");
  await page.getByRole("button", { name: "Record the outcome" }).click();
  await expect(page.getByRole("status")).toHaveText("Outcome recorded.");
  await expect(page.getByTestId("outcome").first()).toContainText("Employed in an alternative career · Licensed practical nurses (32101) · A related field");
  await expectAccessible(page);
});

test("the timeline shows the outcome, the referral made and closed, and the notes", async () => {
  const page = await counsellor.newPage();
  await page.goto(`${file()}/timeline`);
  await expect(page.locator('[data-kind="outcome"]').filter({ hasText: "Licensed practical nurses (32101)" })).toHaveCount(1);
  await expect(page.locator('[data-kind="referral-closed"]').filter({ hasText: "Admitted to the January cohort" })).toHaveCount(1);
  await expect(page.locator('[data-kind="referral-made"]').filter({ hasText: "Bridging to Nursing" })).toHaveCount(1);
  await expect(page.locator('[data-kind="note"]').filter({ hasText: /First meeting|Called back/ })).toHaveCount(2);
  await expect(page.locator('[data-kind="action-done"]').filter({ hasText: "Send the credential documents" })).toHaveCount(1);
  // Newest first.
  const dates = await page.locator("[data-testid=timeline-entry] time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
  expect(dates.length).toBeGreaterThan(8);
  expect(dates).toEqual([...dates].sort().reverse());
  await expectAccessible(page);
});

test("my work lists the counsellor's open actions and waiting referrals", async () => {
  const page = await counsellor.newPage();
  await page.goto(`/en/workspace/${fixture.orgA.slug}/work`);
  await expect(page.getByRole("heading", { level: 1, name: "My work" })).toBeVisible();
  // Owned by the counsellor (the form's default) and due in three days.
  const row = page.getByTestId("work-item").filter({ hasText: "Book the language test" });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("link", { name: fixture.clientA.name })).toHaveAttribute("href", `${file()}/plan`);
  await expectAccessible(page);
});

test("the administrator sees the indicator move", async () => {
  const page = await admin.newPage();
  const after = await employmentRow(page);
  expect(after).toEqual(["6", "7", "6", "6", "25"]);
  const bridging = page.getByRole("table", { name: "Referrals completed" }).getByRole("row").filter({ hasText: "Bridging program" });
  await expect(bridging.getByRole("cell").first()).toHaveText("7");
});

test("a supervisor reads the casework without any form, and sees the indicators", async () => {
  const page = await supervisor.newPage();
  await page.goto(`${file()}/notes`);
  await expect(page.getByTestId("note").filter({ hasText: /First meeting|Called back/ })).toHaveCount(2);
  await expect(page.getByRole("button", { name: "Add the note" })).toHaveCount(0);
  await expect(page.getByText("Your role reads this file but cannot change it.")).toBeVisible();
  const refused = await page.request.post(`/api/v1/workspace/clients/${fixture.clientA.id}/notes?org=${fixture.orgA.slug}`, {
    data: { body: "x" },
    headers: { Origin: WORKSPACE_BASE_URL },
  });
  expect(refused.status()).toBe(403);
  await page.goto(indicatorsPage());
  await expect(page.getByRole("heading", { level: 1, name: "Indicators of success" })).toBeVisible();
});

test("in French", async () => {
  const page = await counsellor.newPage();
  await page.goto(`/fr/workspace/${fixture.orgA.slug}/clients/${fixture.clientA.id}/outcomes`);
  await expect(page.getByRole("heading", { level: 1, name: "Résultats" })).toBeVisible();
  await expect(page.getByTestId("outcome").first()).toContainText("En emploi dans une carrière connexe · Infirmiers auxiliaires");
  const fr = await admin.newPage();
  await fr.goto(`/fr/workspace/${fixture.orgA.slug}/indicators`);
  await expect(fr.getByRole("heading", { level: 1, name: "Indicateurs de réussite" })).toBeVisible();
  await expect(fr.getByText("moins de 5").first()).toBeVisible();
  await expectAccessible(fr);
});

test("the API refuses another organization's client, and bad input with its fields", async () => {
  const page = await admin.newPage();
  const other = await page.request.get(`/api/v1/workspace/clients/${fixture.clientB.id}/notes?org=${fixture.orgA.slug}`);
  expect(other.status()).toBe(404);
  const bad = await page.request.post(`/api/v1/workspace/clients/${fixture.clientA.id}/outcomes?org=${fixture.orgA.slug}`, {
    data: { kind: "employed-alternative", occurredOn: "2026-01-01" },
    headers: { Origin: WORKSPACE_BASE_URL },
  });
  expect(bad.status()).toBe(422);
  expect(Object.keys((await bad.json()).fields).sort()).toEqual(["fieldRelation", "nocCode"]);
});
