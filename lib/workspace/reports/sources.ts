import "server-only";
import { loadProfession } from "@/lib/content/load";
import type { ReportOptionResult, ReportSource } from "./snapshot";

/**
 * The sources a report rests on, kept with it when it runs (prisma/data/SOURCES.md
 * for the reference data; each profession guide's own sources for the
 * licensing routes it shows), so an old report keeps naming what it used.
 */

export const DATA_SOURCES: readonly ReportSource[] = [
  {
    publisher: "Employment and Social Development Canada",
    title: "Occupational and Skills Information System (OaSIS)",
    edition: "2023, version 1.0",
    url: "https://noc.esdc.gc.ca/Oasis/OasisWelcome",
    checked: null,
    guide: null,
    usedFor: { en: "Competency ratings, main duties, interests", fr: "Niveaux de compétence, fonctions principales, intérêts" },
  },
  {
    publisher: "Statistics Canada",
    title: "National Occupational Classification (NOC) 2021",
    edition: "version 1.0",
    url: "https://www.statcan.gc.ca/en/subjects/standard/noc/2021/indexV1",
    checked: null,
    guide: null,
    usedFor: { en: "Occupations, titles and definitions", fr: "Professions, appellations et définitions" },
  },
  {
    publisher: "Employment and Social Development Canada",
    title: "Canadian Occupational Projection System (COPS)",
    edition: "2024–2033",
    url: "https://occupations.esdc.gc.ca/sppc-cops/",
    checked: null,
    guide: null,
    usedFor: { en: "Labour market outlook", fr: "Perspectives du marché du travail" },
  },
  {
    publisher: "Employment and Social Development Canada, Job Bank (mapped to NOC 2021 by the WageCAN project)",
    title: "Wages by occupation",
    edition: "2016, 2020 and 2024 (provisional)",
    url: "https://www.jobbank.gc.ca/trend-analysis/search-wages",
    checked: null,
    guide: null,
    usedFor: { en: "Wages", fr: "Salaires" },
  },
];

/** The reference data's sources, then the sources of every profession guide the report's licensing routes come from. */
export function reportSources(options: readonly ReportOptionResult[], ownGuide: string | null): ReportSource[] {
  const slugs = [...new Set([...(ownGuide ? [ownGuide] : []), ...options.flatMap((o) => (o.licensing?.route ? [o.licensing.route.slug] : []))])];
  const out: ReportSource[] = [...DATA_SOURCES];
  const seen = new Set<string>();
  for (const slug of slugs) {
    const en = loadProfession(slug, "en")?.frontmatter;
    if (!en) continue;
    const fr = loadProfession(slug, "fr")?.frontmatter;
    for (const s of en.sources) {
      const key = `${s.publisher}|${s.title}|${s.year}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        publisher: s.publisher,
        title: s.title,
        edition: String(s.year),
        checked: s.checked,
        guide: slug,
        url: s.url ?? null,
        usedFor: { en: `Licensing route: ${en.title}`, fr: `Parcours d’obtention du permis : ${fr?.title ?? en.title}` },
      });
    }
  }
  return out;
}
