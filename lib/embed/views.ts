import { z } from "zod";
import { PROVINCES } from "@/lib/content/schema";
import { FONT_NAMES, HEX_COLOUR, MAX_RADIUS, type Theme } from "./theme";

/**
 * The four embeddable views, their addresses on Parallel (the embed page and
 * the full page it stands for) and the snippet an organization copies.
 * Shared by the embed pages, the settings page, oEmbed and the tests, so the
 * snippet, public/embed.js and the pages agree on one set of parameters.
 */

export const EMBED_VIEWS = ["profession", "search", "alternatives", "journey"] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

export type EmbedLocale = "en" | "fr";

export interface EmbedTarget {
  organizationId: string;
  view: EmbedView;
  /** profession: its slug. */
  profession?: string;
  /** profession: a province or territory code. */
  province?: string;
  /** alternatives (required), journey (optional): a NOC 2021 unit group. */
  noc?: string;
  /** search: the first query. */
  query?: string;
  locale?: EmbedLocale;
  theme?: Partial<Theme>;
}

export const SLUG = /^[a-z0-9-]{2,80}$/;
export const NOC = /^\d{5}$/;

/** The query parameters an embed page reads (all optional; a bad value is ignored, never an error). */
export const embedQuerySchema = z.object({
  locale: z.enum(["en", "fr"]).optional().catch(undefined),
  province: z.enum(PROVINCES).optional().catch(undefined),
  q: z.string().max(100).optional().catch(undefined),
  occupation: z.string().regex(NOC).optional().catch(undefined),
  primary: z.string().regex(HEX_COLOUR).optional().catch(undefined),
  text: z.string().regex(HEX_COLOUR).optional().catch(undefined),
  background: z.string().regex(HEX_COLOUR).optional().catch(undefined),
  radius: z.string().regex(/^\d{1,2}$/).optional().catch(undefined),
  font: z.enum(FONT_NAMES as [string, ...string[]]).optional().catch(undefined),
});
export type EmbedQuery = z.infer<typeof embedQuerySchema>;

/** Reads a page's search parameters (first value of each), dropping what is not valid. */
export function readEmbedQuery(search: Record<string, string | string[] | undefined>): EmbedQuery {
  const first = Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return embedQuerySchema.parse(first);
}

function query(target: EmbedTarget): string {
  const params = new URLSearchParams();
  if (target.locale) params.set("locale", target.locale);
  if (target.view === "profession" && target.province) params.set("province", target.province);
  if (target.view === "search" && target.query) params.set("q", target.query);
  if (target.view === "journey" && target.noc) params.set("occupation", target.noc);
  for (const [key, value] of Object.entries(target.theme ?? {})) {
    if (value !== undefined && value !== null && String(value) !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The embed page's path, or null when the view lacks what it needs. */
export function embedPath(target: EmbedTarget): string | null {
  const base = `/embed/${target.organizationId}`;
  switch (target.view) {
    case "profession":
      return target.profession && SLUG.test(target.profession) ? `${base}/professions/${target.profession}${query(target)}` : null;
    case "search":
      return `${base}/occupations${query(target)}`;
    case "alternatives":
      return target.noc && NOC.test(target.noc) ? `${base}/occupations/${target.noc}/alternatives${query(target)}` : null;
    case "journey":
      return `${base}/journey${query(target)}`;
  }
}

/** The full page on Parallel an embed stands for (its "open the full page" link and the snippet's no-script link). */
export function fullPagePath(target: Pick<EmbedTarget, "view" | "profession" | "province" | "noc" | "query">, locale: EmbedLocale): string {
  switch (target.view) {
    case "profession":
      return target.province ? `/${locale}/professions/${target.profession}/${target.province.toLowerCase()}` : `/${locale}/professions/${target.profession}`;
    case "search":
      return target.query ? `/${locale}/occupations?${new URLSearchParams({ q: target.query })}` : `/${locale}/occupations`;
    case "alternatives":
      return `/${locale}/occupations/${target.noc}`;
    case "journey":
      return target.noc ? `/${locale}/pre-arrival?occupation=${target.noc}` : `/${locale}/pre-arrival`;
  }
}

const escapeAttr = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The snippet an organization pastes into its site: embed.js with data-
 * attributes, and a plain link for browsers without JavaScript.
 */
export function snippet(siteUrl: string, target: EmbedTarget, linkText: string): string {
  const site = siteUrl.replace(/\/$/, "");
  const attrs: [string, string | undefined][] = [
    ["data-org", target.organizationId],
    ["data-view", target.view],
    ["data-profession", target.view === "profession" ? target.profession : undefined],
    ["data-province", target.view === "profession" ? target.province : undefined],
    ["data-noc", target.view === "alternatives" || target.view === "journey" ? target.noc : undefined],
    ["data-query", target.view === "search" ? target.query : undefined],
    ["data-locale", target.locale],
    ...Object.entries(target.theme ?? {}).map(([k, v]) => [`data-${k}`, v === undefined ? undefined : String(v)] as [string, string | undefined]),
  ];
  const attributes = attrs
    .filter((a): a is [string, string] => a[1] !== undefined && a[1] !== "")
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join("");
  const href = `${site}${fullPagePath(target, target.locale ?? "en")}`;
  return `<script src="${site}/embed.js"${attributes} async></script>\n<noscript><a href="${escapeAttr(href)}">${escapeAttr(linkText)}</a></noscript>`;
}

export { MAX_RADIUS };
