import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/database";

/**
 * Embed settings on a real database: administrators save them (validated
 * again in the service, audited as embed.update), other roles are refused,
 * one organization's row is invisible to another through the app's role,
 * the public read finds an organization by id, and the command line adds,
 * lists and removes allowed sites.
 */

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let settings: typeof import("@/lib/embed/settings");
let dbModule: typeof import("@/lib/db");
type Ctx = import("@/lib/workspace/context").OrgContext;
let owner: Ctx;
let counsellor: Ctx;
let other: Ctx;

async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: database.url });
  await c.connect();
  try {
    return (await c.query(text, values)).rows as T[];
  } finally {
    await c.end();
  }
}

const ctxOf = (org: { id: string; name: string; slug: string }, role: Ctx["role"]): Ctx => ({
  org,
  actor: { kind: "system", label: `test ${role}` },
  role,
  membershipId: null,
  request: { requestId: randomUUID(), route: "test" },
});

const run = (args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    import("node:child_process").then(({ execFile }) =>
      execFile(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", "prisma/org.ts", ...args],
        { env: { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_SIZE: "1", SITE_URL: "http://localhost:3000" }, encoding: "utf8" },
        (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      ),
    );
  });

const THEME = { primary: "#7a1f5c", text: "#1b1f23", background: "#ffffff", radius: 8, font: "serif" as const };

beforeAll(async () => {
  database = await createTestDatabase("parallel_it_embed_settings");
  process.env.DATABASE_URL = database.url;
  if (process.env.TEST_DATABASE === "embedded") process.env.DATABASE_POOL_SIZE = "1";
  const orgs = await import("@/lib/workspace/organizations");
  settings = await import("@/lib/embed/settings");
  dbModule = await import("@/lib/db");
  const a = await orgs.createOrganization({ name: "Centre Alpha", ownerEmail: "owner@alpha.example" });
  const b = await orgs.createOrganization({ name: "Bêta Services", ownerEmail: "owner@beta.example" });
  owner = ctxOf(a.organization, "admin");
  counsellor = ctxOf(a.organization, "counsellor");
  other = ctxOf(b.organization, "owner");
});

afterAll(async () => {
  await dbModule?.db().$disconnect();
  await database?.drop();
});

describe("embed settings", () => {
  it("starts from the defaults, then saves what an administrator sends, audited", async () => {
    const before = await settings.getEmbedSettings(owner);
    expect(before).toMatchObject({ origins: [], locale: "en", updatedAt: null, theme: { primary: "#0b5563" } });
    const saved = await settings.updateEmbedSettings(owner, { origins: ["https://www.alpha.example/", "http://localhost:3650"], theme: THEME, locale: "fr" });
    expect(saved).toMatchObject({ origins: ["https://www.alpha.example", "http://localhost:3650"], theme: THEME, locale: "fr" });
    const events = await sql<{ action: string; detail: { added: string[] } }>(`SELECT action, detail FROM audit_event WHERE organization_id = $1 AND action = 'embed.update'`, [owner.org.id]);
    expect(events).toHaveLength(1);
    expect(events[0]!.detail.added).toEqual(["https://www.alpha.example", "http://localhost:3650"]);
  });

  it("refuses invalid settings in the service too, changing nothing", async () => {
    await expect(settings.updateEmbedSettings(owner, { origins: ["http://www.alpha.example"], theme: THEME, locale: "fr" })).rejects.toMatchObject({ code: "invalid_input", field: "origins.0" });
    await expect(settings.updateEmbedSettings(owner, { origins: [], theme: { ...THEME, text: "#eeeeee" }, locale: "fr" })).rejects.toMatchObject({ code: "invalid_input", field: "theme.text" });
    expect((await settings.getEmbedSettings(owner)).origins).toHaveLength(2);
  });

  it("refuses roles without embed.manage", async () => {
    await expect(settings.getEmbedSettings(counsellor)).rejects.toMatchObject({ code: "forbidden" });
    await expect(settings.updateEmbedSettings(counsellor, { origins: [], theme: THEME, locale: "en" })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("keeps organizations apart, and the public read finds one by id only", async () => {
    expect((await settings.getEmbedSettings(other)).origins).toEqual([]);
    // Through the app's role, another organization's row cannot be read or changed.
    const { withOrg } = await import("@/lib/workspace/tenant");
    const seen = await withOrg(other.org.id, (tx) => tx.embedSettings.findMany());
    expect(seen).toEqual([]);
    const changed = await withOrg(other.org.id, (tx) => tx.embedSettings.updateMany({ where: { organizationId: owner.org.id }, data: { origins: ["https://evil.example"] } }));
    expect(changed.count).toBe(0);
    const publicA = await settings.publicEmbed(owner.org.id);
    expect(publicA).toMatchObject({ organizationName: "Centre Alpha", origins: ["https://www.alpha.example", "http://localhost:3650"], locale: "fr" });
    expect(await settings.publicEmbed(randomUUID())).toBeNull();
    expect(await settings.publicEmbed("centre-alpha")).toBeNull();
  });

  it("adds, lists and removes sites from the command line", async () => {
    const added = await run(["allow-origin", "--org", other.org.slug, "--origin", "https://www.beta.example", "--json"]);
    expect(added.status, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ origin: "https://www.beta.example", added: true });
    const refused = await run(["allow-origin", "--org", other.org.id, "--origin", "http://www.beta.example"]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("https");
    const listed = await run(["list-origins", "--org", other.org.id, "--json"]);
    expect(JSON.parse(listed.stdout)).toEqual({ organizationId: other.org.id, origins: ["https://www.beta.example"] });
    const removed = await run(["disallow-origin", "--org", other.org.slug, "--origin", "https://www.beta.example"]);
    expect(removed.status, removed.stderr).toBe(0);
    expect((await settings.getEmbedSettings(other)).origins).toEqual([]);
    const unknown = await run(["list-origins", "--org", "nobody-here"]);
    expect(unknown.status).toBe(1);
  });
});
