import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

/**
 * The only way into organization data. Each unit of work is one transaction
 * that becomes the database role `parallel_app` (no owner rights, cannot
 * bypass row-level security) and sets what it may see; the policies in the
 * workspace security migration show nothing else. Services still put the
 * organization in every `where`: two guards, either enough.
 *
 * Never call `db()` inside `work`: the embedded database serves one
 * connection, which the transaction holds.
 */

export type Tx = Prisma.TransactionClient;

export interface Scope {
  /** The organization the work is for. */
  orgId?: string;
  /** The signed-in user: their own memberships and organizations. */
  userId?: string;
  /** A saved journey's holder: their own shares. */
  journeyId?: string;
  /** SHA-256 of an invitation link's token being accepted. */
  tokenHash?: string;
  /** SHA-256 of an API key being checked. */
  apiKeyHash?: string;
  /** An organization's share code, typed by a journey holder. */
  shareCode?: string;
  /** SHA-256 of a shared report link's token: that report, its decisions, its organization's name. */
  reportToken?: string;
}

export const APP_ROLE = "parallel_app";

export async function inTenant<T>(scope: Scope, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(
    async (tx) => {
      // One round trip: set_config('role', ..., true) is SET LOCAL ROLE.
      await tx.$queryRaw`SELECT
        set_config('role', ${APP_ROLE}, true),
        set_config('app.org_id', ${scope.orgId ?? ""}, true),
        set_config('app.user_id', ${scope.userId ?? ""}, true),
        set_config('app.journey_id', ${scope.journeyId ?? ""}, true),
        set_config('app.token_hash', ${scope.tokenHash ?? ""}, true),
        set_config('app.api_key_hash', ${scope.apiKeyHash ?? ""}, true),
        set_config('app.share_code', ${scope.shareCode ?? ""}, true),
        set_config('app.report_token', ${scope.reportToken ?? ""}, true)`;
      return work(tx);
    },
    // The embedded database serves one connection: waiting for it is normal under load.
    { maxWait: 15_000, timeout: 20_000 },
  );
}

/** Work for one organization. */
export function withOrg<T>(orgId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inTenant({ orgId }, work);
}

/** Within an open transaction, switch to the organization just found (an invitation's, an API key's). */
export async function setOrg(tx: Tx, orgId: string): Promise<void> {
  await tx.$queryRaw`SELECT set_config('app.org_id', ${orgId}, true)`;
}
