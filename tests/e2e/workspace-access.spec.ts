import { expect, test, type APIRequestContext, type BrowserContext } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl, WORKSPACE_BASE_URL } from "../support/e2e-app";
import { createWorkspaceFixture, signedInContext, type WorkspaceFixture } from "./workspace-setup";

/**
 * The access suite: every workspace endpoint, page and form action, tried by
 * everyone who must get nothing of organization A: anonymous, a member of
 * organization B, a member A removed, a read-only supervisor of A (for what
 * changes things or is for administrators), an expired session, B's API key
 * and A's revoked key. Each answer is checked for a refusal status and for
 * any of A's data; afterwards A's records are checked unchanged. The count of
 * attempts is printed.
 */

test.use({ baseURL: WORKSPACE_BASE_URL });
test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

let fixture: WorkspaceFixture;
const contexts: Record<string, BrowserContext> = {};

type Caller = { name: string; kind: "anonymous" | "session" | "key"; request: APIRequestContext | null; key?: string };

interface Harvested {
  page: string;
  fields: [string, string][];
}

const API = "/api/v1/workspace";

/** Strings that only someone allowed into A may see (ids are not among them: the caller typed them in the address). */
function secrets(): string[] {
  return [
    fixture.clientA.name,
    fixture.clientA.contact,
    fixture.clientA2.name,
    fixture.clientA2.id,
    fixture.orgA.shareCode,
    fixture.people.counsellorA,
    ...fixture.casework.secrets,
  ];
}

async function expireSession(email: string) {
  const database = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    await database.query(`UPDATE session SET expires = now() - interval '1 minute' WHERE user_id = (SELECT id FROM "user" WHERE email = $1)`, [email]);
  } finally {
    await database.end();
  }
}

async function snapshot(): Promise<string> {
  const database = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    const org = fixture.orgA.id;
    const parts: unknown[] = [];
    for (const sql of [
      `SELECT id, display_name, contact, status, counsellor_id, updated_at FROM client WHERE organization_id = $1 ORDER BY id`,
      `SELECT id, user_id, role FROM membership WHERE organization_id = $1 ORDER BY id`,
      `SELECT id, email, role FROM invitation WHERE organization_id = $1 ORDER BY id`,
      `SELECT id, name, revoked_at FROM api_key WHERE organization_id = $1 ORDER BY id`,
      `SELECT id, imported_client_id FROM journey_share WHERE organization_id = $1 ORDER BY id`,
      `SELECT name, share_code FROM organization WHERE id = $1`,
      `SELECT id, body, updated_at FROM client_note WHERE organization_id = $1 ORDER BY id`,
      `SELECT id, title, status, due_on, owner_membership_id, updated_at FROM action_item WHERE organization_id = $1 ORDER BY id`,
      `SELECT id, partner, status, result, closed_on, updated_at FROM referral WHERE organization_id = $1 ORDER BY id`,
      `SELECT id, kind, occurred_on, detail FROM outcome WHERE organization_id = $1 ORDER BY id`,
      `SELECT id, version, results FROM match_report WHERE organization_id = $1 ORDER BY id`,
      `SELECT id, code, decision, reason, note FROM report_option WHERE organization_id = $1 ORDER BY id`,
      `SELECT id, revoked_at, expires_at FROM report_share WHERE organization_id = $1 ORDER BY id`,
      `SELECT id, status, decided_by_user_id FROM erasure_request WHERE organization_id = $1 ORDER BY id`,
      `SELECT origins, theme FROM embed_settings WHERE organization_id = $1`,
      `SELECT retention_months FROM organization WHERE id = $1`,
    ])
      parts.push((await database.query(sql, [org])).rows);
    return JSON.stringify(parts);
  } finally {
    await database.end();
  }
}

test.beforeAll(async ({ browser }) => {
  fixture = await createWorkspaceFixture(`acc${Date.now().toString(36)}`);
  contexts.ownerA = await signedInContext(browser, fixture.links.ownerA);
  contexts.ownerB = await signedInContext(browser, fixture.links.ownerB);
  contexts.removedA = await signedInContext(browser, fixture.links.removedA);
  contexts.supervisorA = await signedInContext(browser, fixture.links.supervisorA);
  contexts.expired = await signedInContext(browser, fixture.links.counsellorA);
  await expireSession(fixture.people.counsellorA);
  contexts.anonymous = await browser.newContext({ baseURL: WORKSPACE_BASE_URL });
});

test.afterAll(async () => {
  await Promise.all(Object.values(contexts).map((c) => c.close()));
});

function callers(): Caller[] {
  return [
    { name: "anonymous", kind: "anonymous", request: contexts.anonymous!.request },
    { name: "member of another organization", kind: "session", request: contexts.ownerB!.request },
    { name: "removed member", kind: "session", request: contexts.removedA!.request },
    { name: "expired session", kind: "session", request: contexts.expired!.request },
    { name: "another organization's API key", kind: "key", request: null, key: fixture.keys.b },
    { name: "revoked API key", kind: "key", request: null, key: fixture.keys.revokedA },
  ];
}

/** `ofA`: the address names A's own record; otherwise a collection, which an API key reads or adds to for its own organization. */
function apiTargets(): { method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; path: string; body?: unknown; readOnlyMayRead?: boolean; ofA?: boolean }[] {
  const a = fixture.clientA.id;
  const { note, plan, referral, outcome } = fixture.casework;
  const report = `${API}/clients/${a}/reports/${fixture.report.id}`;
  const consent = { scopes: ["record"], givenAt: "2026-11-20" };
  return [
    { method: "GET", path: `${API}/clients`, readOnlyMayRead: true },
    { method: "GET", path: `${API}/clients?q=${encodeURIComponent(fixture.clientA.name)}`, readOnlyMayRead: true },
    { method: "POST", path: `${API}/clients`, body: { displayName: "Injected", consent } },
    { method: "GET", path: `${API}/clients/${a}`, readOnlyMayRead: true, ofA: true },
    { method: "PATCH", path: `${API}/clients/${a}`, body: { displayName: "Changed by an intruder" }, ofA: true },
    { method: "POST", path: `${API}/clients/${a}/discharge`, ofA: true },
    { method: "POST", path: `${API}/clients/${a}/erasure`, body: { reason: "client-request" }, ofA: true },
    { method: "GET", path: `${API}/erasure-requests`, readOnlyMayRead: true },
    { method: "GET", path: `${API}/erasure-requests/${fixture.erasureA}`, readOnlyMayRead: true, ofA: true },
    { method: "POST", path: `${API}/erasure-requests/${fixture.erasureA}`, body: { decision: "approve" }, ofA: true },
    { method: "DELETE", path: `${API}/erasure-requests/${fixture.erasureA}`, ofA: true },
    { method: "GET", path: `${API}/clients/${a}/export`, ofA: true },
    { method: "GET", path: `${API}/clients/${a}/notes`, readOnlyMayRead: true, ofA: true },
    { method: "POST", path: `${API}/clients/${a}/notes`, body: { body: "Injected note" }, ofA: true },
    { method: "PATCH", path: `${API}/clients/${a}/notes/${note}`, body: { body: "Changed by an intruder" }, ofA: true },
    { method: "DELETE", path: `${API}/clients/${a}/notes/${note}`, ofA: true },
    { method: "GET", path: `${API}/clients/${a}/plan`, readOnlyMayRead: true, ofA: true },
    { method: "POST", path: `${API}/clients/${a}/plan`, body: { title: "Injected step" }, ofA: true },
    { method: "PATCH", path: `${API}/clients/${a}/plan/${plan}`, body: { status: "done" }, ofA: true },
    { method: "DELETE", path: `${API}/clients/${a}/plan/${plan}`, ofA: true },
    { method: "GET", path: `${API}/clients/${a}/referrals`, readOnlyMayRead: true, ofA: true },
    { method: "POST", path: `${API}/clients/${a}/referrals`, body: { kind: "employer", partner: "Injected employer" }, ofA: true },
    { method: "PATCH", path: `${API}/clients/${a}/referrals/${referral}`, body: { status: "completed" }, ofA: true },
    { method: "GET", path: `${API}/clients/${a}/outcomes`, readOnlyMayRead: true, ofA: true },
    { method: "POST", path: `${API}/clients/${a}/outcomes`, body: { kind: "licensed", occurredOn: "2026-11-20" }, ofA: true },
    { method: "DELETE", path: `${API}/clients/${a}/outcomes/${outcome}`, ofA: true },
    { method: "GET", path: `${API}/clients/${a}/timeline`, readOnlyMayRead: true, ofA: true },
    { method: "GET", path: `${API}/clients/${a}/reports`, readOnlyMayRead: true, ofA: true },
    { method: "POST", path: `${API}/clients/${a}/reports`, body: {}, ofA: true },
    { method: "GET", path: report, readOnlyMayRead: true, ofA: true },
    { method: "GET", path: `${report}.pdf`, readOnlyMayRead: true, ofA: true },
    { method: "PUT", path: `${report}/options/${fixture.report.option}`, body: { decision: "set-aside", reason: "Intruder" }, ofA: true },
    { method: "PATCH", path: `${report}/options/${fixture.report.option}`, body: { decision: "shortlisted" }, ofA: true },
    { method: "POST", path: `${report}/shares`, body: { locale: "en" }, ofA: true },
    { method: "DELETE", path: `${report}/shares/${fixture.report.share}`, ofA: true },
    { method: "GET", path: `${API}/indicators`, readOnlyMayRead: true },
    { method: "GET", path: `${API}/indicators.csv`, readOnlyMayRead: true },
    { method: "GET", path: `${API}/audit` },
    { method: "GET", path: `${API}/audit/export?format=csv` },
    { method: "GET", path: `${API}/audit/export` },
  ];
}

function pageTargets(): { path: string; readOnlyMayRead?: boolean }[] {
  const o = fixture.orgA.slug;
  const a = fixture.clientA.id;
  return [
    ...["en", "fr"].flatMap((l) => [
      { path: `/${l}/workspace/${o}/clients`, readOnlyMayRead: true },
      { path: `/${l}/workspace/${o}/clients/${a}`, readOnlyMayRead: true },
    ]),
    { path: `/en/workspace/${o}/clients?q=${encodeURIComponent(fixture.clientA.name)}`, readOnlyMayRead: true },
    { path: `/en/workspace/${o}/clients/new` },
    { path: `/en/workspace/${o}/clients/${a}/edit` },
    { path: `/en/workspace/${o}/shares`, readOnlyMayRead: true },
    { path: `/en/workspace/${o}/settings/members`, readOnlyMayRead: true },
    { path: `/en/workspace/${o}/settings/api-keys` },
    { path: `/en/workspace/${o}/audit` },
    { path: `/en/workspace/${o}/erasures` },
    ...["notes", "plan", "referrals", "outcomes", "timeline"].map((p) => ({ path: `/en/workspace/${o}/clients/${a}/${p}`, readOnlyMayRead: true })),
    { path: `/en/workspace/${o}/clients/${a}/reports`, readOnlyMayRead: true },
    { path: `/en/workspace/${o}/clients/${a}/reports/${fixture.report.id}`, readOnlyMayRead: true },
    { path: `/en/workspace/${o}/work` },
    { path: `/en/workspace/${o}/indicators`, readOnlyMayRead: true },
    { path: `/en/workspace/${o}/settings/embed` },
    { path: `/en/workspace/${o}/settings/privacy` },
    { path: `/en/workspace`, readOnlyMayRead: true },
  ];
}

const counts = { api: 0, pages: 0, actions: 0, byId: 0 };

function expectNoSecrets(where: string, body: string) {
  for (const secret of secrets()) expect(body.includes(secret), `${where} returned "${secret}"`).toBe(false);
}

test("every endpoint refuses everyone outside organization A, and returns none of its data", async ({ playwright }) => {
  const before = await snapshot();
  for (const caller of [...callers(), { name: "read-only supervisor", kind: "session" as const, request: contexts.supervisorA!.request }]) {
    const readOnly = caller.name === "read-only supervisor";
    const request = caller.request ?? (await playwright.request.newContext({ baseURL: WORKSPACE_BASE_URL, extraHTTPHeaders: { Authorization: `Bearer ${caller.key}` } }));
    for (const target of apiTargets()) {
      if (readOnly && target.readOnlyMayRead) continue;
      const url = caller.kind === "session" ? `${target.path}${target.path.includes("?") ? "&" : "?"}org=${fixture.orgA.slug}` : target.path;
      const response = await request.fetch(url, { method: target.method, data: target.body, maxRedirects: 0 });
      counts.api++;
      const body = await response.text();
      const where = `${caller.name}: ${target.method} ${url}`;
      const expected =
        caller.kind === "anonymous" || caller.name === "expired session" || caller.name === "revoked API key"
          ? [401]
          : readOnly
            ? [403]
            : caller.kind === "key" && !target.ofA
              ? [200, 201] // its own organization's collection: checked below for A's data
              : [404];
      expect(expected, `${where} answered ${response.status()}: ${body.slice(0, 200)}`).toContain(response.status());
      expectNoSecrets(where, body);
    }
    if (!caller.request) await request.dispose();
  }
  // B's key on A's client id, as if it were B's own: not found.
  const keyB = await playwright.request.newContext({ baseURL: WORKSPACE_BASE_URL, extraHTTPHeaders: { Authorization: `Bearer ${fixture.keys.b}` } });
  for (const method of ["GET", "PATCH"] as const) {
    const response = await keyB.fetch(`${API}/clients/${fixture.clientA.id}`, { method, data: method === "PATCH" ? { status: "discharged" } : undefined });
    counts.byId++;
    expect(response.status()).toBe(404);
    expectNoSecrets(`B's key ${method} A's client`, await response.text());
  }
  await keyB.dispose();
  expect(await snapshot()).toBe(before);

  // The control: A's own key reads the same data, so the refusals above are not broken requests.
  const keyA = await playwright.request.newContext({ baseURL: WORKSPACE_BASE_URL, extraHTTPHeaders: { Authorization: `Bearer ${fixture.keys.a}` } });
  const own = await keyA.get(`${API}/clients/${fixture.clientA.id}`);
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain(fixture.clientA.name);
  await keyA.dispose();
});

test("every page refuses everyone outside organization A, and shows none of its data", async () => {
  const before = await snapshot();
  for (const caller of [...callers().filter((c) => c.kind !== "key"), { name: "read-only supervisor", kind: "session" as const, request: contexts.supervisorA!.request }]) {
    const readOnly = caller.name === "read-only supervisor";
    for (const target of pageTargets()) {
      if (readOnly && target.readOnlyMayRead) continue;
      const response = await caller.request!.get(target.path, { maxRedirects: 0 });
      counts.pages++;
      const where = `${caller.name}: ${target.path}`;
      const status = response.status();
      const body = await response.text();
      if (caller.kind === "anonymous" || caller.name === "expired session") {
        expect(status, where).toBeGreaterThanOrEqual(300);
        expect(status, where).toBeLessThan(400);
        expect(response.headers().location ?? "", where).toMatch(/\/(en|fr)\/sign-in\?callbackUrl=/);
      } else if (target.path.endsWith("/workspace")) {
        // Their own organizations (or straight to the only one): never A.
        expect([200, 307], where).toContain(status);
        expect(body.includes(fixture.orgA.name), `${where} names A`).toBe(false);
        expect(response.headers().location ?? "", where).not.toContain(fixture.orgA.slug);
      } else {
        expect(readOnly ? [403] : [404], `${where} answered ${status}`).toContain(status);
      }
      expectNoSecrets(where, body);
    }
  }
  expect(await snapshot()).toBe(before);
});

test("every form action of A's pages, replayed by everyone outside, changes nothing and returns none of A's data", async () => {
  // Harvest the forms A's owner sees (the action ids are public: they are in every page).
  // Without JavaScript, as the server sends them: the action's hidden fields are in the form.
  const harvested: Harvested[] = [];
  const noScript = await contexts.ownerA!.browser()!.newContext({ baseURL: WORKSPACE_BASE_URL, javaScriptEnabled: false, storageState: await contexts.ownerA!.storageState() });
  const page = await noScript.newPage();
  for (const target of pageTargets()) {
    await page.goto(target.path);
    const forms = await page.$$eval("form", (all) =>
      all
        .filter((f) => (f.getAttribute("method") ?? "get").toLowerCase() === "post" || [...f.querySelectorAll("input")].some((i) => i.name.startsWith("$ACTION")))
        .map((f) => {
          const entries: [string, string][] = [];
          const submitters: [string, string][] = [];
          for (const element of Array.from(f.elements) as HTMLInputElement[]) {
            if (!element.name) continue;
            if (element.tagName === "BUTTON" || element.type === "submit") {
              submitters.push([element.name, element.value]);
              continue;
            }
            if ((element.type === "checkbox" || element.type === "radio") && !element.checked) continue;
            // As a user would send it: what is there, and a plausible value where the form requires one.
            const filler = element.type === "email" ? "intruder@example.org" : element.type === "date" ? "2026-11-20" : "Intruder value";
            entries.push([element.name, element.value || (element.required ? filler : "")]);
          }
          return { entries, submitters };
        }),
    );
    // One replay per button of the form (a form's buttons can do different things).
    for (const { entries, submitters } of forms)
      for (const submitter of submitters.length ? submitters : [null]) harvested.push({ page: target.path, fields: submitter ? [...entries, submitter] : entries });
  }
  await noScript.close();
  // Pages with a form to create, edit, delete, invite, revoke: there must be several, or nothing was tried.
  expect(harvested.length, "forms found on A's pages").toBeGreaterThanOrEqual(6);

  const before = await snapshot();
  for (const caller of [...callers().filter((c) => c.kind !== "key"), { name: "read-only supervisor", kind: "session" as const, request: contexts.supervisorA!.request }]) {
    for (const form of harvested) {
      // The values A's owner saw in the form are replaced: an echo of what the caller sent is no leak, and the caller would not know them.
      const multipart = new FormData();
      for (const [name, value] of form.fields) multipart.append(name, !name.startsWith("$") && secrets().some((secret) => value.includes(secret)) ? "Intruder value" : value);
      const response = await caller.request!.post(form.page, { multipart, maxRedirects: 0, headers: { Origin: WORKSPACE_BASE_URL } });
      counts.actions++;
      const where = `${caller.name}: form on ${form.page} (${form.fields.map(([k]) => k).filter((k) => !k.startsWith("$")).join(", ")})`;
      expect(response.status(), where).toBeLessThan(500);
      const body = await response.text();
      // A read-only member of A legitimately sees A's client on the pages it may read; what matters is that nothing changed.
      if (caller.name !== "read-only supervisor") expectNoSecrets(where, body);
    }
  }
  expect(await snapshot()).toBe(before);

  // The control: the same replay by A's owner does change the file, so the refusals above are the guards at work.
  const edit = harvested.find((f) => f.page.endsWith(`/clients/${fixture.clientA.id}/edit`) && f.fields.some(([k, v]) => k === "intent" && v === "save"));
  expect(edit, "the client edit form").toBeDefined();
  const renamed = `Renamed by its owner ${fixture.tag}`;
  const multipart = new FormData();
  for (const [k, v] of edit!.fields) multipart.append(k, k === "displayName" ? renamed : v);
  const own = await contexts.ownerA!.request.post(edit!.page, { multipart, maxRedirects: 0, headers: { Origin: WORKSPACE_BASE_URL } });
  expect(own.status()).toBeLessThan(400);
  expect(await snapshot()).not.toBe(before);
  const keyA = await contexts.ownerA!.browser()!.newContext({ baseURL: WORKSPACE_BASE_URL, extraHTTPHeaders: { Authorization: `Bearer ${fixture.keys.a}` } });
  expect((await (await keyA.request.get(`${API}/clients/${fixture.clientA.id}`)).json()).displayName).toBe(renamed);
  await keyA.close();
  console.log(
    `Access suite: ${counts.api + counts.byId + counts.pages + counts.actions} attempts ` +
      `(${counts.api} endpoint calls, ${counts.byId} by another organization's id, ${counts.pages} page loads, ${counts.actions} form actions) ` +
      `by ${callers().length + 1} kinds of caller: 0 returned organization A's data, 0 changed it.`,
  );
});

test("a form post whose action payload is not JSON is refused with a 400, not a 500", async () => {
  const multipart = new FormData();
  multipart.append("$ACTION_REF_1", "");
  multipart.append("$ACTION_1:0", "Intruder value");
  multipart.append("displayName", "x");
  const response = await contexts.ownerB!.request.post(`/en/workspace/${fixture.orgB.slug}/clients/new`, { multipart, maxRedirects: 0, headers: { Origin: WORKSPACE_BASE_URL } });
  expect(response.status()).toBe(400);
});
