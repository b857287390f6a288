/**
 * The registered nurses profession page as `npm start` serves it (lib/http/server.mjs:
 * the page cache in front of Next.js), as Next.js renders it on every
 * request (the same server with PAGE_CACHE=off), and as a bare Node `http`
 * server sends the very same HTML: requests per second and p95 latency
 * under load, in the same run, and the JavaScript the page makes a browser
 * download.
 *   npx tsx tests/bench/profession-page.ts        (after `npm run build`)
 * BENCH_DATABASE_URL  a seeded database (default: a temporary embedded one,
 *                     migrated and seeded here)
 * BENCH_SECONDS       load per target, in seconds (default 10, at most 60)
 * Everything listens on 127.0.0.1 and is stopped at the end.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../prisma/embedded";
import { deployMigrations } from "../../prisma/migrate";
import { seed } from "../../prisma/seed";
import { fmt, summarize } from "./stats";

const PAGE = "/en/professions/registered-nurses";
const HOST = "127.0.0.1";
const CONNECTIONS = 10;
const WARMUP_SECONDS = 2;
const SECONDS = Math.min(60, Math.max(1, Number(process.env.BENCH_SECONDS ?? 10) || 10));
const READY_TIMEOUT_MS = 60_000;

interface LoadResult {
  requestsPerSecond: number;
  p95: number;
  median: number;
  requests: number;
  failures: number;
}

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForPage(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Loads one URL for `seconds` with `CONNECTIONS` connections, recording every response time. */
function load(url: string, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds }, (error: unknown, result) => {
      if (error) return reject(error);
      const times = summarize(latencies);
      resolve({
        requestsPerSecond: result.requests.total / result.duration,
        p95: times.p95,
        median: times.median,
        requests: result.requests.total,
        failures: result.errors + result.non2xx,
      });
    });
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** Bytes the browser downloads for the page's scripts, gzip-compressed: external files plus inline scripts. */
async function javascriptWeight(html: string, origin: string): Promise<{ files: number; external: number; inline: number }> {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
  const unique = [...new Set(sources)];
  let external = 0;
  for (const src of unique) {
    const response = await fetch(new URL(src, origin));
    if (!response.ok) throw new Error(`${src}: ${response.status}`);
    external += gzipSync(Buffer.from(await response.arrayBuffer())).length;
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? "")
    .filter((body) => body.length > 0)
    .reduce((sum, body) => sum + gzipSync(body).length, 0);
  return { files: unique.length, external, inline };
}

const kB = (bytes: number) => (bytes / 1024).toFixed(1);

async function main(): Promise<void> {
  const root = process.cwd();
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.error("The app is not built: run `npm run build` (or `npm start -- --build`) first.");
    process.exit(2);
  }

  let embedded: EmbeddedDatabase | null = null;
  let dataDir: string | null = null;
  const children: ChildProcess[] = [];
  let staticServer: http.Server | null = null;
  try {
    let databaseUrl = process.env.BENCH_DATABASE_URL;
    if (!databaseUrl) {
      dataDir = mkdtempSync(path.join(tmpdir(), "parallel-bench-page-"));
      embedded = await startEmbeddedDatabase({ dir: dataDir, port: await freePort() });
      databaseUrl = embedded.url;
      await deployMigrations(databaseUrl);
      await seed(databaseUrl);
    }

    const servers: { origin: string; child: ChildProcess }[] = [];
    for (const pageCache of ["on", "off"]) {
      const port = await freePort();
      const child = spawn(process.execPath, [path.join(root, "lib", "http", "server.mjs"), "--port", String(port), "--hostname", HOST], {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          DATABASE_POOL_SIZE: embedded ? "1" : "5",
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          PAGE_CACHE: pageCache,
        },
        stdio: ["ignore", "ignore", "inherit"],
      });
      children.push(child);
      servers.push({ origin: `http://${HOST}:${port}`, child });
      // One at a time: the embedded database serves one session.
      await waitForPage(`http://${HOST}:${port}${PAGE}`, child);
    }
    const [cached, uncached] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const appOrigin = cached.origin;

    const html = await (await fetch(appOrigin + PAGE)).text();
    const body = Buffer.from(html);
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
      res.end(body);
    });
    staticServer = server;
    const staticPort = await freePort();
    await new Promise<void>((resolve) => server.listen(staticPort, HOST, resolve));
    const staticUrl = `http://${HOST}:${staticPort}${PAGE}`;

    const rows: [string, LoadResult][] = [];
    for (const [name, url] of [
      ["app (npm start)", appOrigin + PAGE],
      ["app, no page cache", uncached.origin + PAGE],
      ["static (node:http)", staticUrl],
    ] as const) {
      await load(url, WARMUP_SECONDS);
      rows.push([name, await load(url, SECONDS)]);
    }
    const js = await javascriptWeight(html, appOrigin);

    console.log(`\nProfession page ${PAGE}: ${CONNECTIONS} connections, ${SECONDS} s per target after ${WARMUP_SECONDS} s warm-up`);
    console.log(`HTML ${kB(body.length)} kB (${kB(gzipSync(body).length)} kB gzip)`);
    console.log("target               | requests/s | median (ms) | p95 (ms) | requests | failures");
    for (const [name, r] of rows) {
      console.log(
        `${name.padEnd(20)} | ${r.requestsPerSecond.toFixed(0).padStart(10)} | ${fmt(r.median).padStart(11)} | ${fmt(r.p95).padStart(8)} | ${String(r.requests).padStart(8)} | ${r.failures}`,
      );
    }
    const [appRow, uncachedRow, staticRow] = rows;
    if (appRow && uncachedRow && staticRow) {
      for (const [label, row] of [
        ["app / static", appRow],
        ["no page cache / static", uncachedRow],
      ] as const) {
        console.log(
          `${label}: ${(row[1].requestsPerSecond / staticRow[1].requestsPerSecond).toFixed(2)}x requests/s, ` +
            `${(row[1].p95 / staticRow[1].p95).toFixed(2)}x p95 latency`,
        );
      }
      console.log(`goal: app at least 0.50x the static server's requests/s: ${appRow[1].requestsPerSecond / staticRow[1].requestsPerSecond >= 0.5 ? "met" : "not met"}`);
    }
    console.log(
      `JavaScript transferred (gzip): ${kB(js.external + js.inline)} kB = ${js.files} script files ${kB(js.external)} kB + inline scripts ${kB(js.inline)} kB`,
    );
  } finally {
    const server = staticServer;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    for (const child of children) await stopChild(child);
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
