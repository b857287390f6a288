import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/database";
import { verifyAuditChains } from "../../prisma/audit";

/**
 * The retention job (lib/workspace/retention.ts): inactive and discharged
 * files past their organization's period are erased with everything
 * attached, one audit event each with counts only under the actor
 * "retention"; active and recent files stay; a dry run changes nothing;
 * old sign-in records and expired tokens, invitations and journeys go too.
 * The period is changed by owners and administrators only, within 6..120.
 */

type Ctx = import("@/lib/workspace/context").OrgContext;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let retention: typeof import("@/lib/workspace/retention");
let a: Ctx;
let b: Ctx;
const ids: Record<string, string> = {};
const consent = { scopes: ["record" as const], givenAt: "2026-11-01" };
const NOW = new Date("2026-12-01T12:00:00Z");

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = [], org?: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query("BEGIN");
    if (org) await client.query(`SELECT set_config('app.org_id', $1, true)`, [org]);
    const rows = (await client.query<T>(text, values)).rows;
    await client.query("COMMIT");
    return rows;
  } finally {
    await client.end();
  }
}

async function contextOf(orgId: string, email: string, role: Ctx["role"] = "owner"): Promise<Ctx> {
  const [row] = await sql<{ id: string; name: string; slug: string; membership: string; user_id: string }>(
    `SELECT o.id, o.name, o.slug, m.id AS membership, u.id AS user_id FROM organization o JOIN membership m ON m.organization_id = o.id JOIN "user" u ON u.id = m.user_id WHERE o.id = $1 AND u.email = $2`,
    [orgId, email],
    orgId,
  );
  return {
    org: { id: row!.id, name: row!.name, slug: row!.slug },
    actor: { kind: "user", userId: row!.user_id, label: email },
    role,
    membershipId: row!.membership,
    request: { requestId: "test-request", route: "test" },
  };
}

/** A file with a status and a last activity `months` before NOW. */
async function file(ctx: Ctx, key: string, status: string, months: number): Promise<void> {
  const clients = await import("@/lib/workspace/clients/service");
  const { id } = await clients.createClient(ctx, { displayName: `Person ${key}`, consent });
  ids[key] = id;
  await sql(`UPDATE client SET status = $2, last_activity_at = ($3::timestamptz - make_interval(months => $4)) WHERE id = $1`, [id, status, NOW.toISOString(), months], ctx.org.id);
}

const clientCount = async () => Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM client`))[0]!.n);
const auditCount = async () => Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM audit_event`))[0]!.n);

beforeAll(async () => {
  database = await createTestDatabase("parallel_it_retention");
  process.env.DATABASE_URL = database.url;
  if (process.env.TEST_DATABASE === "embedded") process.env.DATABASE_POOL_SIZE = "1";
  const orgs = await import("@/lib/workspace/organizations");
  retention = await import("@/lib/workspace/retention");
  const first = await orgs.createOrganization({ name: "Centre Alpha", ownerEmail: "owner@alpha.example" });
  const second = await orgs.createOrganization({ name: "Bêta Services", ownerEmail: "owner@beta.example" });
  a = await contextOf(first.organization.id, "owner@alpha.example");
  b = await contextOf(second.organization.id, "owner@beta.example");
  await sql(`UPDATE organization SET retention_months = 6 WHERE id = $1`, [b.org.id], b.org.id);
  await file(a, "a-old-discharged", "discharged", 40);
  await file(a, "a-recent-inactive", "inactive", 30);
  await file(a, "a-old-active", "active", 50);
  await file(a, "a-old-on-hold", "on-hold", 50);
  await file(b, "b-old-inactive", "inactive", 7);
  await file(b, "b-recent-discharged", "discharged", 5);
  // Work attached to the file that goes: two notes and an action, which must go with it.
  for (const body of ["n1", "n2"])
    await sql(`INSERT INTO client_note (id, organization_id, client_id, body, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, now())`, [a.org.id, ids["a-old-discharged"], body], a.org.id);
  // Sign-in records, tokens, invitations and journeys, some past their time.
  await sql(`INSERT INTO sign_in_event (at, method, outcome) VALUES ($1::timestamptz - interval '13 months', 'email', 'success'), ($1::timestamptz - interval '11 months', 'email', 'success')`, [NOW.toISOString()]);
  await sql(`INSERT INTO verification_token (identifier, token, expires) VALUES ('x@alpha.example', 'old', $1::timestamptz - interval '1 hour'), ('x@alpha.example', 'new', $1::timestamptz + interval '1 hour')`, [NOW.toISOString()]);
  await sql(
    `INSERT INTO invitation (id, organization_id, email, role, token_hash, expires_at) VALUES (gen_random_uuid(), $1, 'late@alpha.example', 'counsellor', 'h1', $2::timestamptz - interval '1 day'), (gen_random_uuid(), $1, 'soon@alpha.example', 'counsellor', 'h2', $2::timestamptz + interval '1 day')`,
    [a.org.id, NOW.toISOString()],
    a.org.id,
  );
  await sql(`INSERT INTO saved_journey (id, token_hash, kind, locale, step, answers, updated_at, expires_at) VALUES (gen_random_uuid(), 'j1', 'pre-arrival', 'en', 'profession', '{}', now(), $1::timestamptz - interval '1 day')`, [NOW.toISOString()]);
});

afterAll(async () => {
  await database?.drop();
});

describe("retention job", () => {
  it("a dry run lists what would go and changes nothing", async () => {
    const [clientsBefore, auditBefore] = [await clientCount(), await auditCount()];
    const report = await retention.runRetention(NOW, { dryRun: true });
    expect(report.dryRun).toBe(true);
    const byOrg = Object.fromEntries(report.organizations.map((o) => [o.organization.id, o]));
    expect(byOrg[a.org.id]!.files.map((f) => f.clientId)).toEqual([ids["a-old-discharged"]]);
    expect(byOrg[b.org.id]!.files.map((f) => f.clientId)).toEqual([ids["b-old-inactive"]]);
    expect(byOrg[a.org.id]!.invitations).toBe(1);
    expect(report).toMatchObject({ signInEvents: 1, verificationTokens: 1, savedJourneys: 1 });
    expect(retention.describeRetention(report)).toMatch(/^Retention \(dry run\): would erase 2 client file\(s\)/);
    expect(await clientCount()).toBe(clientsBefore);
    expect(await auditCount()).toBe(auditBefore);
    expect((await sql(`SELECT 1 FROM sign_in_event`)).length).toBe(2);
    expect((await sql(`SELECT 1 FROM invitation`, [], a.org.id)).length).toBe(2);
  });

  it("erases files past the period with their work, audits counts only, and keeps the rest", async () => {
    const report = await retention.runRetention(NOW);
    const erased = report.organizations.flatMap((o) => o.files);
    expect(erased.map((f) => f.clientId).sort()).toEqual([ids["a-old-discharged"], ids["b-old-inactive"]].sort());
    expect(erased.find((f) => f.clientId === ids["a-old-discharged"])!.counts).toMatchObject({ clients: 1, notes: 2 });
    const left = await sql<{ id: string }>(`SELECT id FROM client WHERE organization_id = $1`, [a.org.id], a.org.id);
    expect(left.map((r) => r.id).sort()).toEqual([ids["a-recent-inactive"], ids["a-old-active"], ids["a-old-on-hold"]].sort());
    expect((await sql<{ id: string }>(`SELECT id FROM client WHERE organization_id = $1`, [b.org.id], b.org.id)).map((r) => r.id)).toEqual([ids["b-recent-discharged"]]);
    expect(await sql(`SELECT 1 FROM client_note`, [], a.org.id)).toEqual([]);

    const events = await sql<{ organization_id: string; actor_user_id: string | null; actor_label: string; subject_id: string; detail: Record<string, unknown> }>(
      `SELECT organization_id, actor_user_id, actor_label, subject_id, detail FROM audit_event WHERE action = 'retention.erase' ORDER BY id`,
    );
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e.actor_label).toBe("retention");
      expect(e.actor_user_id).toBeNull();
      expect(JSON.stringify(e.detail)).not.toMatch(/Person/);
    }
    const ofA = events.find((e) => e.organization_id === a.org.id)!;
    expect(ofA.subject_id).toBe(ids["a-old-discharged"]);
    expect(ofA.detail).toEqual({ retentionMonths: 36, counts: expect.objectContaining({ clients: 1, notes: 2, reports: 0 }) });
    expect(events.find((e) => e.organization_id === b.org.id)!.detail).toMatchObject({ retentionMonths: 6 });

    // The rest of the sweep.
    expect(report).toMatchObject({ signInEvents: 1, verificationTokens: 1, savedJourneys: 1 });
    expect((await sql<{ token: string }>(`SELECT token FROM verification_token`)).map((r) => r.token)).toEqual(["new"]);
    expect((await sql<{ email: string }>(`SELECT email FROM invitation`, [], a.org.id)).map((r) => r.email)).toEqual(["soon@alpha.example"]);
    expect((await sql(`SELECT 1 FROM sign_in_event`)).length).toBe(1);

    const chains = new pg.Client({ connectionString: database.url });
    await chains.connect();
    expect((await verifyAuditChains(chains)).broken).toEqual([]);
    await chains.end();

    // A second run has nothing left to do.
    const again = await retention.runRetention(NOW);
    expect(again.organizations.flatMap((o) => o.files)).toEqual([]);
  });

  it("keeps an old file worked on recently", async () => {
    await file(a, "a-touched", "inactive", 40);
    await sql(`UPDATE client SET last_activity_at = now() WHERE id = $1`, [ids["a-touched"]], a.org.id);
    const report = await retention.runRetention(NOW);
    expect(report.organizations.flatMap((o) => o.files)).toEqual([]);
    expect((await sql(`SELECT 1 FROM client WHERE id = $1`, [ids["a-touched"]], a.org.id)).length).toBe(1);
  });
});

describe("retention settings", () => {
  it("owners and administrators change the period within 6..120, audited; others may not", async () => {
    expect(await retention.getRetentionSettings(a)).toEqual({ retentionMonths: 36 });
    expect(await retention.updateRetentionSettings(a, { retentionMonths: "24" })).toEqual({ retentionMonths: 24 });
    expect(await retention.updateRetentionSettings({ ...a, role: "admin" }, { retentionMonths: 120 })).toEqual({ retentionMonths: 120 });
    await expect(retention.updateRetentionSettings(a, { retentionMonths: 5 })).rejects.toThrow();
    await expect(retention.updateRetentionSettings(a, { retentionMonths: 121 })).rejects.toThrow();
    await expect(retention.updateRetentionSettings(a, { retentionMonths: "12.5" })).rejects.toThrow();
    await expect(retention.updateRetentionSettings({ ...a, role: "counsellor" }, { retentionMonths: 12 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(retention.getRetentionSettings({ ...a, role: "supervisor" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await retention.getRetentionSettings(a)).toEqual({ retentionMonths: 120 });
    const events = await sql<{ detail: unknown }>(`SELECT detail FROM audit_event WHERE action = 'organization.settings' AND organization_id = $1 ORDER BY id`, [a.org.id], a.org.id);
    expect(events.map((e) => e.detail)).toEqual([
      { field: "retentionMonths", from: 36, to: 24 },
      { field: "retentionMonths", from: 24, to: 120 },
    ]);
  });
});
