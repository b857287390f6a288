import "server-only";
import { randomUUID } from "node:crypto";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import type { OrgContext, RequestInfo } from "@/lib/workspace/context";
import { membershipBySlug, myOrganizations } from "@/lib/workspace/organizations";
import { auth } from "./auth";
import { can, isRole, type Permission } from "./permissions";

/**
 * The checks every workspace page, server action and endpoint makes, in
 * that order: signed in, a member of this organization now (read fresh on
 * every request, so a removal applies at once), and a role that grants the
 * permission. A layout's check does not stop its page from rendering: each
 * page and each action calls these itself.
 */

export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
}

/** The session's user, read once per request (a layout and its page both ask). */
export const signedInUser = cache(async (): Promise<SignedInUser | null> => {
  const session = await auth();
  const user = session?.user as { id?: string; email?: string | null; name?: string | null } | undefined;
  return user?.id && user.email ? { id: user.id, email: user.email, name: user.name ?? null } : null;
});

/** A membership, read fresh for each request but once within it. */
const membershipOf = cache(membershipBySlug);

export function newRequest(route: string): RequestInfo {
  return { requestId: randomUUID(), route };
}

/** Pages: the signed-in user, or off to the sign-in page (coming back to `next`). */
export async function requireUserPage(locale: string, next: string): Promise<SignedInUser> {
  const user = await signedInUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(next)}`);
  return user;
}

async function contextFor(user: SignedInUser, slug: string, permission: Permission, route: string): Promise<OrgContext | "not-member" | "not-allowed"> {
  const membership = await membershipOf(user.id, slug);
  if (!membership) return "not-member";
  if (!isRole(membership.role) || !can(membership.role, permission)) return "not-allowed";
  return {
    org: membership.org,
    actor: { kind: "user", userId: user.id, label: user.email },
    role: membership.role,
    membershipId: membership.membershipId,
    request: newRequest(route),
  };
}

/** Pages: the organization context, or the 404 page (not a member: nothing says the organization exists) or the 403 page. */
export async function pageContext(locale: string, slug: string, permission: Permission, path: string): Promise<OrgContext> {
  const user = await requireUserPage(locale, `/${locale}/workspace/${slug}${path}`);
  const ctx = await contextFor(user, slug, permission, `page /${locale}/workspace/${slug}${path}`);
  if (ctx === "not-member") notFound();
  if (ctx === "not-allowed") forbidden();
  return ctx;
}

const notSignedIn = () => new UnauthenticatedError({ en: "Sign in to continue.", fr: "Connectez-vous pour continuer." });
const noSuchOrganization = () => new NotFoundError({ en: "No such organization.", fr: "Aucun organisme de ce nom." });
const notAllowed = () =>
  new ForbiddenError({ en: "Your role in this organization does not allow this.", fr: "Votre rôle dans cet organisme ne permet pas cette action." });

/** Server actions: the same checks, as typed errors the action turns into a message. */
export async function actionContext(slug: string, permission: Permission, route: string): Promise<OrgContext> {
  const user = await signedInUser();
  if (!user) throw notSignedIn();
  const ctx = await contextFor(user, slug, permission, `action ${route}`);
  if (ctx === "not-member") throw noSuchOrganization();
  if (ctx === "not-allowed") throw notAllowed();
  return ctx;
}

/**
 * The JSON API with a session: the organization named by `org` (its slug),
 * or the only one the user belongs to.
 */
export async function sessionApiContext(org: string | null, permission: Permission, route: string): Promise<OrgContext> {
  const user = await signedInUser();
  if (!user) throw notSignedIn();
  let slug = org;
  if (!slug) {
    const mine = await myOrganizations(user.id);
    if (mine.length !== 1)
      throw new NotFoundError({
        en: "Name the organization with ?org=<its address> (you belong to several, or none).",
        fr: "Indiquez l’organisme avec ?org=<son adresse> (vous êtes membre de plusieurs, ou d’aucun).",
      });
    slug = mine[0]!.slug;
  }
  const ctx = await contextFor(user, slug, permission, route);
  if (ctx === "not-member") throw noSuchOrganization();
  if (ctx === "not-allowed") throw notAllowed();
  return ctx;
}

export function requirePermission(ctx: OrgContext, permission: Permission): void {
  if (!can(ctx.role, permission)) throw notAllowed();
}
