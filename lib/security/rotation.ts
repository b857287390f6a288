import type pg from "pg";
import { blindIndex, isSealed, keyRingFrom, open, seal, type KeyRing } from "./crypto";
import { SEALED_COLUMNS, sealedContext } from "./sealed-columns";

/**
 * Re-sealing personal fields with the current key, organization by
 * organization, each in one transaction as the app role with that
 * organization set (row-level security holds here too): a value sealed with
 * an older key is opened with it and sealed again, a value stored in clear
 * (before sealing existed) is sealed, and client names get a fresh blind
 * index. Then every value is read back with the current key alone: the
 * proof that the old key can go. Plain `pg`, so `npm start` and the
 * command line run it without the app.
 */

export interface ResealReport {
  organizations: number;
  /** Values sealed again (or for the first time), by "table.column". */
  resealed: Record<string, number>;
  /** Values read back with the current key alone. */
  verified: number;
}

type Scope = "all" | "clear-only";

async function organizationIds(client: pg.Client): Promise<string[]> {
  return (await client.query<{ id: string }>("SELECT id FROM organization ORDER BY created_at")).rows.map((r) => r.id);
}

async function asOrganization<T>(client: pg.Client, orgId: string, work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT set_config('role', 'parallel_app', true), set_config('app.org_id', $1, true)", [orgId]);
    const result = await work();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/** Re-seals what is not sealed with the current key (`clear-only`: only values stored in clear, which needs no older key). */
export async function resealAll(client: pg.Client, keys: KeyRing, scope: Scope = "all"): Promise<ResealReport> {
  const report: ResealReport = { organizations: 0, resealed: {}, verified: 0 };
  // Identifiers come from the fixed list; the key id is hex.
  const stale = scope === "clear-only" ? "NOT (v LIKE 'pc1:%')" : `NOT (v LIKE 'pc1:${keys.current.id}:%')`;
  for (const orgId of await organizationIds(client)) {
    report.organizations++;
    await asOrganization(client, orgId, async () => {
      for (const column of SEALED_COLUMNS) {
        const context = sealedContext(column);
        const { rows } = await client.query<{ id: string; v: string }>(
          `SELECT id::text, v FROM (SELECT id, "${column.column}" AS v FROM "${column.table}" WHERE organization_id = $1::uuid) s WHERE v IS NOT NULL AND ${stale}`,
          [orgId],
        );
        for (const row of rows) {
          const plain = open(row.v, context, keys);
          if (column.table === "client" && column.column === "display_name")
            await client.query(`UPDATE client SET display_name = $1, name_index = $2::text[] WHERE id = $3::uuid AND organization_id = $4::uuid`, [
              seal(plain, context, keys),
              blindIndex(plain, keys),
              row.id,
              orgId,
            ]);
          else
            await client.query(`UPDATE "${column.table}" SET "${column.column}" = $1 WHERE id = $2::uuid AND organization_id = $3::uuid`, [
              seal(plain, context, keys),
              row.id,
              orgId,
            ]);
        }
        if (rows.length) report.resealed[context] = (report.resealed[context] ?? 0) + rows.length;
      }
    });
  }
  return report;
}

/** Reads every sealed value back with `keys` (normally the current key alone); throws on the first that does not open or is in clear. */
export async function verifySealed(client: pg.Client, keys: KeyRing): Promise<number> {
  let verified = 0;
  for (const orgId of await organizationIds(client)) {
    await asOrganization(client, orgId, async () => {
      for (const column of SEALED_COLUMNS) {
        const context = sealedContext(column);
        const { rows } = await client.query<{ id: string; v: string }>(
          `SELECT id::text, "${column.column}" AS v FROM "${column.table}" WHERE organization_id = $1::uuid AND "${column.column}" IS NOT NULL`,
          [orgId],
        );
        for (const row of rows) {
          if (!isSealed(row.v)) throw new Error(`${context} of ${row.id} is stored in clear.`);
          open(row.v, context, keys);
          verified++;
        }
      }
    });
  }
  return verified;
}

/** Rotation: re-seal everything with `current` (reading with `previous`), then prove it reads with `current` alone. */
export async function rotateTo(client: pg.Client, current: string, previous: string[]): Promise<ResealReport> {
  const report = await resealAll(client, keyRingFrom(current, previous), "all");
  report.verified = await verifySealed(client, keyRingFrom(current));
  return report;
}
