import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * End-to-end tests in Debian's Chromium (no browser download). The app runs
 * as in production (`next build` + `next start`) through prisma/start.ts,
 * on the database named by E2E_DATABASE_URL, which it migrates and seeds.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
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
  webServer: {
    command: "npx tsx prisma/start.ts --build",
    url: `http://127.0.0.1:${port}/en`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: `http://127.0.0.1:${port}`,
    },
  },
});
