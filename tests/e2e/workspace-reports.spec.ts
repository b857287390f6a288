import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { WORKSPACE_BASE_URL } from "../support/e2e-app";
import { normalised, pdfText } from "../support/pdf-text";
import { expectAccessible } from "./helpers";
import { createWorkspaceFixture, signedInContext, type WorkspaceFixture } from "./workspace-setup";

/**
 * A counsellor's match report from start to finish: open a client file, run
 * a report, shortlist an option with a reason, download the PDF (its text
 * checked, French included), change the file, run again and read the
 * changes, share a read-only link, open it signed out, revoke it.
 */

test.use({ baseURL: WORKSPACE_BASE_URL });
test.describe.configure({ mode: "serial" });

let fixture: WorkspaceFixture;

test.beforeAll(async () => {
  fixture = await createWorkspaceFixture(`rep${Date.now().toString(36)}`);
});

test("runs, works, prints, re-runs and shares a client's match report", async ({ browser }) => {
  test.setTimeout(240_000);
  const counsellor = await signedInContext(browser, fixture.links.counsellorA);
  const page = await counsellor.newPage();
  const file = `/en/workspace/${fixture.orgA.slug}/clients/${fixture.clientA.id}`;

  // From the client file to its reports; the run form is prefilled from the file.
  await page.goto(file);
  await page.getByRole("link", { name: "Match reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Match reports" })).toBeVisible();
  await expect(page.getByLabel("Profession they trained in (NOC 2021 code)")).toHaveValue("31301");
  await page.getByRole("group", { name: "Did you care for people or help them directly?" }).getByLabel("More").check();
  await page.getByLabel("Most months of training they can put in").fill("24");
  // A refused field keeps what was typed and says why.
  await page.getByLabel("Language level (CLB or NCLC) in the language they would work in").fill("15");
  await page.getByRole("button", { name: "Run and save the report" }).click();
  await expect(page.getByText("The report was not run. Check the fields marked below.")).toBeVisible();
  await expect(page.getByText("A level from 1 to 12.")).toBeVisible();
  await expect(page.getByLabel("Most months of training they can put in")).toHaveValue("24");
  await page.getByLabel("Language level (CLB or NCLC) in the language they would work in").fill("6");
  await page.getByRole("button", { name: "Run and save the report" }).click();
  await expect(page.getByText("Report run.")).toBeVisible();
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  const first = Number(/version (\d+)/.exec(heading ?? "")?.[1]);
  expect(first).toBeGreaterThan(0);
  await expectAccessible(page);

  // Shortlist the best option with a reason.
  const option = page.getByTestId("report-option").first();
  const code = await option.getAttribute("data-code");
  expect(code).toMatch(/^\d{5}$/);
  await option.getByText("Save the decision", { exact: true }).first().click();
  await option.getByLabel("Shortlisted").check();
  await option.getByLabel("Reason").fill("Likes caring for people — très motivée");
  await option.getByLabel("Note").fill("Call the hospital’s HR");
  await option.getByRole("button", { name: "Save the decision" }).click();
  await expect(page.getByText("Decision saved.")).toBeVisible();
  await expect(page.locator(`[data-testid=report-option][data-code="${code}"] [data-testid=decision]`)).toHaveText("Shortlisted");

  // The PDF, in French: its text extracted and checked.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as PDF (French)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^rapport-options-v\d+-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = normalised((await pdfText(await readFile((await download.path())!))).text);
  expect(text).toContain(fixture.orgA.name);
  expect(text).toContain(fixture.clientA.name);
  expect(text).toContain("Rapport d’options de carrière");
  expect(text).toContain("Likes caring for people — très motivée");
  expect(text).toContain("Retenue");
  expect(text).toContain(`CNP ${code}`);
  expect(text).toMatch(/Moteur de correspondance : \S+/);
  expect(text).toMatch(/Page 1 sur \d+/);

  // The file changes (English level); running again shows what changed, and the decision as a hint.
  await page.goto(`${file}/edit`);
  await page.getByLabel("English (CLB)").fill("10");
  await page.getByRole("button", { name: "Save the file" }).click();
  await expect(page).toHaveURL(/saved=1/);
  await page.goto(`${file}/reports`);
  await expect(page.getByLabel("Language level (CLB or NCLC) in the language they would work in")).toHaveValue("10");
  await page.getByRole("button", { name: "Run and save the report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Match report, version ${first + 1}`);
  const changes = page.getByTestId("report-changes");
  await expect(changes.getByRole("heading", { name: `Changes since version ${first}` })).toBeVisible();
  await expect(changes).toContainText("Changed answers:");
  await expect(changes).toContainText("language level");
  if (await page.locator(`[data-testid=report-option][data-code="${code}"]`).count()) {
    await expect(page.locator(`[data-testid=report-option][data-code="${code}"] [data-testid=carried]`)).toContainText(`In version ${first}: Shortlisted.`);
  }
  // The older version is unchanged.
  await page.getByRole("link", { name: "All reports for this client" }).click();
  await expect(page.locator(`li[data-version="${first}"]`)).toContainText("1 shortlisted");
  await page.locator(`li[data-version="${first}"]`).getByRole("link").click();
  await expect(page.locator(`[data-testid=report-option][data-code="${code}"] [data-testid=decision]`)).toHaveText("Shortlisted");

  // A link for the client, in French, opened signed out; then revoked.
  await page.getByLabel("Language", { exact: true }).selectOption("fr");
  await page.getByLabel("Valid for how many days").fill("7");
  await page.getByRole("button", { name: "Create a link" }).click();
  const link = await page.getByTestId("new-report-link").inputValue();
  expect(link).toMatch(/\/fr\/reports\/shared\/[A-Za-z0-9_-]{43}$/);
  const visitor = await browser.newContext();
  const client = await visitor.newPage();
  const opened = await client.goto(link);
  expect(opened?.status()).toBe(200);
  await expect(client.getByRole("heading", { level: 1, name: "Vos options de carrière" })).toBeVisible();
  await expect(client.getByText(fixture.orgA.name)).toBeVisible();
  await expect(client.getByText("Likes caring for people — très motivée").first()).toBeVisible();
  await expect(client.locator("body")).not.toContainText(fixture.clientA.name);
  await expect(client.locator("body")).not.toContainText("Call the hospital’s HR");
  await expect(client.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expectAccessible(client);

  await page.reload();
  const row = page.locator('[data-testid=report-share][data-state="active"]').first();
  await expect(row).toContainText("French");
  await expect(row).toContainText("last opened");
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("Link revoked: it no longer opens the report.")).toBeVisible();
  await client.goto(link);
  await expect(client.getByRole("heading", { level: 1, name: "Ce lien ne fonctionne plus" })).toBeVisible();
  await expect(client.locator("body")).not.toContainText("Likes caring for people");
  const unknown = await client.goto(link.replace(/[A-Za-z0-9_-]{43}$/, "A".repeat(43)));
  expect(unknown?.status()).toBe(404);
  await visitor.close();
  await counsellor.close();
});

test("the API runs a report, answers 422 with fields and 404 for another organization's report", async ({ request }) => {
  const key = { Authorization: `Bearer ${fixture.keys.a}` };
  const base = `/api/v1/workspace/clients/${fixture.clientA.id}/reports`;
  const bad = await request.post(base, { headers: key, data: { languageClb: 40, choices: { care: "plenty" } } });
  expect(bad.status()).toBe(422);
  expect(Object.keys((await bad.json()).fields).sort()).toEqual(["choices.care", "languageClb"]);
  const made = await request.post(base, { headers: key, data: { choices: { numbers: "more" } } });
  expect(made.status()).toBe(201);
  const report = await made.json();
  expect(report).toMatchObject({ engineVersion: expect.any(String), dataVersion: expect.any(String), input: { answers: { origin: "31301" } } });
  const list = await request.get(base, { headers: key });
  expect(list.status()).toBe(200);
  expect((await list.json()).items[0]).toMatchObject({ id: report.id, version: report.version });
  const read = await request.get(`${base}/${report.id}`, { headers: key });
  expect(read.status()).toBe(200);
  expect((await read.json()).results).toEqual(report.results);
  const pdf = await request.get(`${base}/${report.id}.pdf?locale=en`, { headers: key });
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toMatch(/^attachment; filename="options-report-v\d+-\d{4}-\d{2}-\d{2}\.pdf"$/);
  expect(pdf.headers()["cache-control"]).toContain("no-store");
  const other = { Authorization: `Bearer ${fixture.keys.b}` };
  expect((await request.get(`${base}/${report.id}`, { headers: other })).status()).toBe(404);
  expect((await request.get(`${base}/${report.id}.pdf`, { headers: other })).status()).toBe(404);
  expect((await request.put(`${base}/${report.id}/options/${report.results.options[0].code}`, { headers: other, data: { decision: "set-aside" } })).status()).toBe(404);
  expect((await request.get(`${base}/not-a-uuid.pdf`, { headers: key })).status()).toBe(400);
});
