import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * The Chromium the end-to-end tier runs in, found without downloading
 * anything: CHROMIUM_PATH, then Playwright's own browser cache
 * (PLAYWRIGHT_BROWSERS_PATH or ~/.cache/ms-playwright), then the usual
 * system paths.
 */
const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/opt/google/chrome/chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/** Executables inside one Playwright cache folder (chromium-NNNN or chromium_headless_shell-NNNN). */
const CACHE_EXECUTABLES = [
  ["chrome-linux", "chrome"],
  ["chrome-linux64", "chrome"],
  ["chrome-linux", "headless_shell"],
  ["chrome-headless-shell-linux64", "chrome-headless-shell"],
  ["chrome-mac", "Chromium.app", "Contents", "MacOS", "Chromium"],
  ["chrome-mac-arm64", "Google Chrome for Testing.app", "Contents", "MacOS", "Google Chrome for Testing"],
  ["chrome-win", "chrome.exe"],
];

function fromPlaywrightCache(): string | null {
  const roots = [process.env.PLAYWRIGHT_BROWSERS_PATH, path.join(os.homedir(), ".cache", "ms-playwright"), path.join(os.homedir(), "Library", "Caches", "ms-playwright")];
  for (const root of roots) {
    if (!root || !existsSync(root)) continue;
    // Newest revision first; full Chromium before the headless shell.
    const dirs = readdirSync(root)
      .filter((d) => /^chromium(_headless_shell)?-\d+$/.test(d))
      .sort((a, b) => Number(a.includes("headless")) - Number(b.includes("headless")) || Number(b.split("-").pop()) - Number(a.split("-").pop()));
    for (const dir of dirs) {
      for (const parts of CACHE_EXECUTABLES) {
        const candidate = path.join(root, dir, ...parts);
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  return null;
}

export function findChromium(): { path: string; source: string } | null {
  const given = process.env.CHROMIUM_PATH;
  if (given) return existsSync(given) ? { path: given, source: "CHROMIUM_PATH" } : null;
  const cached = fromPlaywrightCache();
  if (cached) return { path: cached, source: "Playwright's browser cache" };
  for (const candidate of SYSTEM_PATHS) if (existsSync(candidate)) return { path: candidate, source: "system" };
  return null;
}

export function missingChromiumMessage(): string {
  const given = process.env.CHROMIUM_PATH;
  return [
    given ? `CHROMIUM_PATH is set to ${given}, but there is no file there.` : "The end-to-end tests need Chromium, and none was found",
    given ? "" : `(looked in Playwright's browser cache and ${SYSTEM_PATHS.slice(0, 4).join(", ")}).`,
    "Install one with either:",
    "  sudo apt-get install chromium        (Debian or Ubuntu)",
    "  npx playwright install chromium      (Playwright's own build, any system)",
    "or point CHROMIUM_PATH at a Chromium or Chrome executable.",
  ]
    .filter(Boolean)
    .join("\n");
}

// `npx tsx tests/support/chromium.ts`: prints the browser found, or the message and exit code 3.
if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChromium();
  if (found) console.log(`${found.path} (${found.source})`);
  else {
    console.error(missingChromiumMessage());
    process.exit(3);
  }
}
