import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/database";
import { keyRingFrom, newDataKey, open, resetKeyRing } from "@/lib/security/crypto";
import { SEALED_COLUMNS } from "@/lib/security/sealed-columns";
import { resealAll, rotateTo, verifySealed } from "@/lib/security/rotation";
import { verifyAuditChains } from "../../prisma/audit";

/**
 * Client data at rest, on the database itself (PostgreSQL server or
 * embedded): personal fields are sealed, found by a blind index, re-sealed
 * by a key rotation; erasure needs two different people, and leaves counts.
 * The key comes from DATA_KEY here (this process only), so rotating it
 * touches no other test.
 */

const firstKey = newDataKey();
process.env.DATA_KEY = firstKey;
delete process.env.DATA_KEY_PREVIOUS;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let orgs: typeof import("@/lib/workspace/organizations");
let clients: typeof import("@/lib/workspace/clients/service");
let erasure: typeof import("@/lib/workspace/erasure");
let tenant: typeof import("@/lib/workspace/tenant");
let audit: typeof import("@/lib/workspace/audit");
type Ctx = import("@/lib/workspace/context").OrgContext;

let owner: Ctx;
let admin: Ctx;
let counsellor: Ctx;

const NAME = "Amélie Dubois-Tremblay";
const CONTACT = "amelie.dubois@example.org";
const consent = { scopes: ["record" as const], givenAt: "2026-11-01" };

async function asOwner<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function contextOf(orgId: string, email: string, role: Ctx["role"]): Promise<Ctx> {
  const row = await asOwner(
    async (c) =>
      (
        await c.query(
          `SELECT o.name, o.slug, m.id AS membership, u.id AS user_id FROM organization o JOIN membership m ON m.organization_id = o.id JOIN "user" u ON u.id = m.user_id WHERE o.id = $1 AND u.email = $2`,
          [orgId, email],
        )
      ).rows[0],
  );
  return {
    org: { id: orgId, name: row.name, slug: row.slug },
    actor: { kind: "user", userId: row.user_id, label: email },
    role,
    membershipId: row.membership,
    request: { requestId: "test-request", route: "test" },
  };
}

async function join(ctx: Ctx, email: string, role: "admin" | "counsellor"): Promise<Ctx> {
  const link = await orgs.inviteMember(ctx, { email, role }, "http://localhost:3000", "en");
  const user = await asOwner(async (c) => (await c.query(`SELECT id, email FROM "user" WHERE email = $1`, [email])).rows[0]);
  await orgs.acceptInvitation(link.split("/").pop()!, user, "r");
  return contextOf(ctx.org.id, email, role);
}

/** Every text-like value of every table, as the owner reads the files: where a secret would show. */
async function everyStoredText(): Promise<string> {
  return asOwner(async (c) => {
    const tables = (await c.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)).rows;
    const parts: string[] = [];
    for (const { table_name } of tables) parts.push(JSON.stringify((await c.query(`SELECT * FROM "${table_name}"`)).rows));
    return parts.join("\n");
  });
}

beforeAll(async () => {
  database = await createTestDatabase("parallel_it_protection");
  process.env.DATABASE_URL = database.url;
  if (process.env.TEST_DATABASE === "embedded") process.env.DATABASE_POOL_SIZE = "1";
  orgs = await import("@/lib/workspace/organizations");
  clients = await import("@/lib/workspace/clients/service");
  erasure = await import("@/lib/workspace/erasure");
  tenant = await import("@/lib/workspace/tenant");
  audit = await import("@/lib/workspace/audit");
  const created = await orgs.createOrganization({ name: "Centre Gamma", ownerEmail: "owner@gamma.example" });
  owner = await contextOf(created.organization.id, "owner@gamma.example", "owner");
  admin = await join(owner, "admin@gamma.example", "admin");
  counsellor = await join(owner, "counsellor@gamma.example", "counsellor");
});

afterAll(async () => {
  resetKeyRing();
  await database?.drop();
});

describe("personal fields at rest", () => {
  it("the raw database holds no client name or contact in clear text, and the app reads them back", async () => {
    const created = await clients.createClient(counsellor, { displayName: NAME, contact: CONTACT, consent });
    expect((await clients.getClient(counsellor, created.id)).displayName).toBe(NAME);
    const raw = await everyStoredText();
    for (const secret of [NAME, "Amélie", "Tremblay", "amelie", CONTACT]) expect(raw.toLowerCase()).not.toContain(secret.toLowerCase());
    const row = await asOwner(async (c) => (await c.query(`SELECT display_name, contact, name_index FROM client WHERE id = $1`, [created.id])).rows[0]);
    expect(row.display_name).toMatch(/^pc1:[0-9a-f]{8}:/);
    expect(row.contact).toMatch(/^pc1:/);
    expect(row.name_index.length).toBeGreaterThan(5);
  });

  it("a sealed value moved to another column or changed does not open", async () => {
    const row = await asOwner(async (c) => (await c.query(`SELECT display_name, contact FROM client LIMIT 1`)).rows[0]);
    expect(() => open(row.display_name, "client.contact")).toThrow(/does not open/);
    const tampered = row.display_name.slice(0, -4) + (row.display_name.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(() => open(tampered, "client.display_name")).toThrow(/does not open/);
  });

  it("finds a file by the start of any word of its name, without accents or order, through the blind index", async () => {
    const other = await clients.createClient(counsellor, { displayName: "Bao Tran", consent });
    const search = async (q: string) => (await clients.listClients(counsellor, { q, sort: "name", page: 1, pageSize: 25 })).items.map((c) => c.displayName);
    expect(await search("ame")).toEqual([NAME]);
    expect(await search("AMELIE")).toEqual([NAME]);
    expect(await search("trem dub")).toEqual([NAME]);
    expect(await search("tran")).toEqual([other.displayName]);
    expect(await search("ame tran")).toEqual([]);
    expect(await search("zzz")).toEqual([]);
    // Sorting by name happens after opening the names.
    expect((await clients.listClients(counsellor, { sort: "name", dir: "asc", page: 1, pageSize: 25 })).items.map((c) => c.displayName)).toEqual([NAME, "Bao Tran"]);
  });

  it("seals values stored in clear before sealing existed, and leaves sealed ones alone", async () => {
    const id = await asOwner(async (c) => {
      const { rows } = await c.query(
        `INSERT INTO client (id, organization_id, display_name, contact, status, consent_scopes, consent_given_at, languages, provinces, updated_at)
         VALUES (gen_random_uuid(), $1, 'Old Plain Name', 'old@example.org', 'active', '{record}', now(), '{}', '{}', now()) RETURNING id`,
        [owner.org.id],
      );
      return rows[0].id as string;
    });
    const report = await asOwner((c) => resealAll(c, keyRingFrom(firstKey), "clear-only"));
    expect(report.resealed).toEqual({ "client.display_name": 1, "client.contact": 1 });
    expect(await everyStoredText()).not.toContain("Old Plain Name");
    expect((await clients.getClient(owner, id)).displayName).toBe("Old Plain Name");
    expect((await clients.listClients(owner, { q: "plain", sort: "updated", page: 1, pageSize: 25 })).items.map((c) => c.id)).toEqual([id]);
    expect(await asOwner((c) => resealAll(c, keyRingFrom(firstKey), "clear-only"))).toMatchObject({ resealed: {} });
  });

  it("a key rotation re-seals everything, reads back with the new key alone, and the old key opens nothing any more", async () => {
    const before = await asOwner((c) => verifySealed(c, keyRingFrom(firstKey)));
    expect(before).toBeGreaterThanOrEqual(5);
    const secondKey = newDataKey();
    const report = await asOwner((c) => rotateTo(c, secondKey, [firstKey]));
    expect(report.verified).toBe(before);
    expect(report.resealed["client.display_name"]).toBe(3);
    await expect(asOwner((c) => verifySealed(c, keyRingFrom(firstKey)))).rejects.toThrow(/No data key/);
    // The app, given the new key, reads and finds as before.
    process.env.DATA_KEY = secondKey;
    resetKeyRing();
    expect((await clients.listClients(counsellor, { q: "amel", sort: "updated", page: 1, pageSize: 25 })).items.map((c) => c.displayName)).toEqual([NAME]);
  });

  it("notes, plan items, referrals and outcomes are sealed too, and read back", async () => {
    const casework = await import("@/lib/workspace/casework/service");
    const schema = await import("@/lib/workspace/casework/schema");
    const file = await clients.createClient(counsellor, { displayName: "Casework Person", consent: { ...consent, scopes: ["record", "outcomes"] } });
    const secrets = ["Waiting on the visa of her husband Tomasz", "Call Mr Okonkwo at the bridging office", "Mentor Jeanne Lafleur", "Met the mentor twice", "Works nights at Chez Marcel"];
    await casework.createNote(counsellor, file.id, schema.noteSchema.parse({ body: secrets[0] }));
    await casework.createPlanItem(counsellor, file.id, schema.actionItemCreateSchema.parse({ title: secrets[1] }));
    await casework.createReferral(counsellor, file.id, schema.referralCreateSchema.parse({ kind: "mentor", partner: secrets[2], result: secrets[3] }));
    await casework.createOutcome(counsellor, file.id, schema.outcomeCreateSchema.parse({ kind: "survival-job", occurredOn: "2026-11-20", note: secrets[4] }));
    const raw = await everyStoredText();
    for (const secret of secrets) expect(raw, secret).not.toContain(secret);
    expect((await casework.listNotes(counsellor, file.id)).map((n) => n.body)).toEqual([secrets[0]]);
    expect(JSON.stringify(await casework.listReferrals(counsellor, file.id))).toContain(secrets[2]);
    expect(await asOwner((c) => verifySealed(c, keyRingFrom(process.env.DATA_KEY!)))).toBeGreaterThanOrEqual(10);
  });

  it("every sealed column in the list exists in the schema", async () => {
    const columns = await asOwner(
      async (c) => (await c.query<{ t: string }>(`SELECT table_name || '.' || column_name AS t FROM information_schema.columns WHERE table_schema = 'public'`)).rows.map((r) => r.t),
    );
    for (const s of SEALED_COLUMNS) expect(columns).toContain(`${s.table}.${s.column}`);
  });
});

describe("no accidental loss", () => {
  it("daily work discharges a file, which stays", async () => {
    const file = await clients.createClient(counsellor, { displayName: "Discharged Person", consent });
    await erasure.dischargeClient(counsellor, file.id);
    const read = await clients.getClient(counsellor, file.id);
    expect(read.status).toBe("discharged");
    await expect(erasure.dischargeClient({ ...counsellor, role: "supervisor" }, file.id)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("an erasure needs a second person who is an administrator, then removes the file and keeps only counts", async () => {
    const file = await clients.createClient(counsellor, { displayName: "Erased Person", contact: "erased@example.org", consent });
    const request = await erasure.requestErasure(owner, file.id, { reason: "client-request" });
    expect(request.status).toBe("pending");
    await expect(erasure.requestErasure(counsellor, file.id, { reason: "client-request" })).rejects.toMatchObject({ code: "conflict" });
    // The one who asked cannot approve; a counsellor cannot either.
    await expect(erasure.decideErasure(owner, request.id, "approve")).rejects.toMatchObject({ code: "forbidden" });
    await expect(erasure.decideErasure(counsellor, request.id, "approve")).rejects.toMatchObject({ code: "forbidden" });
    // Nor can the database be told otherwise.
    await expect(
      asOwner((c) => c.query(`UPDATE erasure_request SET status = 'approved', decided_by_user_id = requested_by_user_id, decided_at = now() WHERE id = $1`, [request.id])),
    ).rejects.toThrow(/another person/);
    expect((await clients.getClient(owner, file.id)).displayName).toBe("Erased Person");

    const decided = await erasure.decideErasure(admin, request.id, "approve");
    expect(decided).toMatchObject({ status: "approved", decidedBy: "admin@gamma.example", counts: { clients: 1, notes: 0, reports: 0 } });
    await expect(clients.getClient(owner, file.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(erasure.decideErasure(admin, request.id, "reject")).rejects.toMatchObject({ code: "conflict" });

    const trail = await tenant.withOrg(owner.org.id, (tx) => audit.clientTrail(tx, owner.org.id, file.id));
    expect(trail.map((e) => e.action)).toEqual(["client.create", "erasure.request", "client.read", "erasure.approve"]);
    expect(JSON.stringify(trail)).not.toMatch(/Erased Person|erased@/);
    expect(await everyStoredText()).not.toContain("Erased Person");
    expect(await asOwner((c) => verifyAuditChains(c))).toMatchObject({ broken: [] });
  });

  it("a rejected or withdrawn request leaves the file; API keys cannot ask", async () => {
    const file = await clients.createClient(counsellor, { displayName: "Kept Person", consent });
    const first = await erasure.requestErasure(counsellor, file.id, { reason: "created-in-error" });
    await expect(erasure.cancelErasure(admin, first.id)).rejects.toMatchObject({ code: "forbidden" });
    await erasure.cancelErasure(counsellor, first.id);
    const second = await erasure.requestErasure(counsellor, file.id, { reason: "consent-withdrawn" });
    expect(await erasure.decideErasure(admin, second.id, "reject")).toMatchObject({ status: "rejected", counts: null });
    expect((await clients.getClient(owner, file.id)).displayName).toBe("Kept Person");
    const key: Ctx = { ...owner, actor: { kind: "apiKey", apiKeyId: "00000000-0000-0000-0000-000000000001", label: "key" } };
    await expect(erasure.requestErasure(key, file.id, { reason: "client-request" })).rejects.toMatchObject({ code: "forbidden" });
    expect((await erasure.listErasureRequests(owner, { clientId: file.id })).map((r) => r.status).sort()).toEqual(["cancelled", "rejected"]);
  });
});
