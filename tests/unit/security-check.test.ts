import { describe, expect, it } from "vitest";
import { isLocalSite, securityProblems, type SecurityInput } from "@/lib/security/check";

const safe: SecurityInput = {
  siteUrl: "https://parallel.example.org",
  authSecret: "q7Jx2mVb9LpR4tZw8NcY1sKd6HfA3gUe",
  dataKey: "3q2+7w8fK1m9PqRsTuVwXyZ0aBcDeFgHiJkLmNoPqRs=",
  embedded: false,
  database: { role: "parallel_owner", superuser: false, bypassRls: false, tenantRolesSafe: true },
};

describe("the start-up security check", () => {
  it("passes a deployment with https, a real secret, a server and a role held by row-level security", () => {
    expect(securityProblems(safe)).toEqual([]);
  });

  it.each([
    ["an http site address", { siteUrl: "http://parallel.example.org" }, /must use https/],
    ["no AUTH_SECRET", { authSecret: undefined }, /AUTH_SECRET is not set/],
    ["a short secret", { authSecret: "short-secret-123" }, /placeholder or is too short/],
    ["a placeholder secret", { authSecret: "changeme-changeme-changeme-changeme" }, /placeholder or is too short/],
    ["no DATA_KEY", { dataKey: undefined }, /DATA_KEY is not set/],
    ["a DATA_KEY that is not 32 bytes", { dataKey: "c2hvcnQ=" }, /DATA_KEY must be 32 random bytes/],
    ["the embedded database", { embedded: true }, /embedded database is for trying/],
    ["a superuser connection", { database: { ...safe.database, superuser: true } }, /is a superuser/],
    ["a BYPASSRLS connection", { database: { ...safe.database, bypassRls: true } }, /has BYPASSRLS/],
    ["unsafe tenant roles", { database: { ...safe.database, tenantRolesSafe: false } }, /parallel_app and parallel_audit_writer/],
  ] as const)("refuses %s, saying what to fix", (_label, change, message) => {
    const problems = securityProblems({ ...safe, ...change } as SecurityInput);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it("on this machine (trying Parallel) checks only the database roles", () => {
    for (const siteUrl of ["http://localhost:3000", "http://127.0.0.1:3100", "http://[::1]:3000"]) {
      expect(isLocalSite(siteUrl)).toBe(true);
      expect(securityProblems({ ...safe, siteUrl, authSecret: undefined, embedded: true, database: { ...safe.database, superuser: true } })).toEqual([]);
    }
    expect(securityProblems({ ...safe, siteUrl: "http://localhost:3000", database: { ...safe.database, tenantRolesSafe: false } })).toHaveLength(1);
    expect(isLocalSite("https://localhost.example.org")).toBe(false);
  });

  it("lists every problem at once", () => {
    expect(securityProblems({ siteUrl: "http://parallel.example.org", authSecret: undefined, dataKey: undefined, embedded: true, database: safe.database })).toHaveLength(4);
  });
});
