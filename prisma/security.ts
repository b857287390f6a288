/**
 * `npm run -s security -- check`: the checks `npm start` makes before serving
 * a deployed site (lib/security/check.ts), on demand. Exit 0 when there is
 * nothing to fix, 1 with the list otherwise. Reads the environment as the app
 * does: SITE_URL, AUTH_SECRET, DATABASE_URL (or the embedded database).
 */
import { parseArgs } from "node:util";
import { env } from "../lib/env";
import { isLocalSite, securityProblems } from "../lib/security/check";
import { readDatabaseFacts } from "../lib/security/database-facts";
import { openDatabase } from "./tooling/open-database";

async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {}, strict: true });
  if (positionals[0] !== "check") {
    console.error("Usage: npm run -s security -- check");
    return 2;
  }
  const config = env();
  const database = await openDatabase();
  try {
    const problems = securityProblems({
      siteUrl: config.SITE_URL,
      authSecret: config.AUTH_SECRET,
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

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(`Could not run the security check: ${(error as Error).message}`);
    process.exit(1);
  });
