import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/database";
import { open } from "@/lib/security/crypto";

/**
 * The second guard of the workspace, tested on the database itself
 * (PostgreSQL server or embedded): row-level security under the app role
 * shows a transaction only its organization's rows, whatever the query.
 */

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let orgs: typeof import("@/lib/workspace/organizations");
let clients: typeof import("@/lib/workspace/clients/service");
let tenant: typeof import("@/lib/workspace/tenant");
let shares: typeof import("@/lib/workspace/shares");
let audit: typeof import("@/lib/workspace/audit");
let erasure: typeof import("@/lib/workspace/erasure");
let dbModule: typeof import("@/lib/db");
type Ctx = import("@/lib/workspace/context").OrgContext;

const TENANT_TABLES = [
  "organization",
  "membership",
  "invitation",
  "client",
  "journey_share",
  "api_key",
  "audit_event",
  "match_report",
  "report_option",
  "report_share",
  "client_note",
  "action_item",
  "referral",
  "outcome",
  "erasure_request",
  "embed_settings",
];
/** Not forced for the owner: the list of organizations (jobs that work for each) and embed settings (public pages). The app role is filtered all the same. */
const OWNER_READS = ["organization", "embed_settings"];

let a: Ctx;
let b: Ctx;
let aClient: string;
let bClient: string;

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
  const row = await owner(async (c) =>
    (
      await c.query(
        `SELECT o.id, o.name, o.slug, m.id AS membership FROM organization o JOIN membership m ON m.organization_id = o.id JOIN "user" u ON u.id = m.user_id WHERE o.id = $1 AND u.email = $2`,
        [orgId, email],
      )
    ).rows[0],
  );
  const user = await owner(async (c) => (await c.query(`SELECT id FROM "user" WHERE email = $1`, [email])).rows[0]);
  return {
    org: { id: row.id, name: row.name, slug: row.slug },
    actor: { kind: "user", userId: user.id, label: email },
    role: "owner",
    membershipId: row.membership,
    request: { requestId: "test-request", route: "test" },
  };
}

const consent = { scopes: ["record" as const], givenAt: "2026-11-01" };

beforeAll(async () => {
  database = await createTestDatabase("parallel_it_workspace");
  process.env.DATABASE_URL = database.url;
  // The embedded database runs one session: one connection, as `npm start` does.
  if (process.env.TEST_DATABASE === "embedded") process.env.DATABASE_POOL_SIZE = "1";
  await owner(async (c) => {
    await c.query(`INSERT INTO noc_class (code, level, level_name, title_en, definition_en) VALUES ('31301', 5, 'Unit group', 'Registered nurses', 'Nurses.')`);
    await c.query(`INSERT INTO occupation (code, teer, title_en, title_fr, lead_statement_en) VALUES ('31301', 1, 'Registered nurses and registered psychiatric nurses', 'Infirmiers autorisés/infirmières autorisées', 'Nurses.')`);
  });
  orgs = await import("@/lib/workspace/organizations");
  clients = await import("@/lib/workspace/clients/service");
  tenant = await import("@/lib/workspace/tenant");
  shares = await import("@/lib/workspace/shares");
  audit = await import("@/lib/workspace/audit");
  erasure = await import("@/lib/workspace/erasure");
  dbModule = await import("@/lib/db");
  const first = await orgs.createOrganization({ name: "Centre Alpha", ownerEmail: "owner@alpha.example" });
  const second = await orgs.createOrganization({ name: "Bêta Services", ownerEmail: "owner@beta.example" });
  a = await contextOf(first.organization.id, "owner@alpha.example");
  b = await contextOf(second.organization.id, "owner@beta.example");
  aClient = (await clients.createClient(a, { displayName: "Amina R.", originCode: "31301", consent })).id;
  bClient = (await clients.createClient(b, { displayName: "Bao T.", consent })).id;
});

afterAll(async () => {
  await dbModule?.db().$disconnect();
  await database?.drop();
});

describe("the app's database role", () => {
  it("is neither superuser nor able to bypass row-level security, and every organization table with personal data forces it", async () => {
    const role = await owner(async (c) => (await c.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'parallel_app'`)).rows[0]);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const tables = await owner(async (c) =>
      (await c.query(`SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = ANY($1) ORDER BY relname`, [TENANT_TABLES])).rows,
    );
    expect(tables).toHaveLength(TENANT_TABLES.length);
    for (const t of tables) expect(t, t.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: !OWNER_READS.includes(t.relname) });
  });
});

describe("row-level security", () => {
  it("a transaction that sets no organization reads no row of any organization table", async () => {
    for (const table of TENANT_TABLES) {
      const [row] = await tenant.inTenant({}, (tx) => tx.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${table}`));
      expect(Number(row!.n), table).toBe(0);
    }
    // The rows are there: the owner sees them.
    expect(Number(await owner(async (c) => (await c.query("SELECT count(*) AS n FROM client")).rows[0].n))).toBe(2);
  });

  it("raw SQL without a where clause returns only the organization set", async () => {
    const seen = await tenant.withOrg(a.org.id, (tx) => tx.$queryRaw<{ id: string; organization_id: string }[]>`SELECT id, organization_id FROM client`);
    expect(seen.map((r) => r.id)).toEqual([aClient]);
    const trail = await tenant.withOrg(a.org.id, (tx) => tx.$queryRaw<{ organization_id: string }[]>`SELECT organization_id FROM audit_event`);
    expect(trail.length).toBeGreaterThan(0);
    expect(new Set(trail.map((r) => r.organization_id))).toEqual(new Set([a.org.id]));
  });

  it("refuses writing a row into another organization, and changes none of its rows", async () => {
    await expect(
      tenant.withOrg(a.org.id, (tx) =>
        tx.client.create({ data: { organizationId: b.org.id, displayName: "x", consentScopes: ["record"], consentGivenAt: new Date(), status: "intake" } }),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await tenant.withOrg(a.org.id, (tx) => tx.client.updateMany({ where: { id: bClient }, data: { displayName: "changed" } }));
    expect(updated.count).toBe(0);
    const deleted = await tenant.withOrg(a.org.id, (tx) => tx.$executeRaw`DELETE FROM client WHERE id = ${bClient}::uuid`);
    expect(deleted).toBe(0);
    expect(await owner(async (c) => (await c.query("SELECT display_name FROM client WHERE id = $1", [bClient])).rows[0].display_name)).toSatisfy((v: string) => open(v, "client.display_name") === "Bao T.");
  });

  it("a relation include cannot reach another organization's rows", async () => {
    const org = await tenant.withOrg(a.org.id, (tx) => tx.organization.findUnique({ where: { id: b.org.id }, include: { clients: true } }));
    expect(org).toBeNull();
  });

  it("a client cannot point at another organization's member (composite key)", async () => {
    await expect(clients.updateClient(a, aClient, { counsellorId: b.membershipId })).rejects.toMatchObject({ code: "invalid_input", field: "counsellorId" });
    await expect(
      tenant.withOrg(a.org.id, (tx) => tx.$executeRaw`UPDATE client SET counsellor_id = ${b.membershipId}::uuid WHERE id = ${aClient}::uuid`),
    ).rejects.toThrow(/foreign key/);
  });

  it("twenty interleaved transactions of two organizations each see only their own", async () => {
    const runs = Array.from({ length: 20 }, (_, i) => {
      const ctx = i % 2 ? b : a;
      return tenant.withOrg(ctx.org.id, async (tx) => {
        const rows = await tx.$queryRaw<{ organization_id: string }[]>`SELECT organization_id FROM client`;
        await new Promise((r) => setTimeout(r, 1));
        const again = await tx.$queryRaw<{ organization_id: string }[]>`SELECT organization_id FROM client`;
        return { expected: ctx.org.id, seen: [...rows, ...again].map((r) => r.organization_id) };
      });
    });
    for (const { expected, seen } of await Promise.all(runs)) {
      expect(seen.length).toBe(2);
      expect(seen.every((id) => id === expected)).toBe(true);
    }
  });

  it("after a transaction, the pooled connection keeps no organization", async () => {
    await tenant.withOrg(a.org.id, async () => undefined);
    const [row] = await dbModule.db().$queryRaw<{ org: string | null; role: string }[]>`SELECT NULLIF(current_setting('app.org_id', true), '') AS org, current_user AS role`;
    expect(row!.org).toBeNull();
    expect(row!.role).not.toBe("parallel_app");
  });
});

describe("the audit trail", () => {
  it("cannot be changed or deleted, not even by the tables' owner", async () => {
    await expect(owner((c) => c.query("UPDATE audit_event SET action = 'x'"))).rejects.toThrow(/audit trail cannot be changed/);
    await expect(owner((c) => c.query("DELETE FROM audit_event"))).rejects.toThrow(/audit trail cannot be changed/);
    await expect(tenant.withOrg(a.org.id, (tx) => tx.$executeRaw`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/permission denied|cannot be changed/);
  });

  it("is a hash chain per organization that the verification finds broken where a row was changed, removed or forged", async () => {
    const { verifyAuditChains } = await import("../../prisma/audit");
    const check = () => owner((c) => verifyAuditChains(c));
    const intact = await check();
    expect(intact.broken).toEqual([]);
    expect(intact.organizations).toBe(2);
    // The app's role cannot write rows itself: only through audit_append().
    await expect(
      tenant.withOrg(a.org.id, (tx) => tx.$executeRaw`INSERT INTO audit_event (organization_id, actor_label, action, subject_type, prev_hash, hash) VALUES (${a.org.id}::uuid, 'x', 'client.read', 'client', '', '')`),
    ).rejects.toThrow(/permission denied/);
    // Tampering needs the owner to switch the trigger off; the chain still shows it.
    const [target] = await owner(async (c) => (await c.query(`SELECT id::text FROM audit_event WHERE organization_id = $1 ORDER BY id LIMIT 1 OFFSET 1`, [a.org.id])).rows);
    await owner(async (c) => {
      await c.query("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
      await c.query(`UPDATE audit_event SET actor_label = 'someone else' WHERE id = $1`, [target.id]);
      await c.query("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
    });
    const changed = await check();
    expect(changed.broken).toEqual([expect.objectContaining({ organizationId: a.org.id, eventId: target.id, reason: expect.stringContaining("changed") })]);
    // A forged row in B's chain, with a made-up previous hash.
    const forged = await owner(async (c) =>
      (
        await c.query(`INSERT INTO audit_event (organization_id, actor_label, action, subject_type, prev_hash, hash) VALUES ($1, 'forger', 'client.read', 'client', 'abc', 'def') RETURNING id::text`, [b.org.id])
      ).rows[0].id,
    );
    const both = await check();
    expect(both.broken.map((x) => [x.organizationId, x.eventId])).toEqual(
      [[a.org.id, target.id], [b.org.id, forged]].sort((x, y) => (x[0]! < y[0]! ? -1 : 1)),
    );
    // Put things back for the tests that follow.
    await owner(async (c) => {
      await c.query("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
      await c.query(`UPDATE audit_event SET actor_label = 'owner@alpha.example' WHERE id = $1`, [target.id]);
      await c.query(`DELETE FROM audit_event WHERE id = $1`, [forged]);
      await c.query("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
    });
    expect((await check()).broken).toEqual([]);
  });

  it("is written in the same transaction: a refused change leaves neither the change nor an event", async () => {
    const before = (await audit.listAudit(a, { limit: 500 })).entries.length;
    await expect(clients.updateClient(a, aClient, { displayName: "Nouveau nom", originCode: "99999" })).rejects.toMatchObject({ field: "originCode" });
    expect((await audit.listAudit(a, { limit: 500 })).entries.length).toBe(before);
    expect((await clients.getClient(a, aClient)).displayName).toBe("Amina R.");
  });

  it("records reads, with who and which request", async () => {
    await clients.getClient(a, aClient);
    const [last] = (await audit.listAudit(a, { limit: 1 })).entries;
    expect(last).toMatchObject({ action: "client.read", subjectId: aClient, actor: "owner@alpha.example", requestId: "test-request" });
  });
});

describe("client files across organizations", () => {
  it("another organization's id is not found, for reading, changing, exporting, discharging and erasing", async () => {
    await expect(clients.getClient(a, bClient)).rejects.toMatchObject({ code: "not_found" });
    await expect(clients.updateClient(a, bClient, { status: "discharged" })).rejects.toMatchObject({ code: "not_found" });
    await expect(clients.exportClient(a, bClient)).rejects.toMatchObject({ code: "not_found" });
    await expect(erasure.dischargeClient(a, bClient)).rejects.toMatchObject({ code: "not_found" });
    await expect(erasure.requestErasure(a, bClient, { reason: "client-request" })).rejects.toMatchObject({ code: "not_found" });
    expect((await clients.listClients(a, { sort: "updated", page: 1, pageSize: 25 })).items.map((c) => c.id)).toEqual([aClient]);
  });

  it("a read-only supervisor reads but cannot change", async () => {
    const supervisor: Ctx = { ...a, role: "supervisor" };
    expect((await clients.getClient(supervisor, aClient)).id).toBe(aClient);
    await expect(clients.updateClient(supervisor, aClient, { status: "active" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(clients.exportClient(supervisor, aClient)).rejects.toMatchObject({ code: "forbidden" });
    await expect(audit.listAudit(supervisor, { limit: 5 })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("exports a file with its audit trail", async () => {
    const created = await clients.createClient(a, { displayName: "Zofia Kowalska", contact: "zofia@example.org", consent });
    const exported = await clients.exportClient(a, created.id);
    expect(exported.client.displayName).toBe("Zofia Kowalska");
    expect(exported.auditTrail.map((e) => e.action)).toEqual(["client.create", "client.export"]);
  });
});

describe("membership", () => {
  it("a removed member loses the organization on the next lookup", async () => {
    const url = await orgs.inviteMember(a, { email: "counsellor@alpha.example", role: "counsellor" }, "http://localhost:3000", "en");
    const token = url.split("/").pop()!;
    const user = await owner(async (c) => (await c.query(`SELECT id, email FROM "user" WHERE email = 'counsellor@alpha.example'`)).rows[0]);
    // The invitation is for its address only.
    await expect(orgs.acceptInvitation(token, { id: b.actor.kind === "user" ? b.actor.userId : "", email: "owner@beta.example" }, "r")).rejects.toMatchObject({ field: "email" });
    expect(await orgs.acceptInvitation(token, user, "r")).toBe(a.org.slug);
    await expect(orgs.acceptInvitation(token, user, "r")).rejects.toMatchObject({ code: "not_found" });
    const membership = await orgs.membershipBySlug(user.id, a.org.slug);
    expect(membership?.role).toBe("counsellor");
    expect(await orgs.membershipBySlug(user.id, b.org.slug)).toBeNull();
    await orgs.removeMember(a, membership!.membershipId);
    expect(await orgs.membershipBySlug(user.id, a.org.slug)).toBeNull();
    expect(await orgs.myOrganizations(user.id)).toEqual([]);
  });

  it("keeps at least one owner", async () => {
    await expect(orgs.removeMember(a, a.membershipId!)).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("journey shares", () => {
  it("the holder shares with one organization by its code, which alone sees it, and can withdraw", async () => {
    const { createJourney } = await import("@/lib/journeys/store");
    const { token } = await createJourney({
      kind: "pre-arrival",
      locale: "en",
      step: "results",
      answers: {
        profession: { occupation: "31301", occupationTitle: "Nurse", country: "Philippines", yearsPractised: 6, lastPractised: 2025 },
        plans: { provinces: ["ON"], arrivalMonth: 3, arrivalYear: 2027, test: "ielts", listening: 7, reading: 6.5, writing: 6.5, speaking: 7 },
      },
    });
    const code = await orgs.organizationShareCode(a);
    await expect(shares.shareJourney(token, code, false, "en")).rejects.toMatchObject({ field: "consent" });
    await expect(shares.shareJourney(token, "ZZZZ-ZZZZ", true, "en")).rejects.toMatchObject({ field: "code" });
    expect(await shares.shareJourney(token, code.toLowerCase().replace("-", " "), true, "en")).toBe("Centre Alpha");
    const incoming = await shares.incomingShares(a);
    expect(incoming).toHaveLength(1);
    expect(incoming[0]).toMatchObject({ occupation: { code: "31301" }, country: "Philippines", provinces: ["ON"] });
    expect(await shares.incomingShares(b)).toEqual([]);
    const imported = await shares.importShare(a, incoming[0]!.id, "Maria S.");
    expect(imported).toMatchObject({ displayName: "Maria S.", origin: { code: "31301" }, countryOfTraining: "Philippines", provinces: ["ON"], arrivalDate: "2027-03-01" });
    expect(imported.clbEnglish).toBeGreaterThanOrEqual(7);
    await expect(shares.importShare(b, incoming[0]!.id, "x")).rejects.toMatchObject({ code: "not_found" });
    const mine = await shares.sharesOfJourney(token);
    expect(mine).toMatchObject([{ organization: "Centre Alpha", imported: true }]);
    expect(await shares.withdrawShare(token, mine[0]!.id)).toBe(true);
    expect(await shares.incomingShares(a)).toEqual([]);
    // The file already opened stays the organization's record.
    expect((await clients.getClient(a, imported.id)).displayName).toBe("Maria S.");
  });
});
