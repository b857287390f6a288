/**
 * Each page type as a phone on a slow connection sees it: Chromium with
 * the network throttled to 400 kbps both ways and 400 ms round trips, and
 * the CPU slowed 4x, with a cold cache on every run. Prints, per page, the
 * median and p95 over the runs of first contentful paint, the time the page
 * is interactive (the islands script has set up the page's behaviours and,
 * on a page that loads React, React has attached to the server's HTML), the
 * bytes transferred and the JavaScript among them. Figures, not pass/fail;
 * the goals are first content within 1.5 s and interactive within 2.5 s.
 *   npx tsx tests/bench/slow-phone.ts        (with the app running: npm start)
 * BENCH_URL   the running app (default http://127.0.0.1:3000)
 * BENCH_RUNS  runs per page (default 5)
 */
import { chromium, type CDPSession, type Page } from "@playwright/test";
import { findChromium, missingChromiumMessage } from "../support/chromium";
import { summarize } from "./stats";

const BASE = process.env.BENCH_URL ?? "http://127.0.0.1:3000";
const RUNS = Math.max(1, Math.min(20, Number(process.env.BENCH_RUNS ?? 5) || 5));
const KBPS = 400;
const RTT_MS = 400;
const CPU_SLOWDOWN = 4;
const GOALS = { firstContent: 1500, interactive: 2500 };

const PAGES = [
  { name: "home", path: "/en" },
  { name: "profession index", path: "/en/professions" },
  { name: "profession", path: "/en/professions/registered-nurses" },
  { name: "occupation", path: "/en/occupations/31301" },
  { name: "compare", path: "/en/compare?a=31301&b=32101" },
  { name: "journey step", path: "/en/pre-arrival" },
  { name: "journey step (fr)", path: "/fr/post-assessment" },
];

interface Run {
  firstContent: number;
  interactive: number;
  bytes: number;
  scriptBytes: number;
}

/**
 * Notes, in the page, when it is interactive: the islands script has run
 * (it sets window.parallelReadyAt) and, when the page loads Next.js's
 * runtime, React has attached (it keeps its fiber on the DOM nodes it owns).
 * A string, not a function: the TypeScript loader adds helpers to functions
 * that do not exist in the page.
 */
const WATCH_INTERACTIVE = `(() => {
  const check = () => {
    const ready = window.parallelReadyAt;
    const main = document.getElementById("main");
    const hydrates = document.querySelector('script[src*="/_next/"]') !== null;
    if (ready !== undefined && !hydrates) {
      window.__interactiveAt = ready;
      return;
    }
    if (ready !== undefined && main && Object.keys(main).some((key) => key.startsWith("__reactFiber$"))) {
      window.__interactiveAt = performance.now();
      return;
    }
    setTimeout(check, 10);
  };
  check();
})();`;

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const bytesPerSecond = (KBPS * 1000) / 8;
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: RTT_MS,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
}

async function once(page: Page, cdp: CDPSession, path: string): Promise<Run> {
  const types = new Map<string, string>();
  let bytes = 0;
  let scriptBytes = 0;
  cdp.on("Network.responseReceived", (event) => types.set(event.requestId, event.type));
  cdp.on("Network.loadingFinished", (event) => {
    bytes += event.encodedDataLength;
    if (types.get(event.requestId) === "Script") scriptBytes += event.encodedDataLength;
  });
  const response = await page.goto(new URL(path, BASE).toString(), { waitUntil: "load", timeout: 120_000 });
  if (!response?.ok()) throw new Error(`${path}: ${response?.status()}`);
  // Functions without inner functions, so the loader adds nothing to them; a string would be eval, which the CSP refuses.
  await page.waitForFunction(() => (window as unknown as { __interactiveAt?: number }).__interactiveAt !== undefined, null, { timeout: 120_000 });
  await page.waitForLoadState("networkidle");
  const times = await page.evaluate(() => ({
    firstContent: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    interactive: (window as unknown as { __interactiveAt: number }).__interactiveAt,
  }));
  return { ...times, bytes, scriptBytes };
}

async function main(): Promise<void> {
  const found = findChromium();
  if (!found) throw new Error(missingChromiumMessage());
  const browser = await chromium.launch({ executablePath: found.path, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  console.log(`${BASE}: ${KBPS} kbps, ${RTT_MS} ms round trip, CPU ${CPU_SLOWDOWN}x slower, cold cache, ${RUNS} runs per page`);
  console.log(`goals: first content <= ${GOALS.firstContent} ms, interactive <= ${GOALS.interactive} ms\n`);
  const ms = (x: number) => `${Math.round(x)} ms`;
  const kB = (x: number) => `${(x / 1024).toFixed(1)} kB`;
  try {
    for (const { name, path } of PAGES) {
      const runs: Run[] = [];
      for (let r = 0; r < RUNS; r++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.addInitScript({ content: WATCH_INTERACTIVE });
        const cdp = await context.newCDPSession(page);
        await throttle(cdp);
        runs.push(await once(page, cdp, path));
        await context.close();
      }
      const first = summarize(runs.map((r) => r.firstContent));
      const interactive = summarize(runs.map((r) => r.interactive));
      const bytes = summarize(runs.map((r) => r.bytes));
      const scripts = summarize(runs.map((r) => r.scriptBytes));
      const within = first.median <= GOALS.firstContent && interactive.median <= GOALS.interactive ? "within goals" : "OVER a goal";
      console.log(
        `${name.padEnd(18)} ${path}\n` +
          `  first content median ${ms(first.median)} (p95 ${ms(first.p95)}), interactive median ${ms(interactive.median)} (p95 ${ms(interactive.p95)}), ` +
          `transferred ${kB(bytes.median)} of which JavaScript ${kB(scripts.median)}: ${within}`,
      );
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
