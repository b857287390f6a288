import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed";
import { createTestDatabase } from "../support/database";

/**
 * Match reports on the real database: versions kept as they were, decisions
 * sealed at rest, client links that open one report only while valid, and
 * nothing readable or writable from another organization.
 */

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let orgs: typeof import("@/lib/workspace/organizations");
let clients: typeof import("@/lib/workspace/clients/service");
let reports: typeof import("@/lib/workspace/reports/service");
let tenant: typeof import("@/lib/workspace/tenant");
let dbModule: typeof import("@/lib/db");
type Ctx = import("@/lib/workspace/context").OrgContext;
type ReportView = import("@/lib/workspace/reports/service").ReportView;

let a: Ctx;
let b: Ctx;
let aClient: string;
let bClient: string;
let first: ReportView;
let second: ReportView;

async function owner<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function contextOf(orgId: string, email: string): Promise<Ctx> {
  const row = await owner(
    async (c) =>
      (
        await c.query(
          `SELECT o.id, o.name, o.slug, m.id AS membership, u.id AS "user" FROM organization o JOIN membership m ON m.organization_id = o.id JOIN "user" u ON u.id = m.user_id WHERE o.id = $1 AND u.email = $2`,
          [orgId, email],
        )
      ).rows[0],
  );
  return {
    org: { id: row.id, name: row.name, slug: row.slug },
    actor: { kind: "user", userId: row.user, label: email },
    role: "owner",
    membershipId: row.membership,
    request: { requestId: "test-request", route: "test" },
  };
}

const consent = { scopes: ["record" as const, "match" as const], givenAt: "2026-11-01" };
const SITE = "http://localhost:3200";
const tokenOf = (url: string) => url.split("/").pop()!;

beforeAll(async () => {
  database = await createTestDatabase("parallel_it_reports");
  await seed(database.url);
  process.env.DATABASE_URL = database.url;
  if (process.env.TEST_DATABASE === "embedded") process.env.DATABASE_POOL_SIZE = "1";
  orgs = await import("@/lib/workspace/organizations");
  clients = await import("@/lib/workspace/clients/service");
  reports = await import("@/lib/workspace/reports/service");
  tenant = await import("@/lib/workspace/tenant");
  dbModule = await import("@/lib/db");
  const alpha = await orgs.createOrganization({ name: "Centre d’accueil Étoile", ownerEmail: "owner@alpha.example" });
  const beta = await orgs.createOrganization({ name: "Beta Services", ownerEmail: "owner@beta.example" });
  a = await contextOf(alpha.organization.id, "owner@alpha.example");
  b = await contextOf(beta.organization.id, "owner@beta.example");
  aClient = (await clients.createClient(a, { displayName: "Amina Secret-Name", originCode: "31301", provinces: ["ON"], clbEnglish: 6, consent })).id;
  bClient = (await clients.createClient(b, { displayName: "Bao T.", originCode: "21231", consent })).id;
});

afterAll(async () => {
  await dbModule?.db().$disconnect();
  await database?.drop();
});

describe("running a report", () => {
  it("saves version 1 with the input (file values filled in), the engine and data versions and the ranked results", async () => {
    first = await reports.runReport(a, aClient, { choices: { care: "more", computers: "less" }, constraints: { acceptRegulated: true, retrainingMonths: 24 } });
    expect(first.version).toBe(1);
    expect(first.engineVersion).toMatch(/\S/);
    expect(first.dataVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(first.input.answers).toMatchObject({ origin: "31301", provinces: ["ON"], languageClb: 6, choices: { care: "more", computers: "less" } });
    expect(first.input.profile.constraints).toMatchObject({ provinces: ["ON"], languageClb: 6, retrainingMonths: 24 });
    expect(Object.keys(first.input.profile.adjustments).length).toBeGreaterThan(0);
    expect(first.results.options.length).toBeGreaterThan(3);
    expect(first.results.options.map((o) => o.rank)).toEqual(first.results.options.map((_, i) => i + 1));
    for (const o of first.results.options) {
      expect(o.code).toMatch(/^\d{5}$/);
      expect(o.explanation.fr.length).toBeGreaterThan(0);
      expect(Array.isArray(o.gaps)).toBe(true);
    }
    expect(first.results.sources.some((s) => s.title.includes("OaSIS"))).toBe(true);
    expect(first.diff).toBeNull();
    const audit = await owner(async (c) => (await c.query(`SELECT action, subject_id FROM audit_event WHERE organization_id = $1 AND action = 'report.create'`, [a.org.id])).rows);
    expect(audit).toEqual([{ action: "report.create", subject_id: first.id }]);
  });

  it("never recomputes: after the client file changes, version 1 reads exactly as it was saved", async () => {
    await clients.updateClient(a, aClient, { clbEnglish: 9, provinces: ["ON", "QC"] });
    const again = await reports.getReport(a, aClient, first.id);
    expect(again.results).toEqual(first.results);
    expect(again.input).toEqual(first.input);
    expect(again.version).toBe(1);
  });

  it("running again makes version 2, with the differences since version 1", async () => {
    second = await reports.runReport(a, aClient, { choices: { care: "more", computers: "less" }, constraints: { acceptRegulated: true, retrainingMonths: 24 } });
    expect(second.version).toBe(2);
    expect(second.input.answers).toMatchObject({ provinces: ["ON", "QC"], languageClb: 9 });
    expect(second.previous).toEqual({ id: first.id, version: 1 });
    expect(second.diff).not.toBeNull();
    expect(second.diff!.answers).toEqual(["languageClb", "provinces"]);
    expect(second.diff!.fromVersion).toBe(1);
    expect(second.diff!.appeared.length + second.diff!.moved.length + second.diff!.unchanged).toBe(second.results.options.length);
    const list = await reports.listReports(a, aClient);
    expect(list.map((r) => r.version)).toEqual([2, 1]);
    // The client's export (right of access) carries its reports' events too.
    const exported = await clients.exportClient(a, aClient);
    expect(exported.auditTrail.filter((e) => e.action === "report.create")).toHaveLength(2);
  });

  it("refuses a client who has not agreed to matching, and an unknown profession, without writing anything", async () => {
    const noMatch = (await clients.createClient(a, { displayName: "No consent", originCode: "31301", consent: { scopes: ["record"], givenAt: "2026-11-01" } })).id;
    await expect(reports.runReport(a, noMatch, { choices: {}, constraints: { acceptRegulated: true } })).rejects.toMatchObject({ code: "invalid_input", field: "consent" });
    await expect(reports.runReport(a, aClient, { origin: "99999", choices: {}, constraints: { acceptRegulated: true } })).rejects.toMatchObject({ code: "invalid_input", field: "origin" });
    const count = await owner(async (c) => Number((await c.query(`SELECT count(*) FROM match_report WHERE organization_id = $1`, [a.org.id])).rows[0].count));
    expect(count).toBe(2);
  });

  it("a read-only supervisor cannot run a report", async () => {
    await expect(reports.runReport({ ...a, role: "supervisor" }, aClient, { choices: {}, constraints: { acceptRegulated: true } })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("decisions", () => {
  it("keeps the reason and the note sealed in the database", async () => {
    const code = first.results.options[0]!.code;
    const decided = await reports.decideOption(a, aClient, first.id, code, { decision: "shortlisted", reason: "Aime le contact humain — très motivée", note: "Rappeler l’employeur" });
    expect(decided).toMatchObject({ decision: "shortlisted", reason: "Aime le contact humain — très motivée", note: "Rappeler l’employeur" });
    const raw = await owner(async (c) => (await c.query(`SELECT decision, reason, note FROM report_option WHERE report_id = $1`, [first.id])).rows);
    expect(raw).toHaveLength(1);
    expect(raw[0].decision).toBe("shortlisted");
    expect(raw[0].reason).not.toContain("contact");
    expect(raw[0].note).not.toContain("employeur");
    const view = await reports.getReport(a, aClient, first.id);
    expect(view.decisions[code]).toMatchObject({ decision: "shortlisted", reason: "Aime le contact humain — très motivée" });
  });

  it("shows version 1's decisions on version 2 as hints, without copying them", async () => {
    const code = first.results.options[0]!.code;
    const view = await reports.getReport(a, aClient, second.id);
    expect(view.decisions).toEqual({});
    expect(view.carried[code]).toMatchObject({ decision: "shortlisted", version: 1, reason: "Aime le contact humain — très motivée" });
  });

  it("refuses an option that is not in the report", async () => {
    await expect(reports.decideOption(a, aClient, first.id, "00010", { decision: "set-aside" })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("client links", () => {
  it("opens the report read-only, with the organization's name and never the client's, and records the view", async () => {
    const { url, share } = await reports.shareReport(a, aClient, first.id, { locale: "fr", expiresInDays: 7 }, SITE);
    expect(url).toMatch(/^http:\/\/localhost:3200\/fr\/reports\/shared\/[A-Za-z0-9_-]{43}$/);
    expect(share.state).toBe("active");
    const stored = await owner(async (c) => (await c.query(`SELECT token_hash FROM report_share WHERE id = $1`, [share.id])).rows[0].token_hash);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(url).not.toContain(stored);
    const seen = await reports.viewSharedReport(tokenOf(url), "page /fr/reports/shared");
    expect(seen?.state).toBe("ok");
    if (seen?.state !== "ok") throw new Error("not ok");
    expect(seen.organization).toBe("Centre d’accueil Étoile");
    expect(seen.locale).toBe("fr");
    expect(seen.report.version).toBe(1);
    expect(seen.decisions[first.results.options[0]!.code]).toEqual({ decision: "shortlisted", reason: "Aime le contact humain — très motivée" });
    expect(JSON.stringify(seen)).not.toContain("Secret-Name");
    expect(JSON.stringify(seen)).not.toContain("Rappeler");
    const events = await owner(async (c) => (await c.query(`SELECT actor_label, actor_user_id FROM audit_event WHERE organization_id = $1 AND action = 'report.view'`, [a.org.id])).rows);
    expect(events).toEqual([{ actor_label: "client link", actor_user_id: null }]);
    const viewed = await owner(async (c) => (await c.query(`SELECT last_viewed_at FROM report_share WHERE id = $1`, [share.id])).rows[0].last_viewed_at);
    expect(viewed).not.toBeNull();
  });

  it("shows that link's report and nothing else: no other report, no client, no other organization", async () => {
    const { url } = await reports.shareReport(a, aClient, first.id, { locale: "en", expiresInDays: 1 }, SITE);
    const hash = (await import("@/lib/journeys/token")).hashToken(tokenOf(url));
    const seen = await tenant.inTenant({ reportToken: hash }, async (tx) => ({
      reports: (await tx.matchReport.findMany({ select: { id: true } })).map((r) => r.id),
      other: await tx.matchReport.findFirst({ where: { id: second.id } }),
      clients: await tx.client.count(),
      organizations: (await tx.organization.findMany({ select: { name: true } })).map((o) => o.name),
      options: await tx.reportOption.count({ where: { reportId: second.id } }),
    }));
    expect(seen).toEqual({ reports: [first.id], other: null, clients: 0, organizations: ["Centre d’accueil Étoile"], options: 0 });
  });

  it("says when a link expired or was revoked, and knows nothing of an unknown token", async () => {
    const expiring = await reports.shareReport(a, aClient, first.id, { locale: "en", expiresInDays: 1 }, SITE);
    await owner((c) => c.query(`UPDATE report_share SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expiring.share.id]));
    expect(await reports.viewSharedReport(tokenOf(expiring.url), "test")).toEqual({ state: "expired" });

    const revoking = await reports.shareReport(a, aClient, first.id, { locale: "en", expiresInDays: 30 }, SITE);
    expect((await reports.viewSharedReport(tokenOf(revoking.url), "test"))?.state).toBe("ok");
    const revoked = await reports.revokeShare(a, aClient, first.id, revoking.share.id);
    expect(revoked.state).toBe("revoked");
    expect(await reports.viewSharedReport(tokenOf(revoking.url), "test")).toEqual({ state: "revoked" });

    expect(await reports.viewSharedReport("A".repeat(43), "test")).toBeNull();
    expect(await reports.viewSharedReport("not a token", "test")).toBeNull();
    const view = await reports.getReport(a, aClient, first.id);
    expect(view.shares.map((s) => s.state).sort()).toEqual(["active", "active", "expired", "revoked"]);
  });
});

describe("isolation between organizations", () => {
  it("another organization can neither list, read, decide, share, revoke nor download", async () => {
    const shareId = (await reports.getReport(a, aClient, first.id)).shares.find((s) => s.state === "active")!.id;
    const code = first.results.options[1]!.code;
    await expect(reports.listReports(b, aClient)).rejects.toMatchObject({ code: "not_found" });
    await expect(reports.getReport(b, aClient, first.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(reports.getReport(b, bClient, first.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(reports.decideOption(b, aClient, first.id, code, { decision: "set-aside", reason: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(reports.shareReport(b, aClient, first.id, { locale: "en", expiresInDays: 5 }, SITE)).rejects.toMatchObject({ code: "not_found" });
    await expect(reports.revokeShare(b, aClient, first.id, shareId)).rejects.toMatchObject({ code: "not_found" });
    await expect(reports.reportDocument(b, aClient, first.id, "en")).rejects.toMatchObject({ code: "not_found" });
    await expect(reports.runReport(b, aClient, { choices: {}, constraints: { acceptRegulated: true } })).rejects.toMatchObject({ code: "not_found" });
    // Nothing changed in A's rows.
    const raw = await owner(async (c) => (await c.query(`SELECT count(*)::int AS n FROM report_option WHERE report_id = $1`, [first.id])).rows[0].n);
    expect(raw).toBe(1);
    const revokedCount = await owner(async (c) => (await c.query(`SELECT count(*)::int AS n FROM report_share WHERE id = $1 AND revoked_at IS NOT NULL`, [shareId])).rows[0].n);
    expect(revokedCount).toBe(0);
    // A's report within B's transaction is simply not there.
    const seen = await tenant.withOrg(b.org.id, (tx) => tx.matchReport.count());
    expect(seen).toBe(0);
  });
});

describe("the PDF", () => {
  it("holds the organization, the client's name or pseudonym, the versions, the options and the decisions, in French with its accents and apostrophes, with embedded fonts and page numbers", async () => {
    const { renderReportPdf } = await import("@/lib/workspace/reports/pdf");
    const { pdfText, normalised } = await import("../support/pdf-text");
    const data = await reports.reportDocument(a, aClient, first.id, "fr");
    const started = performance.now();
    const bytes = await renderReportPdf(data);
    const ms = performance.now() - started;
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    // The fonts travel inside the file.
    expect(bytes.toString("latin1")).toMatch(/FontFile2/);
    expect(bytes.toString("latin1")).toMatch(/DejaVuSans/);
    const { pages, text } = await pdfText(bytes);
    const flat = normalised(text);
    expect(flat).toContain("Centre d’accueil Étoile");
    expect(flat).toContain("Amina Secret-Name");
    expect(flat).toContain("Rapport d’options de carrière");
    expect(flat).toContain(data.report.engineVersion);
    expect(flat).toContain(data.report.dataVersion);
    expect(flat).toContain("Aime le contact humain — très motivée");
    expect(flat).toContain("Retenue");
    expect(flat).toContain(`CNP ${first.results.options[0]!.code}`);
    expect(flat).toContain(normalised(first.results.options[0]!.titleFr));
    expect(flat).toContain("Feuille de route");
    expect(flat).toContain("OaSIS");
    expect(flat).toMatch(/é/);
    expect(flat).toMatch(/’/);
    expect(flat).toContain(`Page 1 sur ${pages.length}`);
    expect(normalised(pages.at(-1)!)).toContain(`Page ${pages.length} sur ${pages.length}`);
    const audit = await owner(async (c) => (await c.query(`SELECT count(*)::int AS n FROM audit_event WHERE organization_id = $1 AND action = 'report.pdf'`, [a.org.id])).rows[0].n);
    expect(audit).toBe(1);
    console.log(`report PDF: ${pages.length} pages, ${bytes.length} bytes, ${ms.toFixed(0)} ms (first render, fonts loaded)`);
  });

  it("in English too", async () => {
    const { renderReportPdf } = await import("@/lib/workspace/reports/pdf");
    const { pdfText, normalised } = await import("../support/pdf-text");
    const data = await reports.reportDocument(a, aClient, first.id, "en");
    const flat = normalised((await pdfText(await renderReportPdf(data))).text);
    expect(flat).toContain("Career options report");
    expect(flat).toContain("Shortlisted");
    expect(flat).toContain(`NOC ${first.results.options[0]!.code}`);
    expect(flat).toMatch(/Page 1 of \d+/);
  });
});
