import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { forbidden, record } from "./audit";
import type { OrgContext } from "./context";
import { withOrg, type Tx } from "./tenant";

/**
 * No accidental loss. In daily work a file is made inactive or discharged
 * (a status, reversible). Erasing it for good, a person's right under
 * PIPEDA, takes two people: a member asks (with a reason), an administrator
 * who is another person approves, and only then are the file and all its
 * work deleted in the same transaction. What stays is the request and an
 * audit event with counts, no personal data. The database holds the rule
 * too (trigger erasure_request_rules).
 */

export const ERASURE_REASONS = ["client-request", "consent-withdrawn", "created-in-error", "retention"] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

export const erasureRequestSchema = z.object({
  reason: z.enum(ERASURE_REASONS.filter((r) => r !== "retention") as ["client-request", "consent-withdrawn", "created-in-error"], {
    error: "Choose why the file must be erased.",
  }),
});
export type ErasureRequestInput = z.infer<typeof erasureRequestSchema>;

export const erasureDecisionSchema = z.object({ decision: z.enum(["approve", "reject"], { error: "approve or reject" }) });

/** What erasing a file removed, by kind: the only trace kept. */
export interface ErasureCounts {
  clients: number;
  reports: number;
  decisions: number;
  reportLinks: number;
  notes: number;
  actionItems: number;
  referrals: number;
  outcomes: number;
  journeySharesUnlinked: number;
}

export interface ErasureRequestView {
  id: string;
  clientId: string;
  reason: ErasureReason;
  status: "pending" | "approved" | "rejected" | "cancelled";
  requestedBy: string;
  requestedByUserId: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  counts: ErasureCounts | null;
}

const requestNotFound = () =>
  new NotFoundError({ en: "No erasure request with this id in this organization.", fr: "Aucune demande d’effacement avec cet identifiant dans cet organisme." });
const clientNotFound = () =>
  new NotFoundError({ en: "No client file with this id in this organization.", fr: "Aucun dossier client avec cet identifiant dans cet organisme." });

function userOf(ctx: OrgContext): string {
  if (ctx.actor.kind !== "user")
    throw new ForbiddenError({
      en: "Erasure is asked for and approved by people signed in, not with an API key.",
      fr: "L’effacement est demandé et approuvé par des personnes connectées, pas avec une clé d’API.",
    });
  return ctx.actor.userId;
}

/**
 * Deletes a client file and everything attached to it (reports and their
 * decisions and links, notes, plan, referrals and outcomes cascade), after
 * unlinking the journey shares it was opened from. Inside the caller's
 * organization transaction; returns what it removed.
 */
export async function eraseClientRows(tx: Tx, orgId: string, clientId: string): Promise<ErasureCounts> {
  const where = { organizationId: orgId, clientId };
  const reportIds = (await tx.matchReport.findMany({ where, select: { id: true } })).map((r) => r.id);
  const inReports = { organizationId: orgId, reportId: { in: reportIds } };
  const [reports, decisions, reportLinks, notes, actionItems, referrals, outcomes] = await Promise.all([
    Promise.resolve(reportIds.length),
    tx.reportOption.count({ where: inReports }),
    tx.reportShare.count({ where: inReports }),
    tx.clientNote.count({ where }),
    tx.actionItem.count({ where }),
    tx.referral.count({ where }),
    tx.outcome.count({ where }),
  ]);
  const unlinked = await tx.journeyShare.updateMany({ where: { organizationId: orgId, importedClientId: clientId }, data: { importedClientId: null } });
  const deleted = await tx.client.deleteMany({ where: { id: clientId, organizationId: orgId } });
  if (deleted.count !== 1) throw clientNotFound();
  return { clients: 1, reports, decisions, reportLinks, notes, actionItems, referrals, outcomes, journeySharesUnlinked: unlinked.count };
}

/** Discharges a client (daily work: the file stays, reversible by changing the status). */
export async function dischargeClient(ctx: OrgContext, clientId: string): Promise<void> {
  if (!can(ctx.role, "client.write")) throw forbidden();
  await withOrg(ctx.org.id, async (tx) => {
    const now = new Date();
    const changed = await tx.client.updateMany({
      where: { id: clientId, organizationId: ctx.org.id },
      data: { status: "discharged", dischargedAt: now, lastActivityAt: now },
    });
    if (changed.count !== 1) throw clientNotFound();
    await record(tx, ctx, { action: "client.discharge", subjectType: "client", subjectId: clientId });
  });
}

const INCLUDE_PEOPLE = `
  SELECT e.id, e.client_id, e.reason, e.status, e.requested_by_user_id, e.requested_at, e.decided_at, e.counts,
         coalesce(nullif(ru.name, ''), ru.email, '') AS requested_by, coalesce(nullif(du.name, ''), du.email) AS decided_by
  FROM erasure_request e
  LEFT JOIN "user" ru ON ru.id = e.requested_by_user_id
  LEFT JOIN "user" du ON du.id = e.decided_by_user_id`;

interface ErasureRow {
  id: string;
  client_id: string;
  reason: string;
  status: string;
  requested_by_user_id: string;
  requested_at: Date;
  decided_at: Date | null;
  counts: ErasureCounts | null;
  requested_by: string;
  decided_by: string | null;
}

function toView(row: ErasureRow): ErasureRequestView {
  return {
    id: row.id,
    clientId: row.client_id,
    reason: row.reason as ErasureReason,
    status: row.status as ErasureRequestView["status"],
    requestedBy: row.requested_by,
    requestedByUserId: row.requested_by_user_id,
    requestedAt: row.requested_at.toISOString(),
    decidedBy: row.decided_by,
    decidedAt: row.decided_at?.toISOString() ?? null,
    counts: row.counts,
  };
}

async function rowsWhere(tx: Tx, orgId: string, clause: string, ...values: unknown[]): Promise<ErasureRequestView[]> {
  const rows = await tx.$queryRawUnsafe<ErasureRow[]>(
    `${INCLUDE_PEOPLE} WHERE e.organization_id = $1::uuid AND ${clause} ORDER BY e.requested_at DESC LIMIT 200`,
    orgId,
    ...values,
  );
  return rows.map(toView);
}

/** Asks for a file to be erased. Any member who may change client files can ask; one open request per file. */
export async function requestErasure(ctx: OrgContext, clientId: string, input: ErasureRequestInput): Promise<ErasureRequestView> {
  if (!can(ctx.role, "client.write")) throw forbidden();
  return withOrg(ctx.org.id, async (tx) => {
    // One request at a time per organization: the open-request check and the insert cannot interleave.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('erasure:' || ${ctx.org.id}::text, 0))`;
    const client = await tx.client.count({ where: { id: clientId, organizationId: ctx.org.id } });
    if (!client) throw clientNotFound();
    const userId = userOf(ctx);
    const open = await tx.erasureRequest.count({ where: { organizationId: ctx.org.id, clientId, status: "pending" } });
    if (open)
      throw new ConflictError({
        en: "An erasure of this file is already waiting for approval.",
        fr: "Un effacement de ce dossier attend déjà une approbation.",
      });
    const row = await tx.erasureRequest.create({
      data: { organizationId: ctx.org.id, clientId, reason: input.reason, requestedByUserId: userId, status: "pending" },
      select: { id: true },
    });
    await record(tx, ctx, { action: "erasure.request", subjectType: "client", subjectId: clientId, detail: { request: row.id, reason: input.reason } });
    return (await rowsWhere(tx, ctx.org.id, "e.id = $2::uuid", row.id))[0]!;
  });
}

/** Approves (and carries out) or rejects a request. Only an administrator who did not ask. */
export async function decideErasure(ctx: OrgContext, requestId: string, decision: "approve" | "reject"): Promise<ErasureRequestView> {
  if (!can(ctx.role, "client.erase")) throw forbidden();
  return withOrg(ctx.org.id, async (tx) => {
    const request = await tx.erasureRequest.findFirst({ where: { id: requestId, organizationId: ctx.org.id } });
    if (!request) throw requestNotFound();
    const userId = userOf(ctx);
    if (request.status !== "pending")
      throw new ConflictError({ en: `This request is already ${request.status}.`, fr: "Cette demande a déjà été traitée." });
    if (request.requestedByUserId === userId)
      throw new ForbiddenError({
        en: "Another administrator must decide: the person who asked for an erasure cannot approve it.",
        fr: "Une autre personne administratrice doit décider : la personne qui a demandé l’effacement ne peut pas l’approuver.",
      });
    const counts = decision === "approve" ? await eraseClientRows(tx, ctx.org.id, request.clientId) : null;
    await tx.erasureRequest.update({
      where: { id: request.id },
      data: { status: decision === "approve" ? "approved" : "rejected", decidedByUserId: userId, decidedAt: new Date(), counts: counts ? { ...counts } : undefined },
    });
    await record(tx, ctx, {
      action: decision === "approve" ? "erasure.approve" : "erasure.reject",
      subjectType: "client",
      subjectId: request.clientId,
      detail: counts ? { request: request.id, reason: request.reason, counts: { ...counts } } : { request: request.id },
    });
    return (await rowsWhere(tx, ctx.org.id, "e.id = $2::uuid", request.id))[0]!;
  });
}

/** The person who asked may withdraw a pending request. */
export async function cancelErasure(ctx: OrgContext, requestId: string): Promise<void> {
  await withOrg(ctx.org.id, async (tx) => {
    const request = await tx.erasureRequest.findFirst({ where: { id: requestId, organizationId: ctx.org.id } });
    if (!request) throw requestNotFound();
    const userId = userOf(ctx);
    if (request.requestedByUserId !== userId) throw forbidden();
    if (request.status !== "pending")
      throw new ConflictError({ en: `This request is already ${request.status}.`, fr: "Cette demande a déjà été traitée." });
    await tx.erasureRequest.update({ where: { id: request.id }, data: { status: "cancelled" } });
    await record(tx, ctx, { action: "erasure.cancel", subjectType: "client", subjectId: request.clientId, detail: { request: request.id } });
  });
}

/** Requests of the organization, pending first then the latest decided ones. */
export async function listErasureRequests(ctx: OrgContext, filter: { clientId?: string } = {}): Promise<ErasureRequestView[]> {
  if (!can(ctx.role, "client.read")) throw forbidden();
  return withOrg(ctx.org.id, async (tx) => {
    const rows = filter.clientId
      ? await rowsWhere(tx, ctx.org.id, "e.client_id = $2::uuid", filter.clientId)
      : await rowsWhere(tx, ctx.org.id, "true");
    return rows.sort((a, b) => Number(b.status === "pending") - Number(a.status === "pending"));
  });
}

export async function getErasureRequest(ctx: OrgContext, requestId: string): Promise<ErasureRequestView> {
  if (!can(ctx.role, "client.read")) throw forbidden();
  return withOrg(ctx.org.id, async (tx) => {
    const found = (await rowsWhere(tx, ctx.org.id, "e.id = $2::uuid", requestId))[0];
    if (!found) throw requestNotFound();
    return found;
  });
}
