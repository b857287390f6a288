import { assert } from "./assert";
import { match } from "./match";
import { SAME_ORIGIN_AND_TARGET, UNKNOWN_ORIGIN } from "./messages";
import type { ExplainedTarget, MatchResult, PreparedData } from "./types";

export interface Direction {
  from: string;
  to: string;
  /** 1-based place of `to` among all occupations ranked for `from`. */
  rank: number;
  /** How many occupations were ranked. */
  of: number;
  target: ExplainedTarget;
}

export interface Comparison {
  engineVersion: string;
  dataVersion: string;
  threshold: number;
  /** Moving from a to b, and from b to a: matching is directional. */
  forward: Direction;
  backward: Direction;
  /** Both occupations' levels on every scored descriptor, 0..1 of its scale. */
  levels: { code: string; a: number; b: number }[];
}

function direction(prepared: PreparedData, from: string, to: string): Direction {
  const profile = { origin: from, adjustments: {}, constraints: { acceptRegulated: true } };
  const all: MatchResult = match(prepared, profile, { explainTop: 0 });
  const rank = all.results.findIndex((r) => r.code === to) + 1;
  const [target] = match(prepared, profile, { targets: [to], explainTop: 1 }).results;
  return { from, to, rank, of: all.total, target: target as ExplainedTarget };
}

/**
 * Two occupations side by side: each one's fit for someone from the other,
 * with what transfers and what is missing in each direction, and both
 * competency profiles. Codes must be unit groups known to `prepared`.
 */
export function compareOccupations(prepared: PreparedData, a: string, b: string): Comparison {
  const ia = prepared.occupationIndex.get(a);
  const ib = prepared.occupationIndex.get(b);
  assert(ia !== undefined && ib !== undefined, UNKNOWN_ORIGIN);
  assert(ia !== ib, SAME_ORIGIN_AND_TARGET);
  const d = prepared.descriptors.length;
  return {
    engineVersion: prepared.engineVersion,
    dataVersion: prepared.dataVersion,
    threshold: prepared.threshold,
    forward: direction(prepared, a, b),
    backward: direction(prepared, b, a),
    levels: prepared.descriptors.map((desc, j) => ({
      code: desc.code,
      a: prepared.matrix[ia * d + j]!,
      b: prepared.matrix[ib * d + j]!,
    })),
  };
}
