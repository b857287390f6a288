import { kindOf, pathOf } from "./classify";
import { describeFit } from "./detail";
import { explain } from "./explain";
import { estimateRetraining } from "./reach";
import { FACET_SLOTS, type TargetScores } from "./score";
import type { ConstraintFlag, ExplainedTarget, FacetScores, PreparedData, RankedTarget } from "./types";

export const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

function facetScores(scores: TargetScores, b: number): FacetScores {
  const f = scores.facets;
  const at = b * FACET_SLOTS;
  // Slot order is SCORED_FACETS, then work (score.ts).
  return {
    skills: round4(f[at]!),
    abilities: round4(f[at + 1]!),
    knowledge: round4(f[at + 2]!),
    workActivities: round4(f[at + 3]!),
    workContext: round4(f[at + 4]!),
    work: round4(f[at + 5]!),
  };
}

/** One ranked target without the detail. */
export function rankedTarget(args: {
  prepared: PreparedData;
  scores: TargetScores;
  b: number;
  score: number;
  flags: ConstraintFlag[];
  locale: "en" | "fr";
}): RankedTarget {
  const { prepared, scores, b, score, flags, locale } = args;
  const target = prepared.occupations[b]!;
  return {
    explained: false,
    code: target.code,
    titleEn: target.titleEn,
    titleFr: target.titleFr,
    title: locale === "fr" ? target.titleFr : target.titleEn,
    score,
    fit: round4(scores.fit[b]!),
    facets: facetScores(scores, b),
    coverage: round4(scores.coverage[b]!),
    viable: score >= prepared.threshold,
    flags,
  };
}

/** Adds transfers, gaps, labels and the explanation to a ranked target. */
export function explainedTarget(args: {
  prepared: PreparedData;
  scores: TargetScores;
  ranked: RankedTarget;
  b: number;
  origin: number;
  person: Float32Array;
  readiness: number;
}): ExplainedTarget {
  const { prepared, scores, ranked, b, person, readiness } = args;
  const d = prepared.descriptors.length;
  const target = prepared.occupations[b]!;
  const origin = prepared.occupations[args.origin]!;
  const detail = describeFit(prepared, person, prepared.matrix.subarray(b * d, (b + 1) * d));
  const kind = kindOf(origin, target, scores.closeness[b]!, prepared.cuts);
  const teerStep = target.teer - origin.teer;
  const retraining = estimateRetraining(target, scores.coverage[b]!, prepared.languageDemand[b]!);
  const path = pathOf({ kind, viable: ranked.viable, coverage: ranked.coverage, readiness, teerStep, retrainingMonths: retraining.months, target });
  // Spelled out rather than spread from `ranked`: object spread is slow on this path.
  return {
    explained: true,
    code: ranked.code,
    titleEn: ranked.titleEn,
    titleFr: ranked.titleFr,
    title: ranked.title,
    score: ranked.score,
    fit: ranked.fit,
    facets: ranked.facets,
    coverage: ranked.coverage,
    viable: ranked.viable,
    flags: ranked.flags,
    transfers: detail.transfers,
    gaps: detail.gaps,
    overqualified: detail.overqualified,
    kind,
    path,
    teerStep,
    regulated: target.regulated,
    outlook: target.outlook,
    wage: target.wage,
    retraining,
    explanation: explain({
      titleEn: target.titleEn,
      titleFr: target.titleFr,
      kind,
      path,
      regulated: target.regulated,
      transfers: detail.transfers,
      gaps: detail.gaps,
      flags: ranked.flags,
    }),
  };
}
