import { execFile } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDatabaseFacts } from "@/lib/security/database-facts";
import { createTestDatabase } from "../support/database";

/** The security check against a real database: the roles the migrations made, and the CLI's answers. */

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase("parallel_it_security");
});

afterAll(async () => {
  await database?.drop();
});

const run = (extra: Record<string, string>) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "prisma/security.ts", "check"],
      { env: { ...process.env, DATABASE_URL: database.url, ...extra }, encoding: "utf8" },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

describe("npm run security -- check", () => {
  it("finds the migrations' tenant roles safe, and the test connection a superuser", async () => {
    const facts = await readDatabaseFacts(database.url);
    expect(facts.tenantRolesSafe).toBe(true);
    expect(facts.superuser || facts.bypassRls).toBe(true);
  });

  it("passes a site on this machine, and refuses a deployed site connected as a superuser, saying what to fix", async () => {
    const local = await run({ SITE_URL: "http://localhost:3000" });
    expect(local.status, local.stderr).toBe(0);
    expect(local.stdout).toContain("Security check passed");
    const deployed = await run({ SITE_URL: "http://parallel.example.org", AUTH_SECRET: "changeme-changeme-changeme-changeme" });
    expect(deployed.status).toBe(1);
    expect(deployed.stderr).toContain("4 thing(s) to fix");
    expect(deployed.stderr).toContain("must use https");
    expect(deployed.stderr).toContain("DATA_KEY is not set");
    expect(deployed.stderr).toContain("AUTH_SECRET looks like a placeholder");
    expect(deployed.stderr).toMatch(/is a superuser|has BYPASSRLS/);
  });
});
