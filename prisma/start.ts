import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { env } from "../lib/env";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";
import { deployMigrations } from "./migrate";
import { describeSeed, seed } from "./seed";
import { isLocalSite, securityProblems } from "../lib/security/check";
import { readDatabaseFacts } from "../lib/security/database-facts";
import pg from "pg";
import { keyRing } from "../lib/security/crypto";
import { resealAll } from "../lib/security/rotation";
import { scheduleRetention } from "./retention";

/** Saved journeys are deleted when their expiry passes (the pages promise it); sweep at each start, with spent rate-limit counters. */
async function purgeExpiredJourneys(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DELETE FROM "rate_limit" WHERE "expire" < $1`, [Date.now()]);
    return (await client.query(`DELETE FROM "saved_journey" WHERE "expires_at" < now()`)).rowCount ?? 0;
  } finally {
    await client.end();
  }
}

/** Seals personal fields still stored in clear (files written before sealing existed); nothing to do on later starts. */
async function sealInClear(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const report = await resealAll(client, keyRing(), "clear-only");
    return Object.values(report.resealed).reduce((a, b) => a + b, 0);
  } finally {
    await client.end();
  }
}

/**
 * `npm start`: the whole app with nothing installed but Node.
 * Without DATABASE_URL it serves the embedded PostgreSQL (PGlite) from
 * .data/, migrates it, seeds it on first run, builds the app if needed and
 * serves it; with DATABASE_URL it does the same against that server.
 */

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const serverScript = path.join(process.cwd(), "lib", "http", "server.mjs");

function run(args: string[], childEnv: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", env: childEnv });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? 1);
    });
  });
}

async function main(): Promise<number> {
  const config = env();
  let embedded: EmbeddedDatabase | null = null;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedDatabase({ dir: config.EMBEDDED_DB_DIR, port: config.EMBEDDED_DB_PORT });
    url = embedded.url;
    console.log(`Embedded PostgreSQL (PGlite) on 127.0.0.1:${config.EMBEDDED_DB_PORT}, data in ${config.EMBEDDED_DB_DIR}`);
  }
  try {
    const applied = await deployMigrations(url);
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    // A deployed site (not on this machine) starts only with a safe configuration.
    if (!isLocalSite(config.SITE_URL)) {
      const problems = securityProblems({ siteUrl: config.SITE_URL, authSecret: config.AUTH_SECRET, dataKey: config.DATA_KEY, embedded: Boolean(embedded), database: await readDatabaseFacts(url) });
      if (problems.length) {
        console.error(`Parallel will not serve ${config.SITE_URL} until these are fixed:\n${problems.map((p) => `- ${p}`).join("\n")}`);
        return 1;
      }
    }
    const started = performance.now();
    console.log(describeSeed(await seed(url), performance.now() - started));
    const purged = await purgeExpiredJourneys(url);
    if (purged) console.log(`Deleted ${purged} saved journey(s) past their expiry date.`);
    const sealed = await sealInClear(url);
    if (sealed) console.log(`Sealed ${sealed} personal field(s) stored in clear.`);

    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url,
      // PGlite serves one session at a time: one connection per process.
      DATABASE_POOL_SIZE: embedded ? "1" : String(config.DATABASE_POOL_SIZE),
      // The embedded database serves one session: rate-limit counters stay in memory there.
      ...(embedded ? { RATE_LIMIT_STORE: "memory" } : {}),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    };
    if (!existsSync(path.join(process.cwd(), config.NEXT_DIST_DIR, "BUILD_ID")) || process.argv.includes("--build")) {
      console.log("Building the app (first run)…");
      const code = await run([nextBin, "build"], childEnv);
      if (code !== 0) return code;
    }
    // Retention (lib/workspace/retention.ts): a minute after start, then daily.
    const stopRetention = await scheduleRetention(childEnv);
    try {
      return await run([serverScript, "--port", String(config.PORT), "--hostname", config.HOST], childEnv);
    } finally {
      stopRetention();
    }
  } finally {
    await embedded?.stop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(`Could not start Parallel: ${(error as Error).message}`);
    process.exit(1);
  });
