import { ALTERNATIVE_KINDS, type Alternative, type AlternativeKind, type ProfessionFrontmatter } from "@/lib/content/schema";
import type { ExplainedTarget, MatchResult } from "@/lib/matching";

/** Pure helpers that shape one profession's content for its page. */

type Source = ProfessionFrontmatter["sources"][number];

/** Footnote number (1-based, in the order of the sources list) of each source id. */
export function sourceNumbers(sources: readonly Source[]): Record<string, number> {
  return Object.fromEntries(sources.map((source, i) => [source.id, i + 1]));
}

/** The anchor of a source in the sources list. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** Curated alternatives under the four kinds, in their fixed order; kinds without any are left out. */
export function groupAlternatives(alternatives: readonly Alternative[]): { kind: AlternativeKind; alternatives: Alternative[] }[] {
  return ALTERNATIVE_KINDS.map((kind) => ({ kind, alternatives: alternatives.filter((a) => a.kind === kind) })).filter(
    (group) => group.alternatives.length > 0,
  );
}

/** How to word a range: one value, "up to" a maximum, or "min to max". */
export type RangeShape = "single" | "upTo" | "range";

export function rangeShape(min: number, max: number): RangeShape {
  if (min === max) return "single";
  return min === 0 ? "upTo" : "range";
}

/**
 * The alternatives a profession page shows: the engine's list (its top
 * results with the guide's curated options merged in), without the
 * profession's own occupations unless the guide names them (an engineer's
 * other disciplines are the same profession, not a parallel career): every
 * curated option, and computed ones up to `count`.
 */
export function selectAlternatives(result: MatchResult | null, options: { exclude: readonly string[]; count: number }): ExplainedTarget[] {
  if (!result) return [];
  const exclude = new Set(options.exclude);
  let computed = 0;
  return result.results.filter((r): r is ExplainedTarget => {
    if (!r.explained) return false;
    if (r.source !== "computed") return true;
    if (exclude.has(r.code) || computed >= options.count) return false;
    computed++;
    return true;
  });
}

/** The compare view's address for two occupations. */
export function compareHref(a: string, b: string): string {
  return `/compare?${new URLSearchParams({ a, b })}`;
}

/** Every occupation code a page names, each once, in order of appearance. */
export function codesNamed(profession: ProfessionFrontmatter): string[] {
  return [
    ...new Set([
      ...profession.nocCodes,
      ...profession.relatedOccupations.map((r) => r.nocCode),
      ...profession.alternatives.map((a) => a.nocCode),
    ]),
  ];
}

/** The page's sections in order, as anchor id and message key; "figures" only when there are some. */
export function pageSections(hasFigures: boolean): { id: string; key: string }[] {
  return [
    { id: "work", key: "work" },
    { id: "regulation", key: "regulation" },
    { id: "steps", key: "steps" },
    ...(hasFigures ? [{ id: "figures", key: "figures" }] : []),
    { id: "odds", key: "odds" },
    { id: "related", key: "related" },
    { id: "alternatives", key: "alternatives" },
    { id: "support", key: "support" },
    { id: "stories", key: "stories" },
    { id: "labour-market", key: "labourMarket" },
    { id: "sources", key: "sources" },
  ];
}
