import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { API_KEY_ROLES, can, isRole } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { forbidden, record } from "./audit";
import type { OrgContext, RequestInfo } from "./context";
import { inTenant, setOrg, withOrg } from "./tenant";

/**
 * API keys for an organization's own systems: `pk_<prefix>_<secret>`, shown
 * once at creation; only the SHA-256 of the whole key is kept. A key acts
 * with the role chosen for it (never owner) and stops working when revoked.
 */

export const apiKeyCreateSchema = z.object({
  name: z.string().trim().min(1, { error: "Name the key (e.g. the system that uses it)." }).max(80, { error: "At most 80 characters." }),
  role: z.enum(API_KEY_ROLES, { error: `One of ${API_KEY_ROLES.join(", ")}.` }),
});

export const API_KEY_PATTERN = /^pk_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

export interface ApiKeyView {
  id: string;
  name: string;
  role: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function createApiKey(ctx: OrgContext, input: z.infer<typeof apiKeyCreateSchema>): Promise<{ key: string; view: ApiKeyView }> {
  if (!can(ctx.role, "apiKey.manage")) throw forbidden();
  const prefix = randomBytes(6).toString("hex").slice(0, 8);
  const key = `pk_${prefix}_${randomBytes(32).toString("base64url")}`;
  return withOrg(ctx.org.id, async (tx) => {
    const row = await tx.apiKey.create({
      data: {
        organizationId: ctx.org.id,
        name: input.name,
        role: input.role,
        prefix,
        secretHash: hashKey(key),
        createdByUserId: ctx.actor.kind === "user" ? ctx.actor.userId : null,
      },
    });
    await record(tx, ctx, { action: "apiKey.create", subjectType: "apiKey", subjectId: row.id, detail: { role: input.role } });
    return { key, view: toView(row) };
  });
}

function toView(row: { id: string; name: string; role: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: `pk_${row.prefix}_…`,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function listApiKeys(ctx: OrgContext): Promise<ApiKeyView[]> {
  if (!can(ctx.role, "apiKey.manage")) throw forbidden();
  return withOrg(ctx.org.id, async (tx) => (await tx.apiKey.findMany({ where: { organizationId: ctx.org.id }, orderBy: { createdAt: "desc" } })).map(toView));
}

export async function revokeApiKey(ctx: OrgContext, id: string): Promise<void> {
  if (!can(ctx.role, "apiKey.manage")) throw forbidden();
  await withOrg(ctx.org.id, async (tx) => {
    const done = await tx.apiKey.updateMany({ where: { id, organizationId: ctx.org.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (done.count !== 1) throw new NotFoundError({ en: "No active key with this id.", fr: "Aucune clé active avec cet identifiant." });
    await record(tx, ctx, { action: "apiKey.revoke", subjectType: "apiKey", subjectId: id });
  });
}

/** The organization and role a presented key acts for, or null (unknown, malformed or revoked). */
export async function authenticateApiKey(key: string, request: RequestInfo): Promise<OrgContext | null> {
  if (!API_KEY_PATTERN.test(key)) return null;
  const apiKeyHash = hashKey(key);
  return inTenant({ apiKeyHash }, async (tx) => {
    const row = await tx.apiKey.findFirst({ where: { secretHash: apiKeyHash, revokedAt: null } });
    if (!row || !isRole(row.role) || row.role === "owner") return null;
    await setOrg(tx, row.organizationId);
    const org = await tx.organization.findFirst({ where: { id: row.organizationId }, select: { id: true, name: true, slug: true } });
    if (!org) return null;
    // Recorded at most once a minute per key, not on every call.
    if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000)
      await tx.apiKey.updateMany({ where: { id: row.id, organizationId: org.id }, data: { lastUsedAt: new Date() } });
    return { org, actor: { kind: "apiKey", apiKeyId: row.id, label: `API key ${row.name} (pk_${row.prefix})` }, role: row.role, membershipId: null, request };
  });
}
