import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authSecret } from "@/lib/auth/secret";
import { createTestDatabase } from "../support/database";

/** `npm run org`: a new organization with its owner and a working one-time sign-in link, from the command line. */

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase("parallel_it_org_cli");
});

afterAll(async () => {
  await database?.drop();
});

// Asynchronous: the embedded database is served from this process, which must keep answering while the command runs.
const run = (args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "prisma/org.ts", ...args],
      { env: { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_SIZE: "1", SITE_URL: "http://localhost:3000" }, encoding: "utf8" },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe("npm run org", () => {
  it("creates an organization with its owner and prints a one-time sign-in link (--json)", async () => {
    const result = await run(["create", "--name", "Centre Nouveau Départ", "--owner", "Directrice@Example.org", "--json"]);
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as { organizationId: string; slug: string; shareCode: string; signInUrl: string };
    expect(out.slug).toBe("centre-nouveau-depart");
    expect(out.shareCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const url = new URL(out.signInUrl);
    expect(`${url.origin}${url.pathname}`).toBe("http://localhost:3000/api/auth/callback/nodemailer");
    expect(url.searchParams.get("email")).toBe("directrice@example.org");
    expect(url.searchParams.get("callbackUrl")).toBe("http://localhost:3000/en/workspace/centre-nouveau-depart/clients");
    // The token is stored the way next-auth checks it: SHA-256 of token and secret, for this address, not yet expired.
    const hashed = createHash("sha256").update(`${url.searchParams.get("token")}${authSecret()}`).digest("hex");
    const tokens = await query<{ identifier: string }>(`SELECT identifier FROM verification_token WHERE token = $1 AND expires > now() + interval '23 hours'`, [hashed]);
    expect(tokens).toEqual([{ identifier: "directrice@example.org" }]);
    const members = await query(`SELECT o.name, m.role, u.email FROM organization o JOIN membership m ON m.organization_id = o.id JOIN "user" u ON u.id = m.user_id WHERE o.id = $1`, [out.organizationId]);
    expect(members).toEqual([{ name: "Centre Nouveau Départ", role: "owner", email: "directrice@example.org" }]);
    const trail = await query(`SELECT action, actor_label FROM audit_event WHERE organization_id = $1`, [out.organizationId]);
    expect(trail).toEqual([{ action: "organization.create", actor_label: "directrice@example.org" }]);
  });

  it("a second organization of the same name gets its own address; list shows both", async () => {
    const second = await run(["create", "--name", "Centre Nouveau Départ", "--owner", "autre@example.org"]);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain("address: centre-nouveau-depart-2");
    const list = await run(["list", "--json"]);
    expect((JSON.parse(list.stdout) as { slug: string; members: number }[]).map((o) => [o.slug, o.members])).toEqual([
      ["centre-nouveau-depart", 1],
      ["centre-nouveau-depart-2", 1],
    ]);
  });

  it("npm run audit -- verify checks the organizations' audit chains", async () => {
    const verify = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ["--import", "tsx", "prisma/audit.ts", "verify"],
        { env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8" },
        (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toContain("Audit trail verified: 2 events in 2 organization(s), every chain intact.");
  });

  it("refuses bad arguments with a message and writes nothing", async () => {
    const before = await query(`SELECT count(*)::int AS n FROM organization`);
    const bad = await run(["create", "--name", "X", "--owner", "not-an-email"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--name: At least 2 characters.");
    expect(bad.stderr).toContain("--owner: Enter an email address like name@example.org.");
    expect((await run(["delete"])).status).toBe(2);
    expect(await query(`SELECT count(*)::int AS n FROM organization`)).toEqual(before);
  });
});
