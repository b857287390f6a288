import "server-only";
import { listProfessions, loadProfessionFiles } from "@/lib/content/load";
import type { Locale } from "@/lib/content/schema";
import type { ProfessionEntry } from "./catalog";
import { searchTextOf } from "./filter";

/** The authored professions, shaped for the index page and for static params. */

const otherLocale = (locale: Locale): Locale => (locale === "fr" ? "en" : "fr");

/** Every profession in one language, sorted by title in that language. */
export function professionEntries(locale: Locale): ProfessionEntry[] {
  const other = new Map(listProfessions(otherLocale(locale)).map((p) => [p.slug, p.frontmatter]));
  const collator = new Intl.Collator(locale === "fr" ? "fr-CA" : "en-CA");
  return listProfessions(locale)
    .map(({ slug, frontmatter: fm }) => {
      const translation = other.get(slug);
      return {
        slug,
        title: fm.title,
        field: fm.field,
        summary: fm.summary,
        otherTitles: fm.otherTitles,
        nocCodes: fm.nocCodes,
        searchText: searchTextOf({
          title: fm.title,
          otherTitles: fm.otherTitles,
          summary: fm.summary,
          otherLanguageTitles: translation ? [translation.title, ...translation.otherTitles] : [],
        }),
      };
    })
    .sort((a, b) => collator.compare(a.title, b.title));
}

/** Every (locale, slug) pair that has a page. */
export function professionPages(): { locale: Locale; slug: string; lastReviewed: string; lastChecked: string }[] {
  return loadProfessionFiles().map((file) => ({
    locale: file.locale,
    slug: file.slug,
    lastReviewed: file.frontmatter.lastReviewed,
    lastChecked: file.frontmatter.lastChecked,
  }));
}

/** The profession guides that cover a NOC unit group (an engineer's discipline, a nurse's occupation). */
export function professionsForOccupation(code: string, locale: Locale): Pick<ProfessionEntry, "slug" | "title">[] {
  return professionEntries(locale)
    .filter((p) => p.nocCodes.includes(code))
    .map(({ slug, title }) => ({ slug, title }));
}
