import type { EmbedQuery } from "./views";

/** A path inside the embed (same organization), keeping the snippet's language and look. */
export function withinEmbed(organizationId: string, path: string, query: EmbedQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of ["locale", "primary", "text", "background", "radius", "font"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const text = params.toString();
  return `/embed/${organizationId}${path}${text ? `?${text}` : ""}`;
}
