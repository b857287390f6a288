import "server-only";
import { cache } from "react";
import { preparedData } from "@/lib/alternatives/reference";
import { alternativesFor } from "@/lib/alternatives/service";
import { loadProfession } from "@/lib/content/load";
import type { Locale, ProfessionFrontmatter } from "@/lib/content/schema";
import type { ExplainedTarget } from "@/lib/matching";
import { getOccupation, type OccupationDetail } from "@/lib/occupations/detail";
import { renderMarkdown } from "./markdown";
import { codesNamed, selectAlternatives, sourceNumbers } from "./sections";

/**
 * Everything one profession page shows: the authored content (frontmatter
 * and body) merged with the reference data for its occupations (titles,
 * training level, wages, outlook) and the matching engine's alternatives.
 */

/** How many computed alternatives a page shows. */
export const COMPUTED_COUNT = 6;

/** The reference-data facts the page shows for an occupation it names. */
export interface OccupationFacts {
  code: string;
  title: string;
  teer: number;
  regulated: boolean;
  futureCondition: string | null;
  medianWage: number | null;
  wageYear: number | null;
}

export interface ProfessionPageData {
  slug: string;
  locale: Locale;
  profession: ProfessionFrontmatter;
  bodyHtml: string;
  /** The first NOC code: the one the outlook, wages and computed alternatives are for. */
  primaryCode: string;
  /** Facts for every occupation code the page names that exists in the reference data. */
  occupations: Record<string, OccupationFacts>;
  labourMarket: OccupationDetail | null;
  /** Curated and computed alternatives, one ranked list. */
  alternatives: ExplainedTarget[];
  engine: { engineVersion: string; dataVersion: string } | null;
  /** Footnote number of each source id. */
  footnotes: Record<string, number>;
}

async function occupationFacts(codes: readonly string[], locale: Locale): Promise<Record<string, OccupationFacts>> {
  const prepared = await preparedData();
  const facts: Record<string, OccupationFacts> = {};
  for (const code of codes) {
    const row = prepared.occupationIndex.get(code);
    const o = row === undefined ? undefined : prepared.occupations[row];
    if (!o) continue;
    facts[code] = {
      code,
      title: locale === "fr" ? o.titleFr : o.titleEn,
      teer: o.teer,
      regulated: o.regulated,
      futureCondition: o.outlook?.future ?? null,
      medianWage: o.wage?.median ?? null,
      wageYear: o.wage?.year ?? null,
    };
  }
  return facts;
}

/** One profession page, or null when that profession has no page in that language. */
export const getProfessionPage = cache(async (slug: string, locale: Locale): Promise<ProfessionPageData | null> => {
  const file = loadProfession(slug, locale);
  if (!file) return null;
  const profession = file.frontmatter;
  const primaryCode = profession.nocCodes[0]!;
  const explain = COMPUTED_COUNT + profession.nocCodes.length;
  const [occupations, labourMarket, result] = await Promise.all([
    occupationFacts(codesNamed(profession), locale),
    getOccupation(primaryCode, locale),
    alternativesFor(primaryCode, { limit: explain, explainTop: explain, locale }),
  ]);
  return {
    slug,
    locale,
    profession,
    bodyHtml: renderMarkdown(file.body),
    primaryCode,
    occupations,
    labourMarket,
    alternatives: selectAlternatives(result, { exclude: profession.nocCodes, count: COMPUTED_COUNT }),
    engine: result ? { engineVersion: result.engineVersion, dataVersion: result.dataVersion } : null,
    footnotes: sourceNumbers(profession.sources),
  };
});
