import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import { assignableRoles, can, isRole, ROLES, type Role } from "@/lib/auth/permissions";
import { invitationMail, sendMail } from "@/lib/auth/mail";
import { db } from "@/lib/db";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { hashToken, newToken } from "@/lib/journeys/token";
import { normalizeForSearch } from "@/lib/occupations/normalize";
import { forbidden, record } from "./audit";
import type { OrgContext, OrgRef } from "./context";
import { inTenant, setOrg, withOrg } from "./tenant";

/**
 * Organizations, their members and invitations. Accounts (the `user` table)
 * belong to sign-in, not to an organization: they are created here when
 * someone is invited or named owner, so only invited people can sign in.
 */

export const INVITATION_DAYS = 7;

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter an email address like name@example.org." }).max(254));

export const organizationNameSchema = z.string().trim().min(2, { error: "At least 2 characters." }).max(120, { error: "At most 120 characters." });

export const inviteSchema = z.object({
  email: emailSchema,
  role: z.enum(ROLES, { error: `One of ${ROLES.join(", ")}.` }),
});

/** Without look-alike characters (0/O, 1/I/L): read aloud or copied from paper. */
const SHARE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const SHARE_CODE_PATTERN = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

function shareCode(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => SHARE_ALPHABET[b % SHARE_ALPHABET.length]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

/** The typed code in its stored form ("k7m4 q2xp" → "K7M4-Q2XP"), or null. */
export function normalizeShareCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, "");
  const code = `${compact.slice(0, 4)}-${compact.slice(4)}`;
  return compact.length === 8 && SHARE_CODE_PATTERN.test(code) ? code : null;
}

function slugFor(name: string): string {
  return normalizeForSearch(name).replace(/\s+/g, "-").slice(0, 40).replace(/-+$/, "") || "organization";
}

/** An account for this address (created if new): the person can then sign in. */
export async function ensureUser(email: string): Promise<{ id: string; email: string }> {
  const address = emailSchema.parse(email);
  return db().user.upsert({ where: { email: address }, create: { email: address }, update: {}, select: { id: true, email: true } });
}

/** A new organization with its first owner (the command line's `org create`). */
export async function createOrganization(input: { name: string; ownerEmail: string }): Promise<{ organization: OrgRef & { shareCode: string }; ownerId: string }> {
  const name = organizationNameSchema.parse(input.name);
  const owner = await ensureUser(input.ownerEmail);
  const id = randomUUID();
  const base = slugFor(name);
  const organization = await withOrg(id, async (tx) => {
    // The first free address: a taken slug (or share code) inserts nothing, with no error to abort the transaction.
    let org: (OrgRef & { shareCode: string }) | null = null;
    for (let attempt = 0; attempt < 50 && !org; attempt++) {
      const slug = attempt === 0 ? base : `${base}-${attempt + 1}`;
      const inserted = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO organization (id, name, slug, share_code) VALUES (${id}::uuid, ${name}, ${slug}, ${shareCode()})
        ON CONFLICT DO NOTHING RETURNING id`;
      if (inserted.length) org = await tx.organization.findFirstOrThrow({ where: { id }, select: { id: true, name: true, slug: true, shareCode: true } });
    }
    if (!org) throw new ConflictError({ en: "Could not find a free address for this organization.", fr: "Impossible de trouver une adresse libre pour cet organisme." });
    const membership = await tx.membership.create({ data: { organizationId: id, userId: owner.id, role: "owner" } });
    const ctx: OrgContext = {
      org,
      actor: { kind: "user", userId: owner.id, label: owner.email },
      role: "owner",
      membershipId: membership.id,
      request: { requestId: randomUUID(), route: "command line: org create" },
    };
    await record(tx, ctx, { action: "organization.create", subjectType: "organization", subjectId: id });
    return org;
  });
  return { organization, ownerId: owner.id };
}

export interface MyOrganization extends OrgRef {
  role: string;
}

/** The organizations a user belongs to. */
export async function myOrganizations(userId: string): Promise<MyOrganization[]> {
  return inTenant({ userId }, async (tx) => {
    const rows = await tx.membership.findMany({
      where: { userId },
      select: { role: true, organization: { select: { id: true, name: true, slug: true } } },
      orderBy: { organization: { name: "asc" } },
    });
    return rows.map((r) => ({ ...r.organization, role: r.role }));
  });
}

/** A user's membership of the organization at `slug`, read fresh on every request (a removal applies at once). */
export async function membershipBySlug(userId: string, slug: string): Promise<{ org: OrgRef; membershipId: string; role: string } | null> {
  return inTenant({ userId }, async (tx) => {
    const row = await tx.membership.findFirst({
      where: { userId, organization: { slug } },
      select: { id: true, role: true, organization: { select: { id: true, name: true, slug: true } } },
    });
    return row ? { org: row.organization, membershipId: row.id, role: row.role } : null;
  });
}

export interface MemberView {
  id: string;
  userId: string;
  email: string;
  name: string | null;
  role: string;
  since: string;
}

export interface InvitationView {
  id: string;
  email: string;
  role: string;
  expiresAt: string;
}

export async function listMembers(ctx: OrgContext): Promise<{ members: MemberView[]; invitations: InvitationView[] }> {
  if (!can(ctx.role, "member.read")) throw forbidden();
  return withOrg(ctx.org.id, async (tx) => {
    const [members, invitations] = await Promise.all([
      tx.membership.findMany({
        where: { organizationId: ctx.org.id },
        select: { id: true, role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
        orderBy: { createdAt: "asc" },
      }),
      can(ctx.role, "member.manage")
        ? tx.invitation.findMany({ where: { organizationId: ctx.org.id, acceptedAt: null, expiresAt: { gt: new Date() } }, orderBy: { createdAt: "desc" } })
        : Promise.resolve([]),
    ]);
    return {
      members: members.map((m) => ({ id: m.id, userId: m.user.id, email: m.user.email, name: m.user.name, role: m.role, since: m.createdAt.toISOString() })),
      invitations: invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt.toISOString() })),
    };
  });
}

/** Invites someone by email: an account for the address, a link valid INVITATION_DAYS days, the email. Returns the link. */
export async function inviteMember(ctx: OrgContext, input: z.infer<typeof inviteSchema>, siteUrl: string, locale: string): Promise<string> {
  if (!assignableRoles(ctx.role).includes(input.role)) throw forbidden();
  await ensureUser(input.email);
  const token = newToken();
  const url = `${siteUrl.replace(/\/$/, "")}/${locale}/invitations/${token}`;
  await withOrg(ctx.org.id, async (tx) => {
    const already = await tx.membership.count({ where: { organizationId: ctx.org.id, user: { email: input.email } } });
    if (already)
      throw new InvalidInputError({ en: "This person is already a member.", fr: "Cette personne est déjà membre." }, "email");
    const invitation = await tx.invitation.create({
      data: {
        organizationId: ctx.org.id,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedByUserId: ctx.actor.kind === "user" ? ctx.actor.userId : null,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      },
    });
    await record(tx, ctx, { action: "member.invite", subjectType: "invitation", subjectId: invitation.id, detail: { role: input.role } });
  });
  await sendMail(invitationMail(input.email, ctx.org.name, url, INVITATION_DAYS));
  return url;
}

const invitationGone = () =>
  new NotFoundError({
    en: "This invitation does not exist, was already used or has expired. Ask for a new one.",
    fr: "Cette invitation n’existe pas, a déjà servi ou a expiré. Demandez-en une nouvelle.",
  });

/** What an invitation link offers, for its page (null when unusable). */
export async function invitationByToken(token: string): Promise<{ organization: string; email: string; role: string } | null> {
  const tokenHash = hashToken(token);
  return inTenant({ tokenHash }, async (tx) => {
    const row = await tx.invitation.findFirst({ where: { tokenHash, acceptedAt: null, expiresAt: { gt: new Date() } }, select: { email: true, role: true, organizationId: true } });
    if (!row) return null;
    await setOrg(tx, row.organizationId);
    const org = await tx.organization.findFirst({ where: { id: row.organizationId }, select: { name: true } });
    return org ? { organization: org.name, email: row.email, role: row.role } : null;
  });
}

/** The signed-in user accepts: the invitation must be for their address. Returns the organization's slug. */
export async function acceptInvitation(token: string, user: { id: string; email: string }, requestId: string): Promise<string> {
  const tokenHash = hashToken(token);
  return inTenant({ tokenHash, userId: user.id }, async (tx) => {
    const invitation = await tx.invitation.findFirst({ where: { tokenHash, acceptedAt: null, expiresAt: { gt: new Date() } } });
    if (!invitation) throw invitationGone();
    if (invitation.email !== user.email.toLowerCase())
      throw new InvalidInputError(
        { en: `This invitation is for ${invitation.email}. Sign in with that address.`, fr: `Cette invitation est destinée à ${invitation.email}. Connectez-vous avec cette adresse.` },
        "email",
      );
    if (!isRole(invitation.role)) throw invitationGone();
    await setOrg(tx, invitation.organizationId);
    const org = await tx.organization.findFirst({ where: { id: invitation.organizationId }, select: { id: true, name: true, slug: true } });
    if (!org) throw invitationGone();
    const used = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
    if (used.count !== 1) throw invitationGone();
    const existing = await tx.membership.findFirst({ where: { organizationId: org.id, userId: user.id } });
    const membership = existing ?? (await tx.membership.create({ data: { organizationId: org.id, userId: user.id, role: invitation.role } }));
    const ctx: OrgContext = {
      org,
      actor: { kind: "user", userId: user.id, label: user.email },
      role: invitation.role,
      membershipId: membership.id,
      request: { requestId, route: "page invitation" },
    };
    await record(tx, ctx, { action: "member.join", subjectType: "member", subjectId: membership.id, detail: { role: membership.role } });
    return org.slug;
  });
}

const memberNotFound = () => new NotFoundError({ en: "No such member in this organization.", fr: "Aucun membre de ce nom dans cet organisme." });
const lastOwner = () =>
  new ConflictError({ en: "An organization keeps at least one owner.", fr: "Un organisme garde au moins une personne propriétaire." });

export async function changeRole(ctx: OrgContext, membershipId: string, role: Role): Promise<void> {
  const allowed = assignableRoles(ctx.role);
  if (!allowed.includes(role)) throw forbidden();
  await withOrg(ctx.org.id, async (tx) => {
    const member = await tx.membership.findFirst({ where: { id: membershipId, organizationId: ctx.org.id } });
    if (!member) throw memberNotFound();
    if (member.role === "owner" && !can(ctx.role, "owner.manage")) throw forbidden();
    if (member.role === "owner" && role !== "owner" && (await tx.membership.count({ where: { organizationId: ctx.org.id, role: "owner" } })) <= 1) throw lastOwner();
    await tx.membership.updateMany({ where: { id: membershipId, organizationId: ctx.org.id }, data: { role } });
    await record(tx, ctx, { action: "member.role", subjectType: "member", subjectId: membershipId, detail: { from: member.role, to: role } });
  });
}

/** Removes a member: from their next request they see nothing of the organization; their clients become unassigned. */
export async function removeMember(ctx: OrgContext, membershipId: string): Promise<void> {
  if (!can(ctx.role, "member.manage")) throw forbidden();
  await withOrg(ctx.org.id, async (tx) => {
    const member = await tx.membership.findFirst({ where: { id: membershipId, organizationId: ctx.org.id } });
    if (!member) throw memberNotFound();
    if (member.role === "owner" && !can(ctx.role, "owner.manage")) throw forbidden();
    if (member.role === "owner" && (await tx.membership.count({ where: { organizationId: ctx.org.id, role: "owner" } })) <= 1) throw lastOwner();
    await tx.client.updateMany({ where: { organizationId: ctx.org.id, counsellorId: membershipId }, data: { counsellorId: null } });
    await tx.membership.deleteMany({ where: { id: membershipId, organizationId: ctx.org.id } });
    await record(tx, ctx, { action: "member.remove", subjectType: "member", subjectId: membershipId });
  });
}

export async function revokeInvitation(ctx: OrgContext, invitationId: string): Promise<void> {
  if (!can(ctx.role, "member.manage")) throw forbidden();
  await withOrg(ctx.org.id, async (tx) => {
    const gone = await tx.invitation.deleteMany({ where: { id: invitationId, organizationId: ctx.org.id, acceptedAt: null } });
    if (gone.count !== 1) throw invitationGone();
  });
}

/** The organization's share code, for its counsellors to give clients. */
export async function organizationShareCode(ctx: OrgContext): Promise<string> {
  return withOrg(ctx.org.id, async (tx) => (await tx.organization.findFirstOrThrow({ where: { id: ctx.org.id }, select: { shareCode: true } })).shareCode);
}
