import { COVERAGE_SHARE, FACET_WEIGHTS, SCORED_FACETS } from "./constants";
import type { PreparedData } from "./types";

/** Facet slots in the per-target facet block: the scored facets, then "work" (text). */
export const FACET_SLOTS = SCORED_FACETS.length + 1;
const WORK_SLOT = SCORED_FACETS.length;

/** Per-slot weights, and whether a slot mixes in coverage (competencies do, work context does not). */
const SLOT_WEIGHTS = Float64Array.from([...SCORED_FACETS.map((f) => FACET_WEIGHTS[f]), FACET_WEIGHTS.work]);
const USES_COVERAGE = SCORED_FACETS.map((f) => f !== "workContext");
const COMPETENCY_WEIGHT_SUM = SCORED_FACETS.reduce((s, f, k) => (USES_COVERAGE[k] ? s + FACET_WEIGHTS[f] : s), 0);

/** The origin as the engine compares it: the profession's levels and facet norms. */
export interface OriginVector {
  levels: Float32Array;
  norms: Float32Array;
}

/** Every target's facets and totals for one origin and person. */
export interface TargetScores {
  /** N x FACET_SLOTS, each 0..1. */
  facets: Float32Array;
  /** N: weighted sum of facets, 0..1. */
  fit: Float32Array;
  /** N: share of the target's competency requirements the person meets, 0..1. */
  coverage: Float32Array;
  /** N: the same sum with shape in place of coverage; symmetric, used for the kind of alternative. */
  closeness: Float32Array;
}

/**
 * Scores every occupation as a target. Shape (cosine) compares the origin
 * profession with the target: it does not move with the person's
 * adjustments. Coverage compares the person's levels with the target's
 * requirements, each weighted by its own level, counting shortfalls and
 * ignoring surpluses: raising a level can only raise it.
 */
export function scoreTargets(
  prepared: PreparedData,
  origin: OriginVector,
  person: Float32Array,
  text: Float32Array,
): TargetScores {
  const { matrix, norms, requirementWeights } = prepared;
  const levels = origin.levels;
  const originNorms = origin.norms;
  const n = prepared.occupations.length;
  const d = prepared.descriptors.length;
  const f = prepared.facets.length;
  const starts = prepared.facets.map((r) => r.start);
  const ends = prepared.facets.map((r) => r.end);
  const facets = new Float32Array(n * FACET_SLOTS);
  const fit = new Float32Array(n);
  const coverage = new Float32Array(n);
  const closeness = new Float32Array(n);
  const covShare = COVERAGE_SHARE;
  const shapeShare = 1 - COVERAGE_SHARE;
  for (let b = 0; b < n; b++) {
    const row = b * d;
    const slot = b * FACET_SLOTS;
    let total = 0;
    let near = 0;
    let covered = 0;
    for (let k = 0; k < f; k++) {
      let dot = 0;
      let met = 0;
      const end = ends[k]!;
      if (USES_COVERAGE[k]) {
        for (let j = starts[k]!; j < end; j++) {
          const t = matrix[row + j]!;
          const p = person[j]!;
          dot += levels[j]! * t;
          met += t * (p < t ? p : t);
        }
      } else {
        for (let j = starts[k]!; j < end; j++) dot += levels[j]! * matrix[row + j]!;
      }
      const normProduct = originNorms[k]! * norms[b * f + k]!;
      const shape = normProduct > 0 ? Math.min(1, dot / normProduct) : 0;
      const need = requirementWeights[b * f + k]!;
      // A target that asks nothing of a facet is fully covered by anyone.
      const cov = need > 0 ? Math.min(1, met / need) : 1;
      const weight = SLOT_WEIGHTS[k]!;
      let value = shape;
      if (USES_COVERAGE[k]) {
        value = shapeShare * shape + covShare * cov;
        covered += weight * cov;
      }
      facets[slot + k] = value;
      total += weight * value;
      near += weight * shape;
    }
    const work = text[b]!;
    facets[slot + WORK_SLOT] = work;
    total += SLOT_WEIGHTS[WORK_SLOT]! * work;
    near += SLOT_WEIGHTS[WORK_SLOT]! * work;
    fit[b] = Math.min(1, total);
    closeness[b] = Math.min(1, near);
    coverage[b] = covered / COMPETENCY_WEIGHT_SUM;
  }
  return { facets, fit, coverage, closeness };
}
