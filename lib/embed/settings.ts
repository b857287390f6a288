import "server-only";
import { cache } from "react";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { forbidden, record } from "@/lib/workspace/audit";
import type { OrgContext } from "@/lib/workspace/context";
import { withOrg, type Tx } from "@/lib/workspace/tenant";
import { MAX_ORIGINS, normalizeOrigin } from "./origins";
import { storedTheme, type Theme } from "./theme";

/**
 * An organization's embed settings: the sites that may frame its pathway
 * pages, their look and their default language. Administrators read and
 * change them through the workspace (row-level security, audited as
 * embed.update); the public embed pages and the proxy read them by
 * organization id as the tables' owner (the one organization table whose
 * row-level security is not forced, on purpose: an embed has no tenant).
 */

import { embedSettingsSchema, type EmbedLocale, type EmbedSettingsInput } from "./settings-schema";
export { embedSettingsSchema, EMBED_LOCALES, type EmbedLocale, type EmbedSettingsInput } from "./settings-schema";

export interface EmbedSettingsView {
  organizationId: string;
  origins: string[];
  theme: Theme;
  locale: EmbedLocale;
  updatedAt: string | null;
}

const asLocale = (value: string | null | undefined): EmbedLocale => (value === "fr" ? "fr" : "en");

/** Origins as stored, kept only when still valid (the column predates nothing, but never trust a row). */
const cleanOrigins = (origins: readonly string[]) => origins.flatMap((o) => {
  const r = normalizeOrigin(o);
  return r.ok ? [r.origin] : [];
});

function allow(ctx: OrgContext) {
  if (!can(ctx.role, "embed.manage")) throw forbidden();
}

async function read(tx: Tx, orgId: string): Promise<EmbedSettingsView> {
  const row = await tx.embedSettings.findUnique({ where: { organizationId: orgId } });
  return {
    organizationId: orgId,
    origins: cleanOrigins(row?.origins ?? []),
    theme: storedTheme(row?.theme),
    locale: asLocale(row?.locale),
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

/** The organization's settings (the defaults until an administrator saves them). */
export async function getEmbedSettings(ctx: OrgContext): Promise<EmbedSettingsView> {
  allow(ctx);
  return withOrg(ctx.org.id, (tx) => read(tx, ctx.org.id));
}

async function write(tx: Tx, ctx: OrgContext, input: EmbedSettingsInput, before: EmbedSettingsView): Promise<EmbedSettingsView> {
  const data = { origins: input.origins, theme: { ...input.theme }, locale: input.locale };
  await tx.embedSettings.upsert({ where: { organizationId: ctx.org.id }, create: { organizationId: ctx.org.id, ...data }, update: data });
  const added = input.origins.filter((o) => !before.origins.includes(o));
  const removed = before.origins.filter((o) => !input.origins.includes(o));
  await record(tx, ctx, { action: "embed.update", subjectType: "embed", subjectId: ctx.org.id, detail: { added, removed, theme: { ...input.theme }, locale: input.locale } });
  return read(tx, ctx.org.id);
}

/** Replaces the settings (validated again here: callers may skip the schema). */
export async function updateEmbedSettings(ctx: OrgContext, input: unknown): Promise<EmbedSettingsView> {
  allow(ctx);
  const parsed = embedSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InvalidInputError({ en: issue.message, fr: issue.message }, issue.path.map(String).join(".") || "settings");
  }
  return withOrg(ctx.org.id, async (tx) => write(tx, ctx, parsed.data, await read(tx, ctx.org.id)));
}

/** Adds one allowed site (the command line's allow-origin); true when it was not listed yet. */
export async function allowOrigin(ctx: OrgContext, origin: string): Promise<{ origin: string; added: boolean; origins: string[] }> {
  allow(ctx);
  const normal = normalizeOrigin(origin);
  if (!normal.ok) throw new InvalidInputError({ en: normal.reason, fr: normal.reason }, "origin");
  return withOrg(ctx.org.id, async (tx) => {
    const before = await read(tx, ctx.org.id);
    if (before.origins.includes(normal.origin)) return { origin: normal.origin, added: false, origins: before.origins };
    if (before.origins.length >= MAX_ORIGINS) throw new InvalidInputError({ en: `At most ${MAX_ORIGINS} sites.`, fr: `${MAX_ORIGINS} sites au maximum.` }, "origin");
    const after = await write(tx, ctx, { origins: [...before.origins, normal.origin], theme: before.theme, locale: before.locale }, before);
    return { origin: normal.origin, added: true, origins: after.origins };
  });
}

/** Removes one allowed site; true when it was listed. */
export async function disallowOrigin(ctx: OrgContext, origin: string): Promise<{ removed: boolean; origins: string[] }> {
  allow(ctx);
  const normal = normalizeOrigin(origin);
  if (!normal.ok) throw new InvalidInputError({ en: normal.reason, fr: normal.reason }, "origin");
  return withOrg(ctx.org.id, async (tx) => {
    const before = await read(tx, ctx.org.id);
    if (!before.origins.includes(normal.origin)) return { removed: false, origins: before.origins };
    const after = await write(tx, ctx, { origins: before.origins.filter((o) => o !== normal.origin), theme: before.theme, locale: before.locale }, before);
    return { removed: true, origins: after.origins };
  });
}

export interface PublicEmbed {
  organizationId: string;
  organizationName: string;
  origins: string[];
  theme: Theme;
  locale: EmbedLocale;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What an embed page needs about its organization, by id, or null for an
 * id that is not an organization's. Read as the owner: no tenant here.
 */
export const publicEmbed = cache(async (organizationId: string): Promise<PublicEmbed | null> => {
  if (!UUID.test(organizationId)) return null;
  const org = await db().organization.findUnique({
    where: { id: organizationId.toLowerCase() },
    select: { id: true, name: true, embed: { select: { origins: true, theme: true, locale: true } } },
  });
  if (!org) return null;
  return {
    organizationId: org.id,
    organizationName: org.name,
    origins: cleanOrigins(org.embed?.origins ?? []),
    theme: storedTheme(org.embed?.theme),
    locale: asLocale(org.embed?.locale),
  };
});

/** An organization by id or address (slug), for the command line. */
export async function organizationByIdOrSlug(value: string): Promise<{ id: string; name: string; slug: string } | null> {
  return db().organization.findFirst({
    where: UUID.test(value) ? { id: value.toLowerCase() } : { slug: value.toLowerCase() },
    select: { id: true, name: true, slug: true },
  });
}

export const unknownOrganization = () =>
  new NotFoundError({ en: "No organization with this id.", fr: "Aucun organisme avec cet identifiant." });
