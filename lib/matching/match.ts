import { assert } from "./assert";
import { kindOf, pathOf } from "./classify";
import { DEFAULT_EXPLAIN_TOP } from "./constants";
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
  const n = occupations.length;
  const score = new Float64Array(n);
  const flags = new Map<number, ConstraintFlag[]>();
  // Sort keys: (10^4 - score in 10^-4 steps) x n + index; ascending is score
  // descending then index (= code) ascending, and a plain numeric sort does it.
  const keys = new Float64Array(n);
  let count = 0;
  for (let b = 0; b < n; b++) {
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
    const steps = Math.round(scores.fit[b]! * factor * 1e4);
    score[b] = steps / 1e4;
    keys[count++] = (1e4 - steps) * n + b;
  }
  const ordered = keys.subarray(0, count).sort();
  const ids: number[] = [];
  for (let i = 0; i < ordered.length && i < limit; i++) ids.push(ordered[i]! % n);

  const results = ids.map((b, rank): MatchTarget => {
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
    // Spelled out rather than spread from `ranked`: spreads are slow on this path.
    const explained: ExplainedTarget = {
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
    total: count,
    results,
  };
}
