import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "../support/database";

/**
 * lib/rate-limit.ts against a real PostgreSQL: counters shared by two app
 * processes (two fresh module instances with their own pools), in memory on
 * the embedded database, and the in-memory fallback when the database is
 * unreachable.
 */

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const saved = { ...process.env };

type Limits = typeof import("@/lib/rate-limit");

/** A fresh "process": new module instances, new pool, new counters. */
const pools: { end(): Promise<void> }[] = [];

async function node(env: Record<string, string | undefined>): Promise<Limits> {
  const g = globalThis as { rateLimiters?: unknown; rateLimitPool?: { end(): Promise<void> } };
  if (g.rateLimitPool) pools.push(g.rateLimitPool);
  g.rateLimiters = undefined;
  g.rateLimitPool = undefined;
  process.env = { ...saved, ...env } as NodeJS.ProcessEnv;
  vi.resetModules();
  return import("@/lib/rate-limit");
}

beforeAll(async () => {
  database = await createTestDatabase("parallel_it_rate_limit");
});

afterAll(async () => {
  process.env = saved;
  const g = globalThis as { rateLimitPool?: { end(): Promise<void> } };
  if (g.rateLimitPool) pools.push(g.rateLimitPool);
  await Promise.all(pools.map((p) => p.end().catch(() => {})));
  await database.drop();
});

describe("rate limits", () => {
  it("are shared through PostgreSQL by two processes", async () => {
    const env = { DATABASE_URL: database.url, RATE_LIMIT_STORE: undefined, RATE_LIMIT_SCALE: "1" };
    const a = await node(env);
    const b = await node(env);
    const key = `client-${Date.now()}`;
    const { points } = a.LIMITS.match;
    const results = [];
    for (let i = 0; i < points + 5; i++) results.push(await (i % 2 ? a : b).consume("match", key));
    expect(results.filter((r) => r.ok)).toHaveLength(points);
    const refused = results.at(-1)!;
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    // Another client has its own counter.
    expect((await a.consume("match", `${key}-other`)).ok).toBe(true);
    await expect(a.enforce("match", key)).rejects.toMatchObject({ code: "too_many_requests" });
  });

  it("stay in memory on the embedded database", async () => {
    const limits = await node({ DATABASE_URL: database.url, RATE_LIMIT_STORE: "memory" });
    const key = `memory-${Date.now()}`;
    const results = [];
    for (let i = 0; i < limits.LIMITS.correction.points + 1; i++) results.push(await limits.consume("correction", key));
    expect(results.map((r) => r.ok)).toEqual([...Array(limits.LIMITS.correction.points).fill(true), false]);
    // Nothing was written to the shared table.
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query("SELECT count(*)::int AS n FROM rate_limit WHERE key LIKE $1", [`%${key}`]);
    await client.end();
    expect(rows[0].n).toBe(0);
  });

  it("fall back to memory when the database is unreachable, and still limit", async () => {
    const limits = await node({ DATABASE_URL: "postgresql://postgres:postgres@127.0.0.1:9/none", RATE_LIMIT_STORE: "postgres" });
    const key = `down-${Date.now()}`;
    const results = [];
    for (let i = 0; i < limits.LIMITS.correction.points + 2; i++) results.push(await limits.consume("correction", key));
    expect(results.filter((r) => r.ok)).toHaveLength(limits.LIMITS.correction.points);
  });

  it("key on the client address the nearest proxy recorded", async () => {
    const limits = await node({ TRUSTED_PROXIES: "0" });
    expect(limits.clientKey(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("10.0.0.1");
    const behindOne = await node({ TRUSTED_PROXIES: "1" });
    expect(behindOne.clientKey(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("203.0.113.9");
    expect(behindOne.clientKey(new Headers({ "x-forwarded-for": "spoofed, 203.0.113.9, 10.0.0.1" }))).toBe("203.0.113.9");
  });
});
