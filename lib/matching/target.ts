import { pathOf } from "./classify";
import { describeFit } from "./detail";
import { describeGaps, explain } from "./explain";
import type { CuratedOption } from "./input";
import { licensingFor } from "./licensing";
import { estimateRetraining } from "./reach";
import { pairSimilarities, scoreOf, type OriginVector, type TargetScores } from "./score";
import type {
  AlternativeKind,
  ConstraintFlag,
  ExplainedTarget,
  FacetScores,
  LanguageStep,
  PreparedData,
  ProvinceFacts,
  RankedTarget,
  ResultSource,
} from "./types";

export const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Raw similarities per rating family and the text fields' mean, for display (each -1..1). */
function facetScores(prepared: PreparedData, origin: OriginVector, b: number): FacetScores {
  const { facets, text } = pairSimilarities(prepared, origin, b);
  // Facet order is SCORED_FACETS.
  return {
    skills: round4(facets[0]!),
    abilities: round4(facets[1]!),
    knowledge: round4(facets[2]!),
    workActivities: round4(facets[3]!),
    workContext: round4(facets[4]!),
    work: round4(text),
  };
}

/**
 * One ranked target without the detail. Positional arguments: this runs for
 * every occupation of a full ranking, and an argument object per call is
 * garbage on that path.
 */
export function rankedTarget(
  prepared: PreparedData,
  scores: TargetScores,
  b: number,
  score: number,
  kind: AlternativeKind,
  flags: ConstraintFlag[],
  source: ResultSource,
  locale: "en" | "fr",
): RankedTarget {
  const target = prepared.occupations[b]!;
  const strengthShare = round4(scores.strengthShare[b]!);
  return {
    explained: false,
    code: target.code,
    titleEn: target.titleEn,
    titleFr: target.titleFr,
    title: locale === "fr" ? target.titleFr : target.titleEn,
    score,
    fit: round4(scoreOf(scores.blend[b]!)),
    coverage: round4(scores.coverage[b]!),
    // An option in another field must use a real share of the person's characteristic strengths.
    viable: score >= prepared.threshold && (kind !== "unrelated-field" || strengthShare >= prepared.strengthFloor),
    flags,
    strengthShare,
    source,
  };
}

/** Adds transfers, gaps, labels, licensing or retraining, and the explanation to a ranked target. */
export function explainedTarget(args: {
  prepared: PreparedData;
  scores: TargetScores;
  ranked: RankedTarget;
  b: number;
  origin: number;
  originVector: OriginVector;
  originCode: string;
  person: Float32Array;
  answered: ReadonlySet<number>;
  readiness: number;
  kind: AlternativeKind;
  licensed: boolean;
  language: LanguageStep;
  provinces: ProvinceFacts[];
  curated: CuratedOption | null;
}): ExplainedTarget {
  const { prepared, scores, ranked, b, person, readiness, kind, licensed, language, provinces, curated } = args;
  const d = prepared.descriptors.length;
  const target = prepared.occupations[b]!;
  const origin = prepared.occupations[args.origin]!;
  const detail = describeFit(prepared, person, prepared.matrix.subarray(b * d, (b + 1) * d), args.answered);
  const teerStep = target.teer - origin.teer;
  const retraining = licensed ? null : estimateRetraining(target, scores.coverage[b]!);
  const licensing = licensed ? licensingFor(prepared, target, args.originCode) : null;
  const months = retraining ? retraining.months : (licensing?.route?.maxMonths ?? null);
  const path = pathOf({ kind, viable: ranked.viable, coverage: ranked.coverage, readiness, teerStep, months, licensed, target });
  // Spelled out rather than spread from `ranked`: object spread is slow on this path.
  return {
    explained: true,
    code: ranked.code,
    titleEn: ranked.titleEn,
    titleFr: ranked.titleFr,
    title: ranked.title,
    score: ranked.score,
    fit: ranked.fit,
    facets: facetScores(prepared, args.originVector, b),
    coverage: ranked.coverage,
    viable: ranked.viable,
    flags: ranked.flags,
    strengthShare: ranked.strengthShare,
    source: ranked.source,
    transfers: detail.transfers,
    gaps: detail.gaps,
    overqualified: detail.overqualified,
    kind,
    path,
    teerStep,
    regulated: licensed,
    outlook: target.outlook,
    wage: target.wage,
    retraining,
    licensing,
    language,
    provinces,
    gapSummary: describeGaps(detail.gaps),
    curated,
    explanation: explain({
      titleEn: target.titleEn,
      titleFr: target.titleFr,
      kind,
      path,
      regulated: licensed,
      transfers: detail.transfers,
      gaps: detail.gaps,
      flags: ranked.flags,
      language,
      provinces,
    }),
  };
}
