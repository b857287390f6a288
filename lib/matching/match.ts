import { assert } from "./assert";
import { DEFAULT_EXPLAIN_TOP } from "./constants";
import { describeFit } from "./detail";
import { INVALID_OPTION } from "./messages";
import { personVector, resolveOrigin } from "./person";
import type { PersonProfile } from "./profile";
import { estimateRetraining, reachOf } from "./reach";
import { scoreTargets } from "./score";
import { explainedTarget, rankedTarget, round4 } from "./target";
import { textCloseness } from "./text";
import type { ConstraintFlag, MatchResult, MatchTarget, PreparedData } from "./types";

export interface MatchOptions {
  /** Most results to return (all by default); the ranking always covers every occupation. */
  limit?: number;
  /** How many of the top results get transfers, gaps, labels and an explanation (default 20). */
  explainTop?: number;
  /** Language of each result's `title`; explanations always come in both. */
  locale?: "en" | "fr";
  /** Only these target codes (e.g. to explain one pair); every other occupation is skipped. */
  targets?: readonly string[];
}

const isCount = (value: number | undefined) => value === undefined || value === Infinity || (Number.isInteger(value) && value >= 0);

/**
 * Ranks every occupation except the origin for one person: score descending,
 * then code ascending. Hard constraints (regulated, TEER range) remove
 * targets; soft ones (language, time, money) lower their score and flag
 * them. The top `explainTop` results carry transfers, gaps, labels and a
 * bilingual explanation. Pure: neither argument is changed.
 */
export function match(prepared: PreparedData, profile: PersonProfile, options: MatchOptions = {}): MatchResult {
  assert(isCount(options.limit) && isCount(options.explainTop), INVALID_OPTION);
  assert(options.locale === undefined || options.locale === "en" || options.locale === "fr", INVALID_OPTION);
  const limit = options.limit ?? Infinity;
  const explainTop = options.explainTop ?? DEFAULT_EXPLAIN_TOP;
  const locale = options.locale ?? "en";
  const constraints = profile.constraints ?? { acceptRegulated: true };
  const { languageClb, retrainingMonths, retrainingBudget, teerRange } = constraints;
  const soft = languageClb !== undefined || retrainingMonths !== undefined || retrainingBudget !== undefined;

  const origin = resolveOrigin(prepared, profile.origin);
  const person = personVector(prepared, origin.levels, profile.adjustments ?? {});
  const scores = scoreTargets(prepared, origin, person, textCloseness(prepared.text, origin.occupation));
  const own = describeFit(prepared, person, origin.levels);
  const readiness = round4(own.coverage);

  const { occupations } = prepared;
  const n = occupations.length;
  const only = options.targets ? new Set(options.targets) : null;
  const score = new Float64Array(n);
  const flags = new Map<number, ConstraintFlag[]>();
  // Sort keys (10^4 - score in 10^-4 steps) x n + index: ascending order is
  // score descending, then index (= code, see prepare) ascending.
  const keys = new Float64Array(n);
  let count = 0;
  for (let b = 0; b < n; b++) {
    const target = occupations[b]!;
    if (b === origin.occupation) continue;
    if (only && !only.has(target.code)) continue;
    if (!constraints.acceptRegulated && target.regulated) continue;
    if (teerRange && (target.teer < teerRange[0] || target.teer > teerRange[1])) continue;
    let factor = 1;
    if (soft) {
      const reach = reachOf(estimateRetraining(target, scores.coverage[b]!, prepared.languageDemand[b]!), constraints);
      factor = reach.factor;
      if (reach.flags.length) flags.set(b, reach.flags);
    }
    const steps = Math.round(scores.fit[b]! * factor * 1e4);
    score[b] = steps / 1e4;
    keys[count++] = (1e4 - steps) * n + b;
  }
  const ordered = keys.subarray(0, count).sort();

  const results: MatchTarget[] = [];
  for (let rank = 0; rank < ordered.length && rank < limit; rank++) {
    const b = ordered[rank]! % n;
    const ranked = rankedTarget({ prepared, scores, b, score: score[b]!, flags: flags.get(b) ?? [], locale });
    results.push(
      rank < explainTop ? explainedTarget({ prepared, scores, ranked, b, origin: origin.occupation, person, readiness }) : ranked,
    );
  }

  const home = occupations[origin.occupation]!;
  return {
    engineVersion: prepared.engineVersion,
    dataVersion: prepared.dataVersion,
    threshold: prepared.threshold,
    origin: { code: profile.origin, unitGroup: home.code },
    ownProfession: {
      code: home.code,
      titleEn: home.titleEn,
      titleFr: home.titleFr,
      teer: home.teer,
      regulated: home.regulated,
      readiness,
      gaps: own.gaps,
      gapCount: own.gapCount,
    },
    total: count,
    results,
  };
}
