/**
 * `npm run -s audit -- verify [--json]`: recomputes every organization's
 * audit hash chain and names the first broken event of each (an event
 * changed, removed or inserted outside audit_append()). Exit 0 when every
 * chain holds, 1 otherwise. Reads DATABASE_URL, or the embedded database
 * (the running app's, or it starts it). Reads each organization's trail
 * through row-level security, as the app does.
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase } from "./tooling/open-database";

export interface ChainReport {
  organizations: number;
  events: number;
  broken: { organizationId: string; eventId: string; at: string; reason: string }[];
}

interface EventRow {
  id: string;
  organization_id: string;
  at: Date;
  prev_hash: string;
  hash: string;
  recomputed: string;
  previous: string | null;
}

/**
 * Every chain, checked in the database with the same hash function that
 * wrote it. Each organization's trail is read as the app role with that
 * organization set, so the check reads what row-level security lets through
 * whatever role runs it (the owner of the tables is held by it too).
 */
export async function verifyAuditChains(client: pg.Client): Promise<ChainReport> {
  const organizations = (await client.query<{ id: string }>("SELECT id FROM organization ORDER BY id")).rows.map((r) => r.id);
  const rows: EventRow[] = [];
  for (const orgId of organizations) {
    await client.query("BEGIN READ ONLY");
    try {
      await client.query("SELECT set_config('role', 'parallel_app', true), set_config('app.org_id', $1, true)", [orgId]);
      const result = await client.query<EventRow>(
        `SELECT e.id::text, e.organization_id, e.at, e.prev_hash, e.hash,
                audit_event_hash(e.prev_hash, e) AS recomputed,
                lag(e.hash) OVER (ORDER BY e.id) AS previous
         FROM audit_event e WHERE e.organization_id = $1::uuid
         ORDER BY e.id`,
        [orgId],
      );
      rows.push(...result.rows);
    } finally {
      await client.query("COMMIT");
    }
  }
  const broken = new Map<string, ChainReport["broken"][number]>();
  for (const row of rows) {
    if (broken.has(row.organization_id)) continue;
    const reason =
      row.recomputed !== row.hash
        ? "its content does not match its hash (changed after it was written)"
        : (row.previous ?? "") !== row.prev_hash
          ? "it does not follow the event before it (an event was removed or inserted)"
          : null;
    if (reason) broken.set(row.organization_id, { organizationId: row.organization_id, eventId: row.id, at: row.at.toISOString(), reason });
  }
  return { organizations: new Set(rows.map((r) => r.organization_id)).size, events: rows.length, broken: [...broken.values()] };
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { json: { type: "boolean" } }, strict: true });
  if (positionals[0] !== "verify") {
    console.error("Usage: npm run -s audit -- verify [--json]");
    return 2;
  }
  const database = await openDatabase();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const report = await verifyAuditChains(client);
    if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else if (!report.broken.length) console.log(`Audit trail verified: ${report.events} events in ${report.organizations} organization(s), every chain intact.`);
    else
      for (const b of report.broken)
        console.error(`Organization ${b.organizationId}: the chain breaks at event ${b.eventId} (${b.at}): ${b.reason}.`);
    return report.broken.length ? 1 : 0;
  } finally {
    await client.end();
    await database.close();
  }
}

if (process.argv[1] && /prisma[\\/]audit\.ts$/.test(process.argv[1]))
  main()
    .then((code) => process.exit(code))
    .catch((error) => {
      console.error(`Could not verify the audit trail: ${(error as Error).message}`);
      process.exit(1);
    });
