/**
 * The retention job from the command line (`npm run -s security -- retention
 * [--dry-run] [--json]`), and as `npm start` runs it daily. Works on
 * DATABASE_URL, or the embedded database (the running app's, or started here).
 * Needs the react-server condition (the workspace modules are server-only).
 */
import { useDatabase } from "../lib/env";
import { openDatabase } from "./tooling/open-database";

export async function retentionCommand(options: { dryRun: boolean; json: boolean }): Promise<number> {
  const database = await openDatabase();
  try {
    useDatabase(database.url, database.embedded ? 1 : 2);
    const { describeRetention, runRetention } = await import("../lib/workspace/retention");
    const started = performance.now();
    const report = await runRetention(new Date(), { dryRun: options.dryRun });
    if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else console.log(`${describeRetention(report)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  } finally {
    const { db } = await import("../lib/db");
    await db().$disconnect().catch(() => {});
    await database.close();
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * For `npm start`: runs the retention job in a process of its own (the
 * workspace modules need the react-server condition) a minute after start,
 * then every 24 hours. Returns a function that stops the schedule.
 */
export async function scheduleRetention(childEnv: NodeJS.ProcessEnv, firstDelayMs = 60_000): Promise<() => void> {
  const { spawn } = await import("node:child_process");
  const { createRequire } = await import("node:module");
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  let running: ReturnType<typeof spawn> | null = null;
  const once = () => {
    if (running) return;
    running = spawn(process.execPath, [tsx, "--conditions=react-server", "prisma/security.ts", "retention"], { stdio: "inherit", env: childEnv });
    running.on("exit", (code) => {
      if (code) console.error(`[retention] the daily run failed (exit ${code}); it runs again in 24 hours.`);
      running = null;
    });
  };
  const first = setTimeout(once, firstDelayMs);
  const daily = setInterval(once, DAY_MS);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
    running?.kill("SIGTERM");
  };
}
