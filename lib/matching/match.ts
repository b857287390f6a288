import { assert } from "./assert";
import { kindOf, pathOf } from "./classify";
import { DEFAULT_EXPLAIN_TOP, SCORED_FACETS } from "./constants";
import { describeFit } from "./detail";
import { explain } from "./explain";
import { INVALID_OPTION, LEVEL_OUT_OF_SCALE, UNKNOWN_DESCRIPTOR, UNKNOWN_ORIGIN } from "./messages";
import type { PersonProfile } from "./profile";
import { estimateRetraining, reachOf } from "./reach";
import { FACET_SLOTS, scoreTargets, type OriginVector, type TargetScores } from "./score";
import { textCloseness } from "./text";
import type { ConstraintFlag, ExplainedTarget, FacetScores, MatchResult, MatchTarget, PreparedData, RankedTarget } from "./types";

export interface MatchOptions {
  /** Most results to return (all by default); the ranking always covers every occupation. */
  limit?: number;
  /** How many of the top results get transfers, gaps, labels and an explanation (default 20). */
  explainTop?: number;
  /** Language of each result's `title`; explanations always come in both. */
  locale?: "en" | "fr";
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

interface Origin extends OriginVector {
  occupation: number;
}

function resolveOrigin(prepared: PreparedData, code: string): Origin {
  const d = prepared.descriptors.length;
  const f = prepared.facets.length;
  const occupation = prepared.occupationIndex.get(code);
  if (occupation !== undefined) {
    return {
      occupation,
      levels: prepared.matrix.subarray(occupation * d, (occupation + 1) * d),
      norms: prepared.norms.subarray(occupation * f, (occupation + 1) * f),
    };
  }
  const profile = prepared.profileIndex.get(code);
  assert(profile !== undefined, UNKNOWN_ORIGIN);
  return {
    occupation: prepared.profileOccupation[profile]!,
    levels: prepared.profileMatrix.subarray(profile * d, (profile + 1) * d),
    norms: prepared.profileNorms.subarray(profile * f, (profile + 1) * f),
  };
}

/** The profession's levels with the person's own levels put in their place (a copy). */
function personVector(prepared: PreparedData, levels: Float32Array, adjustments: Readonly<Record<string, number>>): Float32Array {
  const person = Float32Array.from(levels);
  for (const [code, level] of Object.entries(adjustments)) {
    const j = prepared.descriptorIndex.get(code);
    assert(j !== undefined, UNKNOWN_DESCRIPTOR);
    const { scaleMax } = prepared.descriptors[j]!;
    assert(Number.isFinite(level) && level >= 0 && level <= scaleMax, LEVEL_OUT_OF_SCALE);
    person[j] = level / scaleMax;
  }
  return person;
}

function facetScores(scores: TargetScores, b: number): FacetScores {
  const at = (k: number) => round4(scores.facets[b * FACET_SLOTS + k]!);
  const out: Record<string, number> = {};
  SCORED_FACETS.forEach((facet, k) => {
    out[facet] = at(k);
  });
  return { ...(out as Record<(typeof SCORED_FACETS)[number], number>), work: at(SCORED_FACETS.length) };
}

function isOption(value: number | undefined, allowInfinity: boolean): boolean {
  return value === undefined || (value >= 0 && (Number.isInteger(value) || (allowInfinity && value === Infinity)));
}

/**
 * Ranks every occupation except the origin for one person: score descending,
 * then code ascending. Hard constraints (regulated, TEER range) remove
 * targets; soft ones (language, time, money) lower their score and flag
 * them. The top `explainTop` results carry transfers, gaps, labels and a
 * bilingual explanation. Pure: neither argument is changed.
 */
export function match(prepared: PreparedData, profile: PersonProfile, options: MatchOptions = {}): MatchResult {
  assert(isOption(options.limit, true) && isOption(options.explainTop, true), INVALID_OPTION);
  assert(options.locale === undefined || options.locale === "en" || options.locale === "fr", INVALID_OPTION);
  const limit = options.limit ?? Infinity;
  const explainTop = options.explainTop ?? DEFAULT_EXPLAIN_TOP;
  const locale = options.locale ?? "en";
  const constraints = profile.constraints ?? { acceptRegulated: true };
  const soft =
    constraints.languageClb !== undefined || constraints.retrainingMonths !== undefined || constraints.retrainingBudget !== undefined;

  const origin = resolveOrigin(prepared, profile.origin);
  const originOccupation = prepared.occupations[origin.occupation]!;
  const person = personVector(prepared, origin.levels, profile.adjustments ?? {});
  const scores = scoreTargets(prepared, origin, person, textCloseness(prepared.text, origin.occupation));
  const own = describeFit(prepared, person, origin.levels);
  const readiness = round4(own.coverage);

  const { occupations, matrix, threshold } = prepared;
  const d = prepared.descriptors.length;
  const score = new Float64Array(occupations.length);
  const flags = new Map<number, ConstraintFlag[]>();
  const ids: number[] = [];
  for (let b = 0; b < occupations.length; b++) {
    const target = occupations[b]!;
    if (b === origin.occupation) continue;
    if (!constraints.acceptRegulated && target.regulated) continue;
    const range = constraints.teerRange;
    if (range && (target.teer < range[0] || target.teer > range[1])) continue;
    let factor = 1;
    if (soft) {
      const estimate = estimateRetraining(target, scores.coverage[b]!, prepared.languageDemand[b]!);
      const reach = reachOf(estimate, constraints);
      factor = reach.factor;
      if (reach.flags.length) flags.set(b, reach.flags);
    }
    score[b] = round4(scores.fit[b]! * factor);
    ids.push(b);
  }
  ids.sort((a, b) => score[b]! - score[a]! || (occupations[a]!.code < occupations[b]!.code ? -1 : 1));

  const results = ids.slice(0, limit).map((b, rank): MatchTarget => {
    const target = occupations[b]!;
    const ranked: RankedTarget = {
      explained: false,
      code: target.code,
      titleEn: target.titleEn,
      titleFr: target.titleFr,
      title: locale === "fr" ? target.titleFr : target.titleEn,
      score: score[b]!,
      fit: round4(scores.fit[b]!),
      facets: facetScores(scores, b),
      coverage: round4(scores.coverage[b]!),
      viable: score[b]! >= threshold,
      flags: flags.get(b) ?? [],
    };
    if (rank >= explainTop) return ranked;
    const detail = describeFit(prepared, person, matrix.subarray(b * d, (b + 1) * d));
    const kind = kindOf(originOccupation, target, scores.closeness[b]!, prepared.cuts);
    const teerStep = target.teer - originOccupation.teer;
    const retraining = estimateRetraining(target, scores.coverage[b]!, prepared.languageDemand[b]!);
    const path = pathOf({ kind, viable: ranked.viable, coverage: ranked.coverage, readiness, teerStep, retrainingMonths: retraining.months, target });
    const explained: ExplainedTarget = {
      ...ranked,
      explained: true,
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
    return explained;
  });

  return {
    engineVersion: prepared.engineVersion,
    dataVersion: prepared.dataVersion,
    threshold,
    origin: { code: profile.origin, unitGroup: originOccupation.code },
    ownProfession: {
      code: originOccupation.code,
      titleEn: originOccupation.titleEn,
      titleFr: originOccupation.titleFr,
      teer: originOccupation.teer,
      regulated: originOccupation.regulated,
      readiness,
      gaps: own.gaps,
      gapCount: own.gapCount,
    },
    total: ids.length,
    results,
  };
}
