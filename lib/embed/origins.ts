import { z } from "zod";

/**
 * The sites allowed to frame an organization's embeds, as exact origins
 * (`https://host[:port]`), the form the browser compares against
 * `frame-ancestors`. No paths, wildcards, credentials or other schemes;
 * plain http only for a site on this machine (localhost), for trying things out.
 */

export const MAX_ORIGINS = 20;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The origin as a browser writes it (lower-case host, default port dropped), or a reason it is not one. */
export type OriginProblem = "shape" | "url" | "credentials" | "wildcard" | "https" | "domain";

export function normalizeOrigin(input: string): { ok: true; origin: string } | { ok: false; reason: string; problem: OriginProblem } {
  const text = input.trim();
  if (!/^https?:\/\/[^/?#\s]+\/?$/i.test(text)) {
    return { ok: false, problem: "shape", reason: "an origin is https://host or https://host:port, without a path, query or wildcard" };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: "url", reason: "not a valid web address" };
  }
  if (url.username || url.password) return { ok: false, problem: "credentials", reason: "an origin carries no user name or password" };
  if (url.hostname.includes("*")) return { ok: false, problem: "wildcard", reason: "wildcards are not allowed: list each site exactly" };
  if (url.protocol === "http:" && !LOCAL_HOSTS.has(url.hostname)) {
    return { ok: false, problem: "https", reason: "use https (plain http is allowed only for localhost)" };
  }
  if (!url.hostname.includes(".") && !LOCAL_HOSTS.has(url.hostname)) return { ok: false, problem: "domain", reason: "the host needs a domain name, e.g. www.example.org" };
  return { ok: true, origin: url.origin };
}

export const originSchema = z
  .string({ error: "an origin such as https://www.example.org" })
  .max(200, "an origin has at most 200 characters")
  .transform((value, ctx) => {
    const result = normalizeOrigin(value);
    if (result.ok) return result.origin;
    ctx.addIssue({ code: "custom", message: result.reason, params: { problem: result.problem } });
    return z.NEVER;
  })
  .meta({ description: "An exact origin: https://host[:port] (http only for localhost).", example: "https://www.example.org" });

/** A list of origins, each normalised once (duplicates dropped). */
export const originListSchema = z
  .array(originSchema)
  .max(MAX_ORIGINS, `at most ${MAX_ORIGINS} sites`)
  .transform((list) => [...new Set(list)]);

/** The frame-ancestors directive for an embed page: Parallel itself (the settings preview) and the organization's sites. */
export function frameAncestors(origins: readonly string[]): string {
  const valid = origins.map((o) => normalizeOrigin(o)).flatMap((r) => (r.ok ? [r.origin] : []));
  return `frame-ancestors 'self'${valid.length ? ` ${[...new Set(valid)].join(" ")}` : ""}`;
}
