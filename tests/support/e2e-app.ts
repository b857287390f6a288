import os from "node:os";
import path from "node:path";
import { embeddedUrl } from "../../prisma/embedded";

/**
 * Where the end-to-end run's app and database are (playwright.config.ts
 * starts them from the same values), for tests that reach the database or
 * run a command against it.
 */

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/** The app's SITE_URL (playwright.config.ts): the origin of the absolute links it writes. */
export const E2E_SITE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** The app as a browser must address it for sign-in: next-auth's cookies need `localhost`, not 127.0.0.1. */
export const WORKSPACE_BASE_URL = `http://localhost:${E2E_PORT}`;

export function e2eEmbedded(): { dir: string; port: number } {
  return {
    dir: process.env.E2E_EMBEDDED_DB_DIR ?? path.join(os.tmpdir(), `parallel-e2e-${E2E_PORT}`),
    port: Number(process.env.E2E_EMBEDDED_DB_PORT ?? E2E_PORT + 1000),
  };
}

/** The app's database: the server's (E2E_DATABASE_URL) or the running embedded one. */
export function e2eDatabaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  const { dir, port } = e2eEmbedded();
  return embeddedUrl(dir, port);
}
