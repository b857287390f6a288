/**
 * Seed import time and search latency, on the embedded database (PGlite)
 * and on a PostgreSQL server, in one run.
 *   npx tsx tests/bench/search.ts            (server: TEST_DATABASE_URL or local postgres)
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../../prisma/embedded";
import { fmt } from "./stats";

/** Runs one target in a child process; asynchronously, since the embedded server lives in this one. */
function runTarget(url: string, poolSize: number): Promise<TargetResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/bench/search-run.ts"], {
      env: { ...process.env, DATABASE_URL: url, DATABASE_POOL_SIZE: String(poolSize) },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(err || out))));
  });
}

interface TargetResult {
  seedMs: number;
  queries: number;
  search: { median: number; p95: number };
  top5: number;
}

const rows: [string, TargetResult][] = [];

const dir = mkdtempSync(path.join(tmpdir(), "parallel-bench-"));
const embedded = await startEmbeddedDatabase({ dir, port: 5499 });
try {
  rows.push(["embedded (PGlite)", await runTarget(embedded.url, 1)]);
} finally {
  await embedded.stop();
  rmSync(dir, { recursive: true, force: true });
}

const admin = process.env.TEST_DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/postgres";
const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS parallel_bench WITH (FORCE)`);
await client.query(`CREATE DATABASE parallel_bench`);
const serverUrl = new URL(admin);
serverUrl.pathname = "/parallel_bench";
try {
  rows.push(["server (PostgreSQL)", await runTarget(serverUrl.toString(), 5)]);
} finally {
  await client.query(`DROP DATABASE IF EXISTS parallel_bench WITH (FORCE)`);
  await client.end();
}

console.log("\nSeed import and occupation search");
console.log("target               | seed (s) | queries | search median (ms) | p95 (ms) | right occupation in top 5");
for (const [name, r] of rows) {
  console.log(
    `${name.padEnd(20)} | ${(r.seedMs / 1000).toFixed(1).padStart(8)} | ${String(r.queries).padStart(7)} | ${fmt(r.search.median).padStart(18)} | ${fmt(r.search.p95).padStart(8)} | ${(r.top5 * 100).toFixed(1)}%`,
  );
}
const [a, b] = rows;
if (a && b) console.log(`embedded / server: seed ${(a[1].seedMs / b[1].seedMs).toFixed(2)}x, search median ${(a[1].search.median / b[1].search.median).toFixed(2)}x`);
