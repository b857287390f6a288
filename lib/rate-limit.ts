import "server-only";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { TooManyRequestsError } from "@/lib/errors";

/**
 * Rate limits per client address, with rate-limiter-flexible.
 *
 * On the embedded database (`npm start` without DATABASE_URL) counters live
 * in memory: one process, and the embedded database serves one session. With
 * a PostgreSQL server they live in its `rate_limit` table (created by a
 * migration), so several app processes share them; if the database cannot be
 * reached, each process falls back to its own in-memory counters rather than
 * refusing or waving every request through.
 */

export const LIMITS = {
  /** Occupation search: the API, the search page and the journey's profession step (type-ahead sends one per pause). */
  search: { points: 60, duration: 60 },
  /** Ranking every occupation for a posted profile. */
  match: { points: 20, duration: 60 },
  /** Every journey write: a step, "save and get a link", "delete my answers", resuming from a link. */
  journeyWrite: { points: 60, duration: 60 },
  /** Opening a saved journey by its private token (guessing tokens is the attack). */
  savedLookup: { points: 30, duration: 600 },
  /** "Report a correction" submissions. */
  correction: { points: 5, duration: 600 },
  /** Asking for a sign-in link or a passkey challenge (per address, and per email address). */
  signIn: { points: 30, duration: 600 },
  /** Workspace API calls (per address; an organization's system syncing records stays well under). */
  workspace: { points: 300, duration: 60 },
} as const satisfies Record<string, { points: number; duration: number }>;

export type LimitName = keyof typeof LIMITS;

export type LimitResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

const globalForLimits = globalThis as unknown as { rateLimiters?: Map<LimitName, RateLimiterAbstract>; rateLimitPool?: pg.Pool };

function pool(url: string): pg.Pool {
  if (globalForLimits.rateLimitPool) return globalForLimits.rateLimitPool;
  const created = new pg.Pool({
    connectionString: url,
    max: 2,
    // Fail fast to the in-memory fallback when the server is away.
    connectionTimeoutMillis: 1000,
    statement_timeout: 2000,
  });
  // An idle connection dropped by a server restart must not crash the process; the pool reconnects on next use.
  created.on("error", (error) => console.error("[rate-limit] idle connection lost:", error.message));
  globalForLimits.rateLimitPool = created;
  return created;
}

function limiter(name: LimitName): RateLimiterAbstract {
  const limiters = (globalForLimits.rateLimiters ??= new Map());
  const existing = limiters.get(name);
  if (existing) return existing;
  const config = env();
  const points = Math.max(1, Math.round(LIMITS[name].points * config.RATE_LIMIT_SCALE));
  const options = { keyPrefix: name, points, duration: LIMITS[name].duration };
  const memory = new RateLimiterMemory(options);
  const created =
    (config.RATE_LIMIT_STORE ?? (config.DATABASE_URL ? "postgres" : "memory")) === "postgres" && config.DATABASE_URL
      ? new RateLimiterPostgres({
          ...options,
          storeClient: pool(config.DATABASE_URL),
          storeType: "pool",
          tableName: "rate_limit",
          tableCreated: true,
          insuranceLimiter: memory,
        })
      : memory;
  limiters.set(name, created);
  return created;
}

/**
 * The key for the client that sent a request: the address the nearest proxy
 * recorded (the last `X-Forwarded-For` entry, which Parallel's own server and
 * any load balancer append), skipping `TRUSTED_PROXIES` further hops.
 */
export function clientKey(headers: Headers): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const hop = chain[Math.max(0, chain.length - 1 - env().TRUSTED_PROXIES)];
  return (hop ?? headers.get("x-real-ip") ?? "unknown").slice(0, 64);
}

/** Spends one point of `name` for `key`. */
export async function consume(name: LimitName, key: string): Promise<LimitResult> {
  if (env().RATE_LIMIT_SCALE === 0) return { ok: true, remaining: Number.POSITIVE_INFINITY };
  try {
    const res = await limiter(name).consume(key.slice(0, 200));
    return { ok: true, remaining: res.remainingPoints };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    // Neither the store nor the fallback answered: let the request through rather than fail it.
    console.error(`[rate-limit] ${name}:`, rejection);
    return { ok: true, remaining: 0 };
  }
}

/** Spends one point, or throws a `TooManyRequestsError` (answered as 429 with Retry-After). */
export async function enforce(name: LimitName, key: string): Promise<void> {
  const result = await consume(name, key);
  if (!result.ok) throw new TooManyRequestsError(result.retryAfterSeconds);
}
