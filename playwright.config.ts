import { defineConfig } from "@playwright/test";
import { findChromium, missingChromiumMessage } from "./tests/support/chromium";
import { mailCatcherPorts } from "./tests/support/mail";
import { e2eEmbedded } from "./tests/support/e2e-app";

const port = Number(process.env.E2E_PORT ?? 3100);
const isMainProcess = !process.env.TEST_WORKER_INDEX;
const mailPorts = mailCatcherPorts();

/**
 * End-to-end tests in a Chromium found on the machine (no browser download,
 * see tests/support/chromium.ts). The app runs as in production (`next
 * build` + `next start`) through prisma/start.ts, which migrates and seeds
 * its database: E2E_DATABASE_URL when set (a server), otherwise a fresh
 * embedded PostgreSQL in a temporary folder.
 * Two projects: `e2e` (pages, API, accessibility) and `system` (a PostgreSQL
 * restart under load, two app nodes on one database), which start their own
 * app processes from the same build.
 */
const chromium = findChromium();
if (!chromium) {
  console.error(`\n${missingChromiumMessage()}\n`);
  process.exit(3);
}

const serverDatabase = process.env.E2E_DATABASE_URL || undefined;
const { dir: embeddedDir, port: embeddedPort } = e2eEmbedded();

if (isMainProcess) {
  const shown = serverDatabase ? new URL(serverDatabase) : null;
  if (shown?.password) shown.password = "***";
  console.log(
    `End-to-end tests: app on port ${port}, ` +
      (shown ? `PostgreSQL server ${shown.toString()}` : `embedded PostgreSQL (PGlite) in ${embeddedDir}, port ${embeddedPort}`) +
      `; browser ${chromium.path} (${chromium.source})`,
  );
}

export default defineConfig({
  testDir: "tests",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  projects: [
    { name: "e2e", testDir: "tests/e2e" },
    // Each file starts its own database and app processes; its tests run in order.
    { name: "system", testDir: "tests/system", fullyParallel: false, timeout: 240_000 },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromium.path,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      command: "npx tsx prisma/start.ts --build",
      url: `http://127.0.0.1:${port}/en`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        // Embedded: an inherited DATABASE_URL must not reach the app (undefined values are left out of its environment).
        ...(serverDatabase
          ? { DATABASE_URL: serverDatabase }
          : { DATABASE_URL: undefined as unknown as string, EMBEDDED_DB_DIR: embeddedDir, EMBEDDED_DB_PORT: String(embeddedPort) }),
        PORT: String(port),
        NEXT_TELEMETRY_DISABLED: "1",
        SITE_URL: `http://127.0.0.1:${port}`,
        // Every test comes from one address: limits raised so parallel specs (and the fuzz test) do not spend each other's.
        RATE_LIMIT_SCALE: process.env.E2E_RATE_LIMIT_SCALE ?? "100",
        // Sign-in links and invitations go to the mail catcher below.
        SMTP_URL: `smtp://127.0.0.1:${mailPorts.smtp}`,
      },
    },
    {
      // A local SMTP server the workspace tests read sign-in links from (tests/support/mail-catcher.ts).
      command: `npx tsx tests/support/mail-catcher.ts ${mailPorts.smtp} ${mailPorts.http}`,
      url: `http://127.0.0.1:${mailPorts.http}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
    },
  ],
});
