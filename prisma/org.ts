/**
 * `npm run org`: organizations of the counsellor workspace, from the command
 * line, for a new install with nobody signed in yet.
 *
 *   npm run -s org -- create --name "Centre Nouveau Départ" --owner ana@example.org [--json] [--locale fr]
 *       creates the organization with its owner and prints a one-time
 *       sign-in link for them (valid 24 hours); with --json:
 *       {"organizationId", "slug", "shareCode", "signInUrl"}
 *   npm run -s org -- list [--json]
 *   npm run -s org -- allow-origin --org <id|slug> --origin https://www.example.org
 *   npm run -s org -- disallow-origin --org <id|slug> --origin https://www.example.org
 *   npm run -s org -- list-origins --org <id|slug> [--json]
 *       the sites allowed to frame the organization's embeds (lib/embed/cli.ts)
 *
 * Reads DATABASE_URL, or the embedded database (the running app's, or it
 * starts it). Links point at SITE_URL (default http://localhost:3000).
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { oneTimeSignInLink } from "../lib/auth/links";
import { db } from "../lib/db";
import { env, useDatabase } from "../lib/env";
import { createOrganization, emailSchema, organizationNameSchema } from "../lib/workspace/organizations";
import { openDatabase } from "./tooling/open-database";
import { EMBED_COMMANDS, embedCommand } from "../lib/embed/cli";

const LINK_MINUTES = 24 * 60;

const createSchema = z.object({
  name: organizationNameSchema,
  owner: emailSchema,
  json: z.boolean().default(false),
  locale: z.enum(["en", "fr"], { error: "--locale is en or fr" }).default("en"),
});

const USAGE = 'Usage:\n  npm run -s org -- create --name "<name>" --owner <email> [--json] [--locale en|fr]\n  npm run -s org -- list [--json]';

async function main(): Promise<number> {
  // allow-origin, disallow-origin, list-origins: the embeds' allowed sites (lib/embed/cli.ts).
  if ((EMBED_COMMANDS as readonly string[]).includes(process.argv[2] ?? "")) return embedCommand(process.argv.slice(2), openDatabase);
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: "string" }, owner: { type: "string" }, json: { type: "boolean" }, locale: { type: "string" } },
    strict: true,
  });
  const command = positionals[0];
  if (command !== "create" && command !== "list") {
    console.error(USAGE);
    return 2;
  }
  const args = command === "create" ? createSchema.safeParse(values) : null;
  if (args && !args.success) {
    console.error(args.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"));
    console.error(USAGE);
    return 2;
  }
  const database = await openDatabase();
  useDatabase(database.url, 1);
  try {
    if (command === "list") {
      const rows = await db().$queryRaw<{ id: string; name: string; slug: string; members: bigint }[]>`
        SELECT o.id, o.name, o.slug, (SELECT count(*) FROM membership m WHERE m.organization_id = o.id) AS members
        FROM organization o ORDER BY o.created_at`;
      if (values.json) process.stdout.write(`${JSON.stringify(rows.map((r) => ({ ...r, members: Number(r.members) })), null, 2)}\n`);
      else if (!rows.length) console.log("No organizations yet. Create one with: npm run -s org -- create --name \"<name>\" --owner <email>");
      else for (const r of rows) console.log(`${r.slug.padEnd(30)}  ${String(r.members).padStart(4)} member(s)  ${r.name}`);
      return 0;
    }
    const { name, owner, json, locale } = args!.data;
    const { organization } = await createOrganization({ name, ownerEmail: owner });
    const link = await oneTimeSignInLink(db(), { email: owner, siteUrl: env().SITE_URL, next: `/${locale}/workspace/${organization.slug}/clients`, minutes: LINK_MINUTES });
    if (json) {
      process.stdout.write(`${JSON.stringify({ organizationId: organization.id, slug: organization.slug, shareCode: organization.shareCode, signInUrl: link.url })}\n`);
    } else {
      console.log(`Created "${organization.name}" (address: ${organization.slug}, share code for clients: ${organization.shareCode}), owner ${owner}.`);
      console.log(`One-time sign-in link for ${owner}, valid until ${link.expires.toISOString().slice(0, 16).replace("T", " ")} UTC:\n\n  ${link.url}\n`);
      console.log("Afterwards, sign in at /sign-in with the same address (a link by email, or from the server log when SMTP_URL is not set).");
    }
    return 0;
  } finally {
    await db().$disconnect();
    await database.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(`Could not run the command: ${(error as Error).message}`);
    process.exit(1);
  });
