import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { ForbiddenError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import type { OrgContext } from "./context";
import { withOrg, type Tx } from "./tenant";

/**
 * The audit trail: who read or changed what, when, from which request.
 * Every service writes its event with `record` inside the transaction of the
 * change, so either both are kept or neither. Details name fields, never
 * their values. Each event carries the hash of its organization's previous
 * one (`npm run -s audit -- verify` checks the chain); the database refuses
 * updates and deletes of this table, and only its own writer role inserts.
 */

export const AUDIT_ACTIONS = [
  "client.list",
  "client.read",
  "client.create",
  "client.update",
  "client.delete",
  "client.export",
  "share.import",
  "member.invite",
  "member.join",
  "member.role",
  "member.remove",
  "apiKey.create",
  "apiKey.revoke",
  "audit.export",
  "organization.create",
  "organization.settings",
  "client.discharge",
  "erasure.request",
  "erasure.approve",
  "erasure.reject",
  "erasure.cancel",
  "retention.erase",
  "report.create",
  "report.read",
  "report.list",
  "report.pdf",
  "report.decide",
  "report.share",
  "report.unshare",
  "report.view",
  "note.create",
  "note.update",
  "note.delete",
  "plan.create",
  "plan.update",
  "plan.delete",
  "referral.create",
  "referral.update",
  "outcome.create",
  "outcome.delete",
  "timeline.read",
  "indicators.read",
  "indicators.export",
  "embed.update",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditInput {
  action: AuditAction;
  subjectType:
    | "client"
    | "member"
    | "invitation"
    | "apiKey"
    | "share"
    | "audit"
    | "organization"
    | "report"
    | "note"
    | "actionItem"
    | "referral"
    | "outcome"
    | "erasure"
    | "indicators"
    | "embed";
  subjectId?: string | null;
  detail?: Prisma.InputJsonValue;
}

/** Appends the event to the organization's hash chain (audit_append() in the database: the app cannot insert rows itself). */
export async function record(tx: Tx, ctx: OrgContext, event: AuditInput): Promise<void> {
  const userId = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  const apiKeyId = ctx.actor.kind === "apiKey" ? ctx.actor.apiKeyId : null;
  const detail = event.detail === undefined ? null : JSON.stringify(event.detail);
  await tx.$queryRaw`SELECT audit_append(
    ${ctx.org.id}::uuid, ${userId}::uuid, ${apiKeyId}::uuid, ${ctx.actor.label}, ${event.action},
    ${event.subjectType}, ${event.subjectId ?? null}, ${ctx.request.requestId}, ${ctx.request.route.slice(0, 300)}, ${detail}::jsonb)`;
}

export const auditQuerySchema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional(),
  subject: z.uuid().optional(),
  /** Events strictly older than this id (the next page). */
  before: z.coerce.bigint().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  actorKind: "user" | "apiKey" | "system";
  action: string;
  subjectType: string;
  subjectId: string | null;
  requestId: string | null;
  route: string | null;
  detail: unknown;
}

function toEntry(row: {
  id: bigint;
  at: Date;
  actorLabel: string;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  requestId: string | null;
  route: string | null;
  detail: unknown;
}): AuditEntry {
  return {
    id: row.id.toString(),
    at: row.at.toISOString(),
    actor: row.actorLabel,
    actorKind: row.actorApiKeyId ? "apiKey" : row.actorUserId ? "user" : "system",
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    requestId: row.requestId,
    route: row.route,
    detail: row.detail ?? null,
  };
}

export async function readAudit(tx: Tx, orgId: string, query: AuditQuery): Promise<{ entries: AuditEntry[]; next: string | null }> {
  const rows = await tx.auditEvent.findMany({
    where: {
      organizationId: orgId,
      ...(query.action ? { action: query.action } : {}),
      ...(query.subject ? { subjectId: query.subject } : {}),
      ...(query.before ? { id: { lt: query.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: query.limit + 1,
  });
  const entries = rows.slice(0, query.limit).map(toEntry);
  return { entries, next: rows.length > query.limit ? entries.at(-1)!.id : null };
}

/** A page of the organization's trail (administrators). */
export async function listAudit(ctx: OrgContext, query: AuditQuery) {
  if (!can(ctx.role, "audit.read")) throw forbidden();
  return withOrg(ctx.org.id, (tx) => readAudit(tx, ctx.org.id, query));
}

/** The whole trail, oldest first, for download; the export is itself recorded. */
export async function exportAudit(ctx: OrgContext): Promise<AuditEntry[]> {
  if (!can(ctx.role, "audit.read")) throw forbidden();
  return withOrg(ctx.org.id, async (tx) => {
    await record(tx, ctx, { action: "audit.export", subjectType: "audit" });
    const rows = await tx.auditEvent.findMany({ where: { organizationId: ctx.org.id }, orderBy: { id: "asc" }, take: 100_000 });
    return rows.map(toEntry);
  });
}

/** The trail of one client file (kept after the file is deleted). */
export async function clientTrail(tx: Tx, orgId: string, clientId: string): Promise<AuditEntry[]> {
  // Events about the file itself, and about its parts recorded under their own id (a report names its client in detail.client).
  const rows = await tx.auditEvent.findMany({
    where: { organizationId: orgId, OR: [{ subjectId: clientId }, { detail: { path: ["client"], equals: clientId } }] },
    orderBy: { id: "asc" },
    take: 10_000,
  });
  return rows.map(toEntry);
}

export function forbidden(): ForbiddenError {
  return new ForbiddenError({
    en: "Your role in this organization does not allow this.",
    fr: "Votre rôle dans cet organisme ne permet pas cette action.",
  });
}
