import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Browser, BrowserContext } from "@playwright/test";
import { e2eDatabaseUrl, WORKSPACE_BASE_URL } from "../support/e2e-app";

/** Two organizations with their people (tests/support/workspace-fixture.ts), made on the running app's database. */

export interface WorkspaceFixture {
  tag: string;
  orgA: { id: string; slug: string; name: string; shareCode: string };
  orgB: { id: string; slug: string; name: string };
  clientA: { id: string; name: string; contact: string };
  clientA2: { id: string; name: string };
  erasureA: string;
  casework: { note: string; plan: string; referral: string; outcome: string; secrets: string[] };
  report: { id: string; option: string; share: string; link: string };
  clientB: { id: string; name: string };
  people: Record<"ownerA" | "counsellorA" | "supervisorA" | "removedA" | "ownerB", string>;
  links: Record<"ownerA" | "adminA" | "counsellorA" | "supervisorA" | "removedA" | "ownerB", string>;
  keys: { a: string; b: string; revokedA: string };
  /** A saved journey's private token (a person, not a member). */
  journeyToken: string;
}

const run = promisify(execFile);

export async function createWorkspaceFixture(tag: string): Promise<WorkspaceFixture> {
  // Invitations are accepted in the script: no mail to send.
  const { SMTP_URL: _unused, ...inherited } = process.env;
  const { stdout } = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/workspace-fixture.ts", tag], {
    env: { ...inherited, DATABASE_URL: e2eDatabaseUrl(), DATABASE_POOL_SIZE: "1", SITE_URL: WORKSPACE_BASE_URL },
    maxBuffer: 10 * 1024 * 1024,
  });
  const line = stdout.split("\n").find((l) => l.startsWith("FIXTURE "));
  if (!line) throw new Error(`The workspace fixture printed no result:\n${stdout}`);
  return JSON.parse(line.slice("FIXTURE ".length)) as WorkspaceFixture;
}

/** A browser context signed in by opening a one-time link. */
export async function signedInContext(browser: Browser, link: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: WORKSPACE_BASE_URL });
  const page = await context.newPage();
  await page.goto(link);
  await page.close();
  return context;
}
