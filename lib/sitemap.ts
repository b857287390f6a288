import fs from "node:fs";
import path from "node:path";
import type { MetadataRoute } from "next";

/**
 * The sitemap's entries: every public page in every locale, each with its
 * hreflang alternates. `sitemapEntries` is pure; `nocUnitGroupCodes` reads the
 * vendored NOC file, so building the sitemap needs no database.
 */

/** Comparisons worth listing: the pairs people confuse most. */
export const COMPARE_EXAMPLES: readonly (readonly [string, string])[] = [
  ["31301", "32101"],
  ["21300", "22300"],
];

export interface SitemapInput {
  /** Public origin, without a trailing slash. */
  base: string;
  locales: readonly string[];
  occupationCodes: readonly string[];
  /** Profession guides, with the newest `checked` date of the page (when a fact on it was last checked or corrected). */
  professions: readonly { slug: string; lastChecked: string }[];
  /** Profession pages per province (`/professions/<slug>/<province>`), with the date their entry was checked. */
  professionProvinces?: readonly { slug: string; province: string; checked: string }[];
  compareExamples?: readonly (readonly [string, string])[];
}

/** hreflang values, as the pages' own alternates use them. */
const hreflang = (locale: string) => (locale === "fr" ? "fr-CA" : locale === "en" ? "en-CA" : locale);

/** Next writes sitemap URLs as they are, so XML's special characters are escaped here. */
const xml = (url: string) => url.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function sitemapEntries(input: SitemapInput): MetadataRoute.Sitemap {
  const base = input.base.replace(/\/+$/, "");
  const pages: { path: string; lastModified?: string }[] = [
    { path: "" },
    { path: "/occupations" },
    ...input.occupationCodes.map((code) => ({ path: `/occupations/${code}` })),
    { path: "/professions" },
    ...input.professions.map((p) => ({ path: `/professions/${p.slug}`, lastModified: p.lastChecked })),
    ...(input.professionProvinces ?? []).map((p) => ({ path: `/professions/${p.slug}/${p.province}`, lastModified: p.checked })),
    ...(input.compareExamples ?? COMPARE_EXAMPLES).map(([a, b]) => ({ path: `/compare?${new URLSearchParams({ a, b })}` })),
    // The two journeys' first pages (their steps and saved links are per person, never listed).
    { path: "/pre-arrival" },
    { path: "/post-assessment" },
  ];
  const url = (locale: string, pagePath: string) => xml(`${base}/${locale}${pagePath}`);
  return pages.flatMap(({ path: pagePath, lastModified }) => {
    const languages = Object.fromEntries(input.locales.map((l) => [hreflang(l), url(l, pagePath)]));
    return input.locales.map((locale) => ({
      url: url(locale, pagePath),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages },
    }));
  });
}

/** The 516 NOC 2021 unit group codes, from the vendored reference file. */
export function nocUnitGroupCodes(): string[] {
  const rows: unknown = JSON.parse(fs.readFileSync(path.join(process.cwd(), "prisma", "data", "noc-2021", "noc2021_bilingual.json"), "utf8"));
  if (!Array.isArray(rows)) throw new Error("noc2021_bilingual.json: expected a list of unit groups");
  return rows
    .map((row: unknown) => (row !== null && typeof row === "object" && "category_code" in row ? String(row.category_code) : ""))
    .filter((code) => /^\d{5}$/.test(code))
    .sort();
}
