import "server-only";
import { db } from "@/lib/db";
import { inTenant } from "@/lib/workspace/tenant";
import { blindIndex, isSealed, keyRingFrom, open, seal, type KeyRing } from "./crypto";
import { SEALED_COLUMNS, sealedContext } from "./sealed-columns";

/**
 * Re-sealing personal fields with the current key, organization by
 * organization, each in one transaction as the app role (row-level
 * security holds): a value sealed with an older key is opened with it and
 * sealed again, a value stored in clear (before sealing existed) is sealed,
 * and client names get a fresh blind index. Then every value is read back
 * with the current key alone: the proof that the old key can go.
 */

export interface ResealReport {
  organizations: number;
  /** Values sealed again (or for the first time), by "table.column". */
  resealed: Record<string, number>;
  /** Values read back with the current key alone. */
  verified: number;
}

type Scope = "all" | "clear-only";

async function organizationIds(): Promise<string[]> {
  return (await db().organization.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } })).map((o) => o.id);
}

function staleFilter(scope: Scope, keys: KeyRing): string {
  // Identifiers come from the fixed list above; the prefix is hex.
  return scope === "clear-only" ? `NOT (v LIKE 'pc1:%')` : `NOT (v LIKE 'pc1:${keys.current.id}:%')`;
}

/** Re-seals what is not sealed with the current key (`clear-only`: only values stored in clear). */
export async function resealAll(keys: KeyRing, scope: Scope = "all"): Promise<ResealReport> {
  const report: ResealReport = { organizations: 0, resealed: {}, verified: 0 };
  for (const orgId of await organizationIds()) {
    report.organizations++;
    await inTenant({ orgId }, async (tx) => {
      for (const column of SEALED_COLUMNS) {
        const context = sealedContext(column);
        const rows = await tx.$queryRawUnsafe<{ id: string; v: string }[]>(
          `SELECT id::text, v FROM (SELECT id, "${column.column}" AS v FROM "${column.table}" WHERE organization_id = $1::uuid) s WHERE v IS NOT NULL AND ${staleFilter(scope, keys)}`,
          orgId,
        );
        for (const row of rows) {
          const plain = open(row.v, context, keys);
          if (column.table === "client" && column.column === "display_name") {
            await tx.$executeRawUnsafe(
              `UPDATE client SET display_name = $1, name_index = $2::text[] WHERE id = $3::uuid AND organization_id = $4::uuid`,
              seal(plain, context, keys),
              blindIndex(plain, keys),
              row.id,
              orgId,
            );
          } else {
            await tx.$executeRawUnsafe(
              `UPDATE "${column.table}" SET "${column.column}" = $1 WHERE id = $2::uuid AND organization_id = $3::uuid`,
              seal(plain, context, keys),
              row.id,
              orgId,
            );
          }
        }
        if (rows.length) report.resealed[context] = (report.resealed[context] ?? 0) + rows.length;
      }
    });
  }
  return report;
}

/** Reads every sealed value back with `keys` (normally the current key alone); throws on the first that does not open or is in clear. */
export async function verifySealed(keys: KeyRing): Promise<number> {
  let verified = 0;
  for (const orgId of await organizationIds()) {
    await inTenant({ orgId }, async (tx) => {
      for (const column of SEALED_COLUMNS) {
        const context = sealedContext(column);
        const rows = await tx.$queryRawUnsafe<{ id: string; v: string }[]>(
          `SELECT id::text, "${column.column}" AS v FROM "${column.table}" WHERE organization_id = $1::uuid AND "${column.column}" IS NOT NULL`,
          orgId,
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
export async function rotateTo(current: string, previous: string[]): Promise<ResealReport> {
  const report = await resealAll(keyRingFrom(current, previous), "all");
  report.verified = await verifySealed(keyRingFrom(current));
  return report;
}
