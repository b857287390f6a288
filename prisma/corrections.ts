/**
 * `npm run corrections`: the corrections readers sent with "Report a
 * correction", newest first, for content editors.
 *
 *   npm run -s corrections                      a table
 *   npm run -s corrections -- --json            a JSON array
 *   npm run -s corrections -- --since 2026-11-01 --page /professions/physicians
 *
 * Reads DATABASE_URL, or the embedded database (the running app's, or it
 * starts it).
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { openDatabase } from "./tooling/open-database";

const argsSchema = z.object({
  json: z.boolean().default(false),
  since: z.iso.date({ error: "--since must be a date like 2026-11-01" }).optional(),
  page: z.string().regex(/^\/[a-z0-9/-]*$/, { error: "--page must be a path like /professions/physicians" }).optional(),
  limit: z.coerce.number({ error: "--limit must be a number" }).int().min(1).max(10_000).default(500),
});

interface Row {
  id: string;
  created_at: Date;
  page: string;
  section: string;
  locale: string;
  message: string;
  contact_email: string | null;
}

function cell(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { json: { type: "boolean" }, since: { type: "string" }, page: { type: "string" }, limit: { type: "string" } },
    strict: true,
  });
  const args = argsSchema.safeParse(values);
  if (!args.success) {
    console.error(args.error.issues.map((i) => i.message).join("\n"));
    return 2;
  }
  const { json, since, page, limit } = args.data;
  const database = await openDatabase();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<Row>(
      `SELECT id, created_at, page, section, locale, message, contact_email FROM correction
       WHERE ($1::timestamptz IS NULL OR created_at >= $1) AND ($2::text IS NULL OR page = $2)
       ORDER BY created_at DESC LIMIT $3`,
      [since ?? null, page ?? null, limit],
    );
    if (json) {
      const out = rows.map((r) => ({
        id: r.id,
        createdAt: r.created_at.toISOString(),
        page: r.page,
        section: r.section,
        locale: r.locale,
        message: r.message,
        contactEmail: r.contact_email,
      }));
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    }
    if (!rows.length) {
      console.log("No corrections.");
      return 0;
    }
    console.log(`${"Received (UTC)".padEnd(17)}  ${"Page".padEnd(36)}  ${"Section".padEnd(14)}  Lang  ${"Contact".padEnd(24)}  Message`);
    for (const r of rows) {
      const when = r.created_at.toISOString().slice(0, 16).replace("T", " ");
      console.log(`${when.padEnd(17)}  ${cell(r.page, 36)}  ${cell(r.section, 14)}  ${r.locale.padEnd(4)}  ${cell(r.contact_email ?? "-", 24)}  ${cell(r.message, 70)}`);
    }
    console.log(`${rows.length} correction${rows.length === 1 ? "" : "s"}.`);
    return 0;
  } finally {
    await client.end();
    await database.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(`Could not list corrections: ${(error as Error).message}`);
    process.exit(1);
  });
