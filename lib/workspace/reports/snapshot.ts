import type { ExplainedTarget, MatchResult, OwnProfession } from "@/lib/matching";

/**
 * What a match report keeps of the engine's answer: everything its page, the
 * client's link and the PDF show, so none of them ever runs the engine
 * again. Pure: the service hands it the engine's result and the sources.
 */

/** How many options a report keeps (explained, above the viability line or named by the profession guide). */
export const REPORT_OPTIONS = 20;
/** Transfers and over-qualification descriptors kept per option (the page shows fewer). */
const KEEP_TRANSFERS = 6;
const KEEP_SURPLUS = 3;

export interface ReportOptionResult extends ExplainedTarget {
  /** 1 for the best fit. */
  rank: number;
}

export interface ReportSource {
  /** Who published it. */
  publisher: string;
  title: string;
  /** Edition or year of the version read. */
  edition: string;
  url: string | null;
  /** The day the guide last compared its claim with this source (guides only). */
  checked: string | null;
  /** The profession guide (slug) it comes from, for a licensing route; null for the reference data. */
  guide: string | null;
  /** Where the report uses it, e.g. "Licensing route: Nursing". */
  usedFor: { en: string; fr: string } | null;
}

export interface ReportResults {
  origin: { code: string; unitGroup: string; titleEn: string; titleFr: string };
  ownProfession: OwnProfession;
  /** Occupations left after the client's hard constraints. */
  total: number;
  threshold: number;
  options: ReportOptionResult[];
  /** The profession guide (slug) of the client's own profession, when Parallel has one. */
  ownGuide: string | null;
  sources: ReportSource[];
}

function trimmed(target: ExplainedTarget, rank: number): ReportOptionResult {
  return {
    ...target,
    rank,
    transfers: target.transfers.slice(0, KEEP_TRANSFERS),
    overqualified: { unusedShare: target.overqualified.unusedShare, descriptors: target.overqualified.descriptors.slice(0, KEEP_SURPLUS) },
  };
}

/** The options a report keeps, in the engine's order, ranked from 1. */
export function reportOptions(result: MatchResult, keep = REPORT_OPTIONS): ReportOptionResult[] {
  return result.results
    .filter((r): r is ExplainedTarget => r.explained && (r.viable || r.source !== "computed"))
    .slice(0, keep)
    .map((t, i) => trimmed(t, i + 1));
}

export function reportResults(result: MatchResult, sources: ReportSource[], ownGuide: string | null, keep = REPORT_OPTIONS): ReportResults {
  const own = result.ownProfession;
  return {
    origin: { code: result.origin.code, unitGroup: result.origin.unitGroup, titleEn: own.titleEn, titleFr: own.titleFr },
    ownProfession: own,
    total: result.total,
    threshold: result.threshold,
    options: reportOptions(result, keep),
    ownGuide,
    sources,
  };
}

/** An option in the language asked for (`title` follows the reader, the rest is bilingual already). */
export function localized<T extends { titleEn: string; titleFr: string; title: string }>(option: T, locale: "en" | "fr"): T {
  return { ...option, title: locale === "fr" ? option.titleFr : option.titleEn };
}
