import "server-only";
import { loadProfession } from "@/lib/content/load";
import { loadRegulators, provinceSlug, type Province } from "@/lib/content/regulators";
import type { Locale } from "@/lib/content/schema";
import { NotFoundError } from "@/lib/errors";
import { professionEntries } from "./content";

/** The profession guides as the public API serves them: the authored content itself, with the page's address. */

export function listProfessionsApi(locale: Locale, siteUrl: string) {
  const site = siteUrl.replace(/\/$/, "");
  const professions = professionEntries(locale).map((p) => {
    const fm = loadProfession(p.slug, locale)!.frontmatter;
    return { slug: p.slug, title: p.title, field: p.field, summary: p.summary, nocCodes: p.nocCodes, lastReviewed: fm.lastReviewed, url: `${site}/${locale}/professions/${p.slug}` };
  });
  return { locale, count: professions.length, professions };
}

export function professionApi(slug: string, locale: Locale, province: Province | undefined, siteUrl: string) {
  const file = loadProfession(slug, locale);
  if (!file) throw new NotFoundError({ en: `No profession guide at "${slug}".`, fr: `Aucun guide de profession à « ${slug} ».` });
  const site = siteUrl.replace(/\/$/, "");
  const entry = province ? loadRegulators(slug)?.provinces[province] : undefined;
  return {
    ...file.frontmatter,
    slug,
    locale,
    province: entry && province ? { province, ...entry } : null,
    url: province ? `${site}/${locale}/professions/${slug}/${provinceSlug(province)}` : `${site}/${locale}/professions/${slug}`,
  };
}
