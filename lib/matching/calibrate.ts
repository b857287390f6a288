import { PAIR_FACETS, pairFacetsOf, scoreAll, scoreOf, type OriginVector } from "./score";
import type { PreparedData } from "./types";

/**
 * The value that best separates `related` from `unrelated` scores: where the
 * share of related pairs below it equals the share of unrelated pairs at or
 * above it (the equal-error point). Both arrays are sorted ascending.
 */
export function equalErrorPoint(related: Float32Array, unrelated: Float32Array): number {
  let best = 0;
  let bestGap = Infinity;
  let i = 0;
  let j = 0;
  // Walk every candidate value once, in ascending order.
  while (i < related.length || j < unrelated.length) {
    const r = related[i] ?? Infinity;
    const u = unrelated[j] ?? Infinity;
    const cut = r < u ? r : u;
    const missed = i / related.length;
    const admitted = (unrelated.length - j) / unrelated.length;
    const gap = Math.abs(missed - admitted);
    if (gap < bestGap) {
      bestGap = gap;
      best = cut;
    }
    while (related[i] === cut) i++;
    while (unrelated[j] === cut) j++;
  }
  return best;
}

function median(sorted: Float32Array): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Calibration {
  threshold: number;
  cuts: { close: number; related: number };
  strengthFloor: number;
}

/** What scoring every pair of unit groups yields: the closeness matrix, the coverage statistics and the calibration. */
export interface AllPairs {
  symmetric: Float32Array;
  /** N x N x PAIR_FACETS: each pair's raw similarity per rating family and its mean text cosine (for display). */
  pairFacets: Float32Array;
  coverageMean: Float32Array;
  coverageSd: Float32Array;
  calibration: Calibration;
}

/**
 * Scores every occupation against every other as if the person were
 * exactly their profession, keeps each origin's closeness row and coverage
 * statistics (so a match later only computes the person's coverage), and
 * reads the thresholds off the data. Pairs that NOC puts in the same minor
 * group (first four digits) are the reference for "related"; pairs in
 * different broad categories (first digit) for "unrelated". The viability
 * threshold is the equal-error point between the two on the score; for the
 * kind of alternative, `related` is the same point on closeness and `close`
 * the median closeness within minor groups; the strength floor is the
 * equal-error point on the share of characteristic strengths a target also
 * asks for.
 */
export function scoreAllPairs(
  prepared: Omit<PreparedData, "symmetric" | "pairFacets" | "coverageMean" | "coverageSd" | "threshold" | "cuts" | "strengthFloor">,
): AllPairs {
  const { occupations, matrix, zMatrix, zNorms } = prepared;
  const n = occupations.length;
  const d = prepared.descriptors.length;
  const f = prepared.facets.length;
  const symmetric = new Float32Array(n * n);
  const pairFacets = new Float32Array(n * n * PAIR_FACETS);
  const coverageMean = new Float32Array(n);
  const coverageSd = new Float32Array(n);
  const within: number[] = [];
  const withinNear: number[] = [];
  const withinShare: number[] = [];
  const across: number[] = [];
  const acrossNear: number[] = [];
  const acrossShare: number[] = [];
  for (let a = 0; a < n; a++) {
    const levels = matrix.subarray(a * d, (a + 1) * d);
    const origin: OriginVector = {
      occupation: a,
      unitGroup: true,
      levels,
      z: zMatrix.subarray(a * d, (a + 1) * d),
      zNorms: zNorms.subarray(a * f, (a + 1) * f),
    };
    const scores = scoreAll(prepared, origin, levels);
    symmetric.set(scores.closeness, a * n);
    for (let b = 0; b < n; b++) pairFacetsOf(scores.signals, b, pairFacets, (a * n + b) * PAIR_FACETS);
    coverageMean[a] = scores.coverageMean;
    coverageSd[a] = scores.coverageSd;
    const code = occupations[a]!.code;
    for (let b = 0; b < n; b++) {
      if (b === a) continue;
      const other = occupations[b]!.code;
      if (other.slice(0, 4) === code.slice(0, 4)) {
        within.push(scoreOf(scores.blend[b]!));
        withinNear.push(scores.closeness[b]!);
        withinShare.push(scores.strengthShare[b]!);
      } else if (other[0] !== code[0]) {
        across.push(scoreOf(scores.blend[b]!));
        acrossNear.push(scores.closeness[b]!);
        acrossShare.push(scores.strengthShare[b]!);
      }
    }
  }
  const sorted = (values: number[]) => Float32Array.from(values).sort();
  const withinNearSorted = sorted(withinNear);
  const calibration: Calibration =
    within.length === 0 || across.length === 0
      ? { threshold: 0.5, cuts: { close: 0.5, related: 0.5 }, strengthFloor: 0 }
      : {
          threshold: equalErrorPoint(sorted(within), sorted(across)),
          cuts: { close: median(withinNearSorted), related: equalErrorPoint(withinNearSorted, sorted(acrossNear)) },
          strengthFloor: equalErrorPoint(sorted(withinShare), sorted(acrossShare)),
        };
  return { symmetric, pairFacets, coverageMean, coverageSd, calibration };
}
