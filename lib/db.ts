import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * One Prisma client for the process, cached on globalThis outside production
 * so hot reloads do not open new pools. Created on first use, never at
 * import, so building the app needs no database until a page asks for one.
 */
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  if (globalForDb.prisma) return globalForDb.prisma;
  const { DATABASE_URL, DATABASE_POOL_SIZE, DATABASE_STATEMENT_TIMEOUT_MS } = env();
  if (!DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database.");
  }
  // statement_timeout is set on every connection of the pool (startup parameter), so it covers every request's queries.
  const adapter = new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE, statement_timeout: DATABASE_STATEMENT_TIMEOUT_MS });
  const client = new PrismaClient({ adapter });
  globalForDb.prisma = client;
  return client;
}
