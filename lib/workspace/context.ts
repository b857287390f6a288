import type { Role } from "@/lib/auth/permissions";

/** Who acts: a signed-in member, an organization's API key, or Parallel itself (a scheduled job, a client's report link). */
export type Actor =
  | { kind: "user"; userId: string; label: string }
  | { kind: "apiKey"; apiKeyId: string; label: string }
  | { kind: "system"; label: string };

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

/** The context of work Parallel does itself for an organization: recorded under `label`, with the permissions of `role`. */
export function systemContext(org: OrgRef, label: string, route: string, role: Role = "admin"): OrgContext {
  return { org, actor: { kind: "system", label }, role, membershipId: null, request: { requestId: crypto.randomUUID(), route } };
}
