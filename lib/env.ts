import { z } from "zod";

/**
 * The one place that reads the environment. Validated once, on first use,
 * so a bad value fails with a message naming the variable.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** A PostgreSQL server; unset means the embedded database (`npm start`). */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional(),
  /** Connections in the pool; the embedded database takes exactly one. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(5),
  /**
   * Longest a single SQL statement may run before PostgreSQL cancels it, so
   * one slow query cannot hold a connection. (The embedded database cannot
   * interrupt a statement; there the queries themselves are bounded.)
   */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  /** Where the embedded database keeps its files. */
  EMBEDDED_DB_DIR: z.string().min(1).default(".data/pglite"),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1024).max(65535).default(5433),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface the app listens on; loopback unless deployed (`0.0.0.0` behind a load balancer). */
  HOST: z.string().min(1).default("127.0.0.1"),
  /** Where rate-limit counters live: unset means PostgreSQL when DATABASE_URL names a server, memory on the embedded database. */
  RATE_LIMIT_STORE: z.enum(["memory", "postgres"]).optional(),
  /** Multiplies every rate limit (tests and benchmarks raise them; 0 turns them off). */
  RATE_LIMIT_SCALE: z.coerce.number().min(0).max(10_000).default(1),
  /** Proxies in front of the app that append to X-Forwarded-For (a load balancer: 1). */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(5).default(0),
  /** Next.js build folder (next.config.ts reads the same variable). */
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
  /** Mail server for sign-in links and invitations (smtp://user:pass@host:port); unset: links are written to the server log. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL").optional(),
  /** Sender of those emails. */
  MAIL_FROM: z.string().min(3).default("Parallel <no-reply@localhost>"),
  /** Signs sign-in tokens and cookies; unset: generated once and kept in .data/auth-secret. */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** Seals personal fields (32 random bytes, base64); unset: generated once into .data/data-keys.json (lib/security/crypto.ts). */
  DATA_KEY: z.string().min(1).optional(),
  /** Older data keys still readable during a rotation, comma-separated. */
  DATA_KEY_PREVIOUS: z.string().optional(),
  /** Minutes without activity after which a workspace session ends. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(120),
  /** The public origin, for absolute links (sitemap, Open Graph). */
  SITE_URL: z.url().default("http://localhost:3000"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${detail}`);
  }
  cached = parsed.data;
  return cached;
}

/** Read the environment again on the next `env()` (after a test or a command changed it). */
export function forgetEnv(): void {
  cached = undefined;
}

/**
 * For command-line tools that start the embedded database themselves: point
 * the rest of the process (lib/db) at it. Must run before the first `db()`.
 */
export function useDatabase(url: string, poolSize: number): void {
  process.env.DATABASE_URL = url;
  process.env.DATABASE_POOL_SIZE = String(poolSize);
  cached = undefined;
}
