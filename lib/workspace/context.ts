import type { Role } from "@/lib/auth/permissions";

/** Who acts: a signed-in member, or an organization's API key. */
export type Actor =
  | { kind: "user"; userId: string; label: string }
  | { kind: "apiKey"; apiKeyId: string; label: string };

/** The request an action came from, kept in the audit trail. */
export interface RequestInfo {
  requestId: string;
  /** Method and path, e.g. "GET /api/v1/workspace/clients" or "page /en/workspace/acme/clients". */
  route: string;
}

export interface OrgRef {
  id: string;
  name: string;
  slug: string;
}

/** Everything a service needs to act for an organization, built by the guards (lib/auth/guards.ts). */
export interface OrgContext {
  org: OrgRef;
  actor: Actor;
  role: Role;
  /** The acting member's membership (null for an API key). */
  membershipId: string | null;
  request: RequestInfo;
}
