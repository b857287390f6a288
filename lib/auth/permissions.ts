/**
 * Who may do what in an organization: one table from role to permissions.
 * Guards ask for a permission, never a role name; a role not in this table
 * (an old value, a typo in the database) has no permission at all.
 */

export const ROLES = ["owner", "admin", "counsellor", "supervisor"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "client.read",
  "client.write",
  "client.erase",
  "client.export",
  "share.import",
  "member.read",
  "member.manage",
  "owner.manage",
  "apiKey.manage",
  "audit.read",
  "indicators.read",
  "embed.manage",
  "settings.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  /** Runs the organization: everything, including naming other owners. */
  owner: PERMISSIONS,
  /** Manages members, API keys and client files; approves erasures asked by another person; reads the audit trail. */
  admin: ["client.read", "client.write", "client.erase", "client.export", "share.import", "member.read", "member.manage", "apiKey.manage", "audit.read", "indicators.read", "embed.manage", "settings.manage"],
  /** Works with clients: reads, writes, exports, imports shared journeys. */
  counsellor: ["client.read", "client.write", "client.export", "share.import", "member.read"],
  /** Reads client files and the indicators (quality review, supervision), changes nothing. */
  supervisor: ["client.read", "member.read", "indicators.read"],
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: string, permission: Permission): boolean {
  return isRole(role) && ROLE_PERMISSIONS[role].includes(permission);
}

/** Roles a member holding `role` may give to others (only owners make owners). */
export function assignableRoles(role: string): Role[] {
  if (!can(role, "member.manage")) return [];
  return ROLES.filter((r) => r !== "owner" || can(role, "owner.manage"));
}

/** Roles an API key may carry: never an owner's. */
export const API_KEY_ROLES = ["admin", "counsellor", "supervisor"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, { en: string; fr: string }> = {
  owner: { en: "Owner", fr: "Propriétaire" },
  admin: { en: "Administrator", fr: "Administrateur ou administratrice" },
  counsellor: { en: "Counsellor", fr: "Conseiller ou conseillère" },
  supervisor: { en: "Supervisor (read only)", fr: "Superviseur ou superviseure (lecture seule)" },
};
