import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/database";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
type Store = typeof import("@/lib/journeys/store");
let store: Store;

beforeAll(async () => {
  database = await createTestDatabase("parallel_it_journeys");
  process.env.DATABASE_URL = database.url;
  store = await import("@/lib/journeys/store");
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await database.drop();
});

async function rows(): Promise<{ token_hash: string; answers: unknown; expires_at: Date }[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query("SELECT token_hash, answers, expires_at FROM saved_journey")).rows;
  } finally {
    await client.end();
  }
}

const answers = {
  profession: { occupation: "31102", occupationTitle: "General practitioners and family physicians", country: "Egypt", yearsPractised: 12, lastPractised: 2025 },
  plans: { provinces: ["ON" as const], test: "none" as const },
};

describe("saved journeys", () => {
  it("saves and loads by token, keeping only the token's hash", async () => {
    const now = new Date("2026-11-01T12:00:00Z");
    const { token, journey } = await store.createJourney({ kind: "pre-arrival", locale: "en", step: "reality", answers }, now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(journey.expiresAt.toISOString()).toBe("2027-01-30T12:00:00.000Z");
    const stored = await rows();
    expect(stored.some((r) => r.token_hash === token)).toBe(false);
    expect(stored.some((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    const loaded = await store.loadJourney(token, now);
    expect(loaded).toMatchObject({ kind: "pre-arrival", locale: "en", step: "reality", answers });
    expect(await store.loadJourney(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"), now)).toBeNull();
    expect(await store.loadJourney("not-a-token", now)).toBeNull();
  });

  it("extends the expiry on each save", async () => {
    const t0 = new Date("2026-11-01T00:00:00Z");
    const { token } = await store.createJourney({ kind: "post-assessment", locale: "fr", step: "profession", answers: {} }, t0);
    const later = new Date("2026-12-01T00:00:00Z");
    expect(await store.saveJourney(token, { kind: "post-assessment", locale: "fr", step: "assessment", answers }, later)).toBe(true);
    const loaded = await store.loadJourney(token, later);
    expect(loaded?.step).toBe("assessment");
    expect(loaded?.expiresAt.toISOString()).toBe("2027-03-01T00:00:00.000Z");
  });

  it("refuses answers that do not fit the schema", async () => {
    await expect(store.createJourney({ kind: "pre-arrival", locale: "en", step: "profession", answers: { name: "Ana" } as never })).rejects.toThrow();
    await expect(store.createJourney({ kind: "other" as never, locale: "en", step: "profession", answers: {} })).rejects.toThrow();
  });

  it("treats an expired journey as missing and purges it", async () => {
    const t0 = new Date("2026-01-01T00:00:00Z");
    const { token } = await store.createJourney({ kind: "pre-arrival", locale: "en", step: "plans", answers }, t0);
    const after = new Date(t0.getTime() + 91 * 24 * 3600 * 1000);
    expect(await store.saveJourney(token, { kind: "pre-arrival", locale: "en", step: "plans", answers }, after)).toBe(false);
    const before = (await rows()).length;
    expect(await store.loadJourney(token, after)).toBeNull();
    expect((await rows()).length).toBe(before - 1);
    const { token: other } = await store.createJourney({ kind: "pre-arrival", locale: "en", step: "plans", answers }, t0);
    expect(await store.purgeExpired(after)).toBeGreaterThanOrEqual(1);
    expect(await store.loadJourney(other, t0)).toBeNull();
  });

  it("deletes for good", async () => {
    const { token } = await store.createJourney({ kind: "pre-arrival", locale: "en", step: "plans", answers });
    expect(await store.deleteJourney(token)).toBe(true);
    expect(await store.loadJourney(token)).toBeNull();
    expect(await store.deleteJourney(token)).toBe(false);
  });
});
