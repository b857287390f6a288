import "server-only";
import { loadProfession } from "@/lib/content/load";
import { NotFoundError } from "@/lib/errors";
import { getOccupation } from "@/lib/occupations/detail";
import type { OembedQuery } from "./oembed-schema";
import { publicEmbed } from "./settings";
import { embedPath, type EmbedTarget } from "./views";

/**
 * oEmbed for Parallel's profession and occupation pages. With an
 * organization (`org`, or an /embed/<org>/... url) the html is a
 * fixed-height iframe of that organization's embed (oEmbed consumers
 * usually strip scripts, so it does not resize); without one, a plain link
 * card, since only an organization's embeds may be framed by other sites.
 */

export const DEFAULT_WIDTH = 640;
export const DEFAULT_HEIGHT = 900;
const LINK_HEIGHT = 120;

const notOurs = () =>
  new NotFoundError({ en: "url is not a profession or occupation page of this site.", fr: "url n’est pas une page de profession réglementée ou de profession (CNP) de ce site." });

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

interface Page {
  locale: "en" | "fr" | null;
  org: string | null;
  target: Omit<EmbedTarget, "organizationId" | "locale">;
  fullPath: string;
}

function parse(url: URL, siteOrigin: string): Page | null {
  if (url.origin !== siteOrigin) return null;
  const parts = url.pathname.replace(/\/$/, "").split("/").slice(1);
  const province = /^[a-z]{2}$/i.test(parts[3] ?? "") ? parts[3]!.toUpperCase() : undefined;
  if ((parts[0] === "en" || parts[0] === "fr") && parts[1] === "professions" && parts[2] && parts.length <= 4) {
    return { locale: parts[0], org: url.searchParams.get("org"), target: { view: "profession", profession: parts[2], province }, fullPath: url.pathname };
  }
  if ((parts[0] === "en" || parts[0] === "fr") && parts[1] === "occupations" && parts[2] && parts.length === 3) {
    return { locale: parts[0], org: url.searchParams.get("org"), target: { view: "alternatives", noc: parts[2] }, fullPath: url.pathname };
  }
  if (parts[0] === "embed" && parts[1]) {
    const locale = url.searchParams.get("locale");
    const lang = locale === "fr" || locale === "en" ? locale : null;
    if (parts[2] === "professions" && parts[3] && parts.length === 4) {
      const p = url.searchParams.get("province") ?? undefined;
      return { locale: lang, org: parts[1], target: { view: "profession", profession: parts[3], province: p?.toUpperCase() }, fullPath: `/${lang ?? "en"}/professions/${parts[3]}` };
    }
    if (parts[2] === "occupations" && parts[3] && parts[4] === "alternatives" && parts.length === 5) {
      return { locale: lang, org: parts[1], target: { view: "alternatives", noc: parts[3] }, fullPath: `/${lang ?? "en"}/occupations/${parts[3]}` };
    }
  }
  return null;
}

export async function oembedFor(query: OembedQuery, siteUrl: string) {
  const site = new URL(siteUrl);
  let url: URL;
  try {
    url = new URL(query.url);
  } catch {
    throw notOurs();
  }
  const page = parse(url, site.origin);
  if (!page) throw notOurs();
  const orgId = query.org ?? page.org;
  const org = orgId ? await publicEmbed(orgId) : null;
  if (orgId && !org) throw new NotFoundError({ en: "No organization with this id.", fr: "Aucun organisme avec cet identifiant." });
  const locale = query.locale ?? page.locale ?? org?.locale ?? "en";
  let title: string;
  if (page.target.view === "profession") {
    const file = page.target.profession ? loadProfession(page.target.profession, locale) : undefined;
    if (!file) throw notOurs();
    title = file.frontmatter.title;
  } else {
    const occupation = /^\d{5}$/.test(page.target.noc ?? "") ? await getOccupation(page.target.noc!, locale) : null;
    if (!occupation) throw notOurs();
    title = occupation.title;
  }
  const base = site.origin;
  const width = Math.min(query.maxwidth ?? DEFAULT_WIDTH, DEFAULT_WIDTH);
  let height: number;
  let html: string;
  const path = org ? embedPath({ ...page.target, organizationId: org.organizationId, locale }) : null;
  if (org && path) {
    height = Math.min(query.maxheight ?? DEFAULT_HEIGHT, DEFAULT_HEIGHT);
    html = `<iframe src="${escape(base + path)}" width="${width}" height="${height}" title="${escape(`Parallel: ${title}`)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  } else {
    height = Math.min(query.maxheight ?? LINK_HEIGHT, LINK_HEIGHT);
    const href = `${base}${page.fullPath.replace(/^\/(en|fr)\//, `/${locale}/`)}`;
    html = `<p><a href="${escape(href)}" target="_blank" rel="noopener">${escape(title)}</a> · Parallel</p>`;
  }
  return {
    version: "1.0" as const,
    type: "rich" as const,
    title,
    provider_name: "Parallel",
    provider_url: `${base}/`,
    html,
    width,
    height,
    cache_age: 3600,
  };
}
