import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { useDatabase as selectDatabase } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { systemContext } from "@/lib/workspace/context";
import { allowOrigin, disallowOrigin, getEmbedSettings, organizationByIdOrSlug } from "./settings";

/**
 * `npm run -s org -- allow-origin --org <id|slug> --origin https://www.example.org`
 * `npm run -s org -- disallow-origin --org <id|slug> --origin https://www.example.org`
 * `npm run -s org -- list-origins --org <id|slug> [--json]`
 * The sites allowed to frame an organization's embeds, from the command
 * line (recorded in the audit trail as the command line's own change).
 */

export const EMBED_COMMANDS = ["allow-origin", "disallow-origin", "list-origins"] as const;

const USAGE =
  "Usage:\n  npm run -s org -- allow-origin --org <id|slug> --origin https://www.example.org\n  npm run -s org -- disallow-origin --org <id|slug> --origin https://www.example.org\n  npm run -s org -- list-origins --org <id|slug> [--json]";

export async function embedCommand(argv: string[], open: () => Promise<{ url: string; close: () => Promise<void> }>): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { org: { type: "string" }, origin: { type: "string" }, json: { type: "boolean" } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const command = parsed.positionals[0];
  const { org: orgArg, origin, json } = parsed.values;
  if (!orgArg || (command !== "list-origins" && !origin)) {
    console.error(USAGE);
    return 2;
  }
  const database = await open();
  selectDatabase(database.url, 1);
  try {
    const org = await organizationByIdOrSlug(orgArg);
    if (!org) {
      console.error(`No organization "${orgArg}". See: npm run -s org -- list`);
      return 1;
    }
    const ctx = systemContext(org, "command line", `cli org ${command}`, "owner");
    if (command === "allow-origin") {
      const result = await allowOrigin(ctx, origin!);
      if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else console.log(result.added ? `${result.origin} may now show ${org.name}'s embeds.` : `${result.origin} was already allowed.`);
    } else if (command === "disallow-origin") {
      const result = await disallowOrigin(ctx, origin!);
      if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else console.log(result.removed ? `${origin} removed.` : `${origin} was not on the list.`);
    } else {
      const settings = await getEmbedSettings(ctx);
      if (json) process.stdout.write(`${JSON.stringify({ organizationId: org.id, origins: settings.origins })}\n`);
      else if (!settings.origins.length) console.log(`No site may show ${org.name}'s embeds yet (only Parallel itself).`);
      else for (const o of settings.origins) console.log(o);
    }
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      console.error(`--origin: ${error.messageIn("en")}`);
      return 2;
    }
    throw error;
  } finally {
    await db().$disconnect();
    await database.close();
  }
}
