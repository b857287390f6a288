import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/database";
import { open, seal } from "@/lib/security/crypto";

/**
 * Notes, action plans, referrals, outcomes, the timeline and the indicators,
 * on a real database: text sealed at rest, every change audited and
 * touching the client's last activity, organizations isolated, supervisors
 * read only, and indicators checked against figures worked out by hand,
 * small cells suppressed.
 */

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let casework: typeof import("@/lib/workspace/casework/service");
let indicators: typeof import("@/lib/workspace/indicators/service");
let clients: typeof import("@/lib/workspace/clients/service");
let audit: typeof import("@/lib/workspace/audit");
let dbModule: typeof import("@/lib/db");
type Ctx = import("@/lib/workspace/context").OrgContext;

let owner: Ctx;
let counsellor: Ctx;
let supervisor: Ctx;
let other: Ctx;
let client: string;
let otherClient: string;

async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: database.url });
  await c.connect();
  try {
    return (await c.query(text, values)).rows as T[];
  } finally {
    await c.end();
  }
}

async function contextOf(orgId: string, email: string, role: Ctx["role"]): Promise<Ctx> {
  const [row] = await sql<{ id: string; name: string; slug: string; membership: string; user_id: string }>(
    `SELECT o.id, o.name, o.slug, m.id AS membership, u.id AS user_id FROM organization o JOIN membership m ON m.organization_id = o.id JOIN "user" u ON u.id = m.user_id WHERE o.id = $1 AND u.email = $2`,
    [orgId, email],
  );
  return {
    org: { id: row!.id, name: row!.name, slug: row!.slug },
    actor: { kind: "user", userId: row!.user_id, label: email },
    role,
    membershipId: row!.membership,
    request: { requestId: randomUUID(), route: "test" },
  };
}

async function addMember(orgId: string, email: string, role: string, name: string): Promise<void> {
  const user = randomUUID();
  await sql(`INSERT INTO "user" (id, email, name, updated_at) VALUES ($1, $2, $3, now())`, [user, email, name]);
  await sql(`INSERT INTO membership (id, organization_id, user_id, role) VALUES ($1, $2, $3, $4)`, [randomUUID(), orgId, user, role]);
}

/** A client file written straight into the table (to choose its first visit), its name sealed as the app seals it. */
async function insertClient(orgId: string, name: string, origin: string | null, status: string, firstVisitOn: string, scopes = "{record,outcomes}"): Promise<string> {
  const id = randomUUID();
  await sql(
    `INSERT INTO client (id, organization_id, display_name, languages, origin_code, provinces, consent_scopes, consent_given_at, status, first_visit_on, updated_at)
     VALUES ($1, $2, $3, '{}', $4, '{}', $7, now(), $5, $6, now())`,
    [id, orgId, seal(name, "client.display_name"), origin, status, firstVisitOn, scopes],
  );
  return id;
}

const actions = async (ctx: Ctx, subject: string) => (await audit.listAudit(ctx, { subject, limit: 500 })).entries.map((e) => e.action);
const consent = { scopes: ["record" as const, "outcomes" as const], givenAt: "2026-01-01" };

beforeAll(async () => {
  database = await createTestDatabase("parallel_it_casework");
  process.env.DATABASE_URL = database.url;
  if (process.env.TEST_DATABASE === "embedded") process.env.DATABASE_POOL_SIZE = "1";
  for (const [code, en, fr] of [
    ["31301", "Registered nurses", "Infirmiers autorisés"],
    ["32101", "Licensed practical nurses", "Infirmiers auxiliaires"],
    ["21231", "Software engineers", "Ingénieurs logiciel"],
  ]) {
    await sql(`INSERT INTO noc_class (code, level, level_name, title_en, definition_en) VALUES ($1, 5, 'Unit group', $2, 'x')`, [code, en]);
    await sql(`INSERT INTO occupation (code, teer, title_en, title_fr, lead_statement_en) VALUES ($1, 1, $2, $3, 'x')`, [code, en, fr]);
  }
  const orgs = await import("@/lib/workspace/organizations");
  casework = await import("@/lib/workspace/casework/service");
  indicators = await import("@/lib/workspace/indicators/service");
  clients = await import("@/lib/workspace/clients/service");
  audit = await import("@/lib/workspace/audit");
  dbModule = await import("@/lib/db");
  const a = await orgs.createOrganization({ name: "Centre Alpha", ownerEmail: "owner@alpha.example" });
  const b = await orgs.createOrganization({ name: "Bêta Services", ownerEmail: "owner@beta.example" });
  await addMember(a.organization.id, "sam@alpha.example", "counsellor", "Sam Counsellor");
  await addMember(a.organization.id, "sue@alpha.example", "supervisor", "Sue Supervisor");
  owner = await contextOf(a.organization.id, "owner@alpha.example", "owner");
  counsellor = await contextOf(a.organization.id, "sam@alpha.example", "counsellor");
  supervisor = await contextOf(a.organization.id, "sue@alpha.example", "supervisor");
  other = await contextOf(b.organization.id, "owner@beta.example", "owner");
  client = (await clients.createClient(counsellor, { displayName: "Amina R.", originCode: "31301", consent, counsellorId: counsellor.membershipId })).id;
  otherClient = (await clients.createClient(other, { displayName: "Bao T.", consent })).id;
});

afterAll(async () => {
  await dbModule?.db().$disconnect();
  await database?.drop();
});

describe("notes", () => {
  it("are sealed at rest, listed newest first with their author, and audited", async () => {
    const first = await casework.createNote(counsellor, client, { body: "Met Amina; she wants to work in health care." });
    const second = await casework.createNote(owner, client, { body: "Second note: résumé reviewed." });
    const [raw] = await sql<{ body: string }>(`SELECT body FROM client_note WHERE id = $1`, [first.id]);
    expect(raw!.body).not.toContain("Amina");
    expect(open(raw!.body, "client_note.body")).toBe("Met Amina; she wants to work in health care.");
    const notes = await casework.listNotes(counsellor, client);
    expect(notes.map((n) => n.id)).toEqual([second.id, first.id]);
    expect(notes[1]!.author?.name).toBe("Sam Counsellor");
    expect(notes[1]!.canEdit).toBe(true);
    expect(notes[0]!.canEdit).toBe(false);
    expect(await actions(owner, client)).toEqual(expect.arrayContaining(["note.create", "client.read"]));
  });

  it("only the author changes a note; the author deletes within 24 hours, an administrator at any time", async () => {
    const note = await casework.createNote(counsellor, client, { body: "Draft" });
    await expect(casework.updateNote(owner, client, note.id, { body: "Changed by someone else" })).rejects.toMatchObject({ code: "forbidden" });
    expect((await casework.updateNote(counsellor, client, note.id, { body: "Final" })).body).toBe("Final");
    const others = await casework.createNote(owner, client, { body: "The owner's note" });
    await expect(casework.deleteNote(counsellor, client, others.id)).rejects.toMatchObject({ code: "forbidden" });
    await sql(`UPDATE client_note SET created_at = now() - interval '25 hours' WHERE id = $1`, [note.id]);
    await expect(casework.deleteNote(counsellor, client, note.id)).rejects.toMatchObject({ code: "forbidden" });
    await casework.deleteNote(owner, client, note.id);
    const fresh = await casework.createNote(counsellor, client, { body: "Typo" });
    await casework.deleteNote(counsellor, client, fresh.id);
    expect((await casework.listNotes(owner, client)).map((n) => n.id)).not.toContain(fresh.id);
    expect(await actions(owner, client)).toEqual(expect.arrayContaining(["note.update", "note.delete"]));
  });
});

describe("the action plan", () => {
  it("shows overdue items first, checks the owner, stamps completion, and is sealed", async () => {
    const later = await casework.createPlanItem(counsellor, client, { title: "Book the language test", ownerMembershipId: null, dueOn: "2099-01-01", status: "open" });
    const overdue = await casework.createPlanItem(counsellor, client, { title: "Send the credential documents", ownerMembershipId: counsellor.membershipId, dueOn: "2020-01-01", status: "open" });
    const plan = await casework.listPlan(counsellor, client);
    expect(plan[0]!.id).toBe(overdue.id);
    expect(plan[0]!.overdue).toBe(true);
    expect(plan[0]!.owner?.name).toBe("Sam Counsellor");
    expect(plan[1]!.id).toBe(later.id);
    expect(plan[1]!.owner).toBeNull();
    await expect(casework.createPlanItem(counsellor, client, { title: "x", ownerMembershipId: other.membershipId, dueOn: null, status: "open" })).rejects.toMatchObject({
      code: "invalid_input",
      field: "ownerMembershipId",
    });
    const done = await casework.updatePlanItem(counsellor, client, overdue.id, { status: "done" });
    expect(done.completedAt).not.toBeNull();
    expect(done.overdue).toBe(false);
    const [raw] = await sql<{ title: string }>(`SELECT title FROM action_item WHERE id = $1`, [later.id]);
    expect(raw!.title).not.toContain("language");
    await casework.deletePlanItem(counsellor, client, later.id);
    expect(await actions(owner, client)).toEqual(expect.arrayContaining(["plan.create", "plan.update", "plan.delete"]));
  });
});

describe("referrals", () => {
  it("are sealed, close with a date when completed, and refuse a closing date before the referral", async () => {
    const r = await casework.createReferral(counsellor, client, { kind: "language-training", partner: "Bridging to Nursing, Centennial", referredOn: "2026-02-01", status: "sent", result: null });
    expect(r.closedOn).toBeNull();
    const [raw] = await sql<{ partner: string }>(`SELECT partner FROM referral WHERE id = $1`, [r.id]);
    expect(raw!.partner).not.toContain("Nursing");
    await expect(casework.updateReferral(counsellor, client, r.id, { status: "completed", closedOn: "2026-01-01" })).rejects.toMatchObject({ field: "closedOn" });
    const closed = await casework.updateReferral(counsellor, client, r.id, { status: "completed", result: "Admitted to the fall cohort" });
    expect(closed.closedOn).toBe(new Date().toISOString().slice(0, 10));
    expect(closed.result).toBe("Admitted to the fall cohort");
    expect((await casework.listReferrals(supervisor, client))[0]!.partner).toBe("Bridging to Nursing, Centennial");
    expect(await actions(owner, client)).toEqual(expect.arrayContaining(["referral.create", "referral.update"]));
  });
});

describe("outcomes", () => {
  it("check the NOC code against the occupations, keep a language level inside the sealed detail, and are removable", async () => {
    await expect(
      casework.createOutcome(counsellor, client, { kind: "employed-alternative", occurredOn: "2026-05-01", nocCode: "99999", fieldRelation: "related", level: null, note: null }),
    ).rejects.toMatchObject({ code: "invalid_input", field: "nocCode" });
    const job = await casework.createOutcome(counsellor, client, { kind: "employed-alternative", occurredOn: "2026-05-01", nocCode: "32101", fieldRelation: "related", level: null, note: null });
    expect(job.noc).toEqual({ code: "32101", titleEn: "Licensed practical nurses", titleFr: "Infirmiers auxiliaires" });
    const clb = await casework.createOutcome(counsellor, client, { kind: "language-level-reached", occurredOn: "2026-03-01", nocCode: null, fieldRelation: null, level: { scale: "CLB", value: 8 }, note: "CELPIP" });
    const [raw] = await sql<{ detail: string }>(`SELECT detail FROM outcome WHERE id = $1`, [clb.id]);
    expect(raw!.detail).not.toContain("CLB");
    expect(JSON.parse(open(raw!.detail, "outcome.detail"))).toEqual({ note: "CELPIP", level: { scale: "CLB", value: 8 } });
    const listed = await casework.listOutcomes(counsellor, client);
    expect(listed.map((o) => o.kind)).toEqual(["employed-alternative", "language-level-reached"]);
    expect(listed[1]!.level).toEqual({ scale: "CLB", value: 8 });
    await casework.deleteOutcome(counsellor, client, clb.id);
    expect(await actions(owner, client)).toEqual(expect.arrayContaining(["outcome.create", "outcome.delete"]));
  });

  it("are refused for a client who has not agreed to their results being followed", async () => {
    const noFollowUp = (await clients.createClient(counsellor, { displayName: "No follow-up", consent: { scopes: ["record"], givenAt: "2026-01-01" } })).id;
    await expect(
      casework.createOutcome(counsellor, noFollowUp, { kind: "licensed", occurredOn: "2026-03-01", nocCode: null, fieldRelation: null, level: null, note: null }),
    ).rejects.toMatchObject({ code: "invalid_input", field: "consent" });
    expect(await sql(`SELECT id FROM outcome WHERE client_id = $1`, [noFollowUp])).toEqual([]);
  });
});

describe("every change", () => {
  it("touches the client's last activity in the same transaction", async () => {
    await sql(`UPDATE client SET last_activity_at = '2020-01-01' WHERE id = $1`, [client]);
    await casework.createNote(counsellor, client, { body: "Called" });
    const [row] = await sql<{ last_activity_at: Date }>(`SELECT last_activity_at FROM client WHERE id = $1`, [client]);
    expect(row!.last_activity_at.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("is refused to a supervisor, who still reads", async () => {
    await expect(casework.createNote(supervisor, client, { body: "x" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(casework.createPlanItem(supervisor, client, { title: "x", ownerMembershipId: null, dueOn: null, status: "open" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(casework.createReferral(supervisor, client, { kind: "mentor", partner: "x", referredOn: "2026-01-01", status: "proposed", result: null })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(casework.createOutcome(supervisor, client, { kind: "licensed", occurredOn: "2026-01-01", nocCode: null, fieldRelation: null, level: null, note: null })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect((await casework.listNotes(supervisor, client)).length).toBeGreaterThan(0);
    expect((await casework.timeline(supervisor, client)).length).toBeGreaterThan(0);
  });
});

describe("isolation between organizations", () => {
  it("another organization's client and rows are not found, for reading and changing", async () => {
    const note = (await casework.listNotes(owner, client))[0]!;
    const notFound = { code: "not_found" };
    await expect(casework.listNotes(other, client)).rejects.toMatchObject(notFound);
    await expect(casework.createNote(other, client, { body: "x" })).rejects.toMatchObject(notFound);
    await expect(casework.updateNote(other, otherClient, note.id, { body: "x" })).rejects.toMatchObject(notFound);
    await expect(casework.deleteNote(other, otherClient, note.id)).rejects.toMatchObject(notFound);
    await expect(casework.listPlan(other, client)).rejects.toMatchObject(notFound);
    await expect(casework.listReferrals(other, client)).rejects.toMatchObject(notFound);
    await expect(casework.listOutcomes(other, client)).rejects.toMatchObject(notFound);
    await expect(casework.timeline(other, client)).rejects.toMatchObject(notFound);
    const item = (await casework.listPlan(owner, client))[0]!;
    await expect(casework.updatePlanItem(other, otherClient, item.id, { status: "dropped" })).rejects.toMatchObject(notFound);
    await expect(casework.deletePlanItem(other, otherClient, item.id)).rejects.toMatchObject(notFound);
    const referral = (await casework.listReferrals(owner, client))[0]!;
    await expect(casework.updateReferral(other, otherClient, referral.id, { status: "cancelled" })).rejects.toMatchObject(notFound);
    const outcome = (await casework.listOutcomes(owner, client))[0]!;
    await expect(casework.deleteOutcome(other, otherClient, outcome.id)).rejects.toMatchObject(notFound);
    // Nothing changed, and B's work on its own client stays B's.
    expect((await casework.listPlan(owner, client)).find((i) => i.id === item.id)?.status).toBe(item.status);
    await casework.createNote(other, otherClient, { body: "B's own note" });
    expect((await casework.listNotes(owner, client)).some((n) => n.body === "B's own note")).toBe(false);
  });
});

describe("the timeline", () => {
  it("merges outcomes, referrals, notes, finished items and reports, newest first, and is recorded", async () => {
    await sql(
      `INSERT INTO match_report (id, organization_id, client_id, version, engine_version, data_version, input, results) VALUES ($1, $2, $3, 1, 'e1', 'd1', '{}', '[]')`,
      [randomUUID(), owner.org.id, client],
    );
    const entries = await casework.timeline(counsellor, client);
    const kinds = new Set(entries.map((e) => e.kind));
    for (const k of ["first-visit", "client-created", "outcome", "referral-made", "referral-closed", "note", "action-done", "report"]) expect(kinds, k).toContain(k);
    const dates = entries.map((e) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(await actions(owner, client)).toContain("timeline.read");
  });
});

describe("my work", () => {
  it("lists the member's overdue and soon-due items and referrals waiting for a result, across their clients", async () => {
    const soon = await casework.createPlanItem(counsellor, client, { title: "Call back", ownerMembershipId: null, dueOn: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10), status: "open" });
    await casework.createReferral(counsellor, client, { kind: "mentor", partner: "Mentor network", referredOn: "2026-03-01", status: "sent", result: null });
    const work = await casework.myWork(counsellor);
    expect(work.items.map((i) => i.id)).toContain(soon.id);
    expect(work.items.every((i) => i.clientName === "Amina R.")).toBe(true);
    expect(work.referrals.map((r) => r.partner)).toContain("Mentor network");
    expect((await casework.myWork(other)).items).toEqual([]);
  });
});

describe("indicators", () => {
  const range = { from: "2025-12-01", to: "2026-09-30" };
  const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    // Fifteen clients first seen on 2026-01-10: twelve nurses (active), three software engineers (intake).
    const nurses: string[] = [];
    for (let i = 0; i < 12; i++) nurses.push(await insertClient(owner.org.id, `Nurse ${i}`, "31301", "active", "2026-01-10"));
    const engineers: string[] = [];
    for (let i = 0; i < 3; i++) engineers.push(await insertClient(owner.org.id, `Engineer ${i}`, "21231", "intake", "2026-01-10"));
    const outcome = (id: string, kind: string, occurredOn: string, extra: Record<string, unknown> = {}) =>
      casework.createOutcome(owner, id, { kind, occurredOn, nocCode: null, fieldRelation: null, level: null, note: null, ...extra } as never);
    // Nurses 0-5: credentials assessed on days 10..60, then a job in their field on 2026-05-15.
    for (let i = 0; i < 6; i++) {
      await outcome(nurses[i]!, "credential-assessed", addDays("2026-01-10", 10 * (i + 1)));
      await outcome(nurses[i]!, "employed-alternative", "2026-05-15", { nocCode: "32101", fieldRelation: "same" });
    }
    // Nurses 6 and 7: survival jobs on day 31; nurse 6 then a related job.
    await outcome(nurses[6]!, "survival-job", "2026-02-10");
    await outcome(nurses[7]!, "survival-job", "2026-02-10");
    await outcome(nurses[6]!, "employed-alternative", "2026-08-01", { nocCode: "32101", fieldRelation: "related" });
    // Nurse 8: back in the profession on day 234.
    await outcome(nurses[8]!, "employed-in-profession", "2026-09-01");
    // Leaving is not a milestone.
    await outcome(engineers[0]!, "left-service", "2026-01-15");
    // Bridging programs: six nurses referred, five completed; two mentors; one referral before the range.
    for (let i = 0; i < 6; i++)
      await casework.createReferral(owner, nurses[i]!, {
        kind: "bridging-program",
        partner: "Bridge",
        referredOn: "2026-02-01",
        status: i < 5 ? "completed" : "sent",
        result: null,
        closedOn: i < 5 ? "2026-04-01" : null,
      });
    for (let i = 0; i < 2; i++) await casework.createReferral(owner, engineers[i]!, { kind: "mentor", partner: "Mentor", referredOn: "2026-03-01", status: "accepted", result: null });
    await casework.createReferral(owner, nurses[11]!, { kind: "employer", partner: "Hospital", referredOn: "2025-06-01", status: "completed", result: null, closedOn: "2025-07-01" });
    // A client who withdrew their agreement to follow-up after a job was recorded: counted in the caseload, never in results.
    const withdrawn = await insertClient(owner.org.id, "Withdrawn", "31301", "inactive", "2026-01-10", "{record}");
    await sql(`INSERT INTO outcome (id, organization_id, client_id, kind, occurred_on, field_relation) VALUES ($1, $2, $3, 'employed-in-profession', '2026-02-01', 'same')`, [randomUUID(), owner.org.id, withdrawn]);
  });

  it("match the figures worked out by hand, with small cells suppressed", async () => {
    const data = await indicators.indicators(owner, range);
    const cell = (value: number) => ({ value, state: "shown" });
    const small = { value: null, state: "small" };
    const hidden = { value: null, state: "hidden" };
    // Caseload: 12 active, 3 in intake, 1 inactive (fewer than five: suppressed; the other statuses are 0).
    expect(data.caseload.total).toEqual(cell(16));
    expect(Object.fromEntries(data.caseload.statuses.map((s) => [s.status, s.cell]))).toEqual({ intake: small, active: cell(12), "on-hold": small, inactive: small, discharged: small });
    // Professions: 13 nurses and 3 engineers: the 3 is small, and the 13 would give it away from the total, so it is hidden too.
    expect(data.professions.total).toEqual(cell(16));
    expect(data.professions.rows.map((r) => [r.code, r.cell])).toEqual([
      ["31301", hidden],
      ["21231", small],
    ]);
    // First milestones on days 10, 20, 30, 31, 31, 40, 50, 60, 234: nine of the fifteen who agreed to follow-up (the withdrawn client is left out).
    expect(data.milestone).toEqual({ cohort: cell(15), reached: cell(9), notYet: cell(6), days: { p25: 30, median: 31, p75: 50 } });
    // Most recent job at each quarter's end.
    expect(data.employment.map((q) => q.quarter)).toEqual(["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]);
    expect(data.employment[0]!.total).toEqual(small);
    expect(data.employment[1]!.total).toEqual(small);
    expect(data.employment[2]).toMatchObject({ asOf: "2026-06-30", cells: { field: cell(6), related: small, unrelated: small, survival: small }, total: cell(8), shares: { field: 75, survival: null } });
    expect(data.employment[3]).toMatchObject({ asOf: "2026-09-30", cells: { field: cell(7), related: small, unrelated: small, survival: small }, total: cell(9), shares: { field: 77.8 } });
    // Referrals: six clients to bridging programs, five completed: the one not completed is small, so the five is hidden.
    const bridging = data.referrals.find((r) => r.kind === "bridging-program")!;
    expect(bridging).toEqual({ kind: "bridging-program", made: cell(6), completed: hidden, notCompleted: small, rate: null });
    expect(data.referrals.find((r) => r.kind === "mentor")!.made).toEqual(small);
    expect(data.referrals.find((r) => r.kind === "employer")!.made).toEqual(small);
    expect(JSON.stringify(data)).not.toMatch(/"value":[0-4]\b/);
  });

  it("are recorded, exported as CSV with <5 and x, and refused to counsellors", async () => {
    const data = await indicators.indicators(owner, range, "indicators.export");
    const csv = indicators.indicatorsCsv(data, "en", (s) => s, (k) => k);
    expect(csv).toContain("caseload by status,2025-12-01/2026-09-30,active,,12");
    expect(csv).toContain("caseload by status,2025-12-01/2026-09-30,intake,,<5");
    expect(csv).toContain("referrals,2025-12-01/2026-09-30,bridging-program,completed,x");
    const trail = (await audit.listAudit(owner, { limit: 50 })).entries.map((e) => e.action);
    expect(trail).toEqual(expect.arrayContaining(["indicators.read", "indicators.export"]));
    expect((await indicators.indicators(supervisor, range)).caseload.total.value).toBe(16);
    await expect(indicators.indicators(counsellor, range)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("of one organization never count another's", async () => {
    const data = await indicators.indicators(other, range);
    expect(data.caseload.total.state).toBe("small");
    expect(data.referrals.every((r) => r.made.state === "small")).toBe(true);
  });
});
