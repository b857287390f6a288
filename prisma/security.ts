/**
 * `npm run -s security -- check`: the checks `npm start` makes before serving
 * a deployed site (lib/security/check.ts), on demand. Exit 0 when there is
 * nothing to fix, 1 with the list otherwise. Reads the environment as the app
 * does: SITE_URL, AUTH_SECRET, DATA_KEY, DATABASE_URL (or the embedded database).
 *
 * `npm run -s security -- rotate-key`: seals every personal field with a new
 * data key and proves it reads back with the new key alone (lib/security/rotation.ts).
 *   - Keys in the data folder (the embedded default): a new key is made, the
 *     old one kept readable until every value is re-sealed, then dropped.
 *   - DATA_KEY in the environment: set DATA_KEY to the new key and
 *     DATA_KEY_PREVIOUS to the old one, restart the app, run rotate-key,
 *     then remove DATA_KEY_PREVIOUS.
 * `npm run -s security -- new-key`: prints a fresh key for DATA_KEY.
 * `npm run -s security -- seal`: seals values still stored in clear (files
 * from before sealing existed); `npm start` does it too.
 * `npm run -s security -- retention [--dry-run] [--json]`: the retention job
 * (prisma/retention.ts); `npm start` runs it daily.
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { keyRing, keySource, newDataKey, previousKeysFromEnv, readKeyFile, resetKeyRing, writeKeyFile } from "../lib/security/crypto";
import { resealAll, rotateTo } from "../lib/security/rotation";
import { env } from "../lib/env";
import { isLocalSite, securityProblems } from "../lib/security/check";
import { readDatabaseFacts } from "../lib/security/database-facts";
import { openDatabase } from "./tooling/open-database";

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { "dry-run": { type: "boolean" }, json: { type: "boolean" } }, strict: true });
  const command = positionals[0];
  if (command === "retention") return (await import("./retention")).retentionCommand({ dryRun: Boolean(values["dry-run"]), json: Boolean(values.json) });
  if (command === "new-key") {
    console.log(newDataKey());
    return 0;
  }
  if (command === "rotate-key" || command === "seal") return command === "seal" ? sealInClear() : rotateKey();
  if (command !== "check") {
    console.error("Usage: npm run -s security -- check | rotate-key | new-key | seal | retention [--dry-run] [--json]");
    return 2;
  }
  const config = env();
  const database = await openDatabase();
  try {
    const problems = securityProblems({
      siteUrl: config.SITE_URL,
      authSecret: config.AUTH_SECRET,
      dataKey: config.DATA_KEY,
      embedded: database.embedded,
      database: await readDatabaseFacts(database.url),
    });
    const scope = isLocalSite(config.SITE_URL) ? `${config.SITE_URL} is on this machine: only the database roles are checked` : `deployed site ${config.SITE_URL}`;
    if (!problems.length) {
      console.log(`Security check passed (${scope}).`);
      return 0;
    }
    console.error(`Security check (${scope}): ${problems.length} thing(s) to fix:`);
    for (const p of problems) console.error(`- ${p}`);
    return 1;
  } finally {
    await database.close();
  }
}

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const database = await openDatabase();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
    await database.close();
  }
}

const describe = (resealed: Record<string, number>) =>
  Object.entries(resealed)
    .map(([column, n]) => `${n} ${column}`)
    .join(", ") || "nothing";

async function sealInClear(): Promise<number> {
  const report = await withClient((client) => resealAll(client, keyRing(), "clear-only"));
  console.log(`Sealed values stored in clear in ${report.organizations} organization(s): ${describe(report.resealed)}.`);
  return 0;
}

async function rotateKey(): Promise<number> {
  if (keySource() === "environment") {
    const previous = previousKeysFromEnv();
    if (!previous.length) {
      console.error(
        "DATA_KEY is set in the environment. To rotate: set DATA_KEY to a new key (npm run -s security -- new-key) and DATA_KEY_PREVIOUS to the old one, restart the app, run this command again, then remove DATA_KEY_PREVIOUS.",
      );
      return 2;
    }
    const report = await withClient((client) => rotateTo(client, env().DATA_KEY!, previous));
    console.log(`Re-sealed ${describe(report.resealed)}; ${report.verified} value(s) read back with the new key alone. Remove DATA_KEY_PREVIOUS now.`);
    return 0;
  }
  const old = readKeyFile();
  const next = newDataKey();
  // The old keys stay readable until every value is re-sealed: a rotation cut short loses nothing.
  writeKeyFile({ current: next, previous: [old.current, ...old.previous] });
  const report = await withClient((client) => rotateTo(client, next, [old.current, ...old.previous]));
  writeKeyFile({ current: next, previous: [] });
  resetKeyRing();
  console.log(
    `New data key in the data folder. Re-sealed ${describe(report.resealed)}; ${report.verified} value(s) read back with the new key alone; the old key is gone. Restart the app so it reads the new key.`,
  );
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(`Could not run the security check: ${(error as Error).message}`);
    process.exit(1);
  });
