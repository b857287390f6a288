import { COVERAGE_WEIGHTS, SCORED_FACETS, SIGNAL_WEIGHTS, SIGNALS, STRENGTH_Z, TEXT_FIELDS } from "./constants";
import { textCloseness } from "./text";
import type { PreparedData } from "./types";

/** Signal slots in the per-target signal block, in `SIGNALS` order. */
export const SIGNAL_COUNT = SIGNALS.length;
const F = SCORED_FACETS.length;
const TEXT_SLOT = F;
const INTEREST_SLOT = F + TEXT_FIELDS.length;
const TRAIT_SLOT = INTEREST_SLOT + 1;
const COVERAGE_SLOT = TRAIT_SLOT + 1;
const WEIGHTS = Float64Array.from(SIGNALS, (s) => SIGNAL_WEIGHTS[s]);
const COVERAGE_FACET_WEIGHTS = Float64Array.from(SCORED_FACETS, (f) => COVERAGE_WEIGHTS[f]);
/** The blend without coverage is rescaled by this so it reads on the same scale. */
const SYMMETRIC_SCALE = 1 / (1 - SIGNAL_WEIGHTS.coverage);

/** The origin as the engine compares it. */
export interface OriginVector {
  /** Unit group row of the origin (its text, interests and traits). */
  occupation: number;
  /** The profession's levels, 0..1 per descriptor. */
  levels: Float32Array;
  /** The same as z-scores over occupations. */
  z: Float32Array;
  /** Length of each facet slice of `z`. */
  zNorms: Float32Array;
}

/** Every target's signals and totals for one origin and person. */
export interface TargetScores {
  /** N x SIGNAL_COUNT raw similarities (cosines, coverage), each about -1..1. */
  signals: Float32Array;
  /** N: weighted sum of the signals, each standardised over all targets for this origin. */
  blend: Float32Array;
  /** N: the blend without the person's coverage (symmetric closeness of the two occupations' work). */
  closeness: Float32Array;
  /** N: share of the target's competency requirements the person meets, 0..1. */
  coverage: Float32Array;
  /** N: share of the person's characteristic strengths the target also asks for, 0..1. */
  strengthShare: Float32Array;
}

/**
 * The blend (a sum of z-scores, about -3 to 8) as a score between 0 and 1:
 * the logistic function, which keeps the close options apart at four
 * decimals where a normal distribution function would round them all to 1.
 * Monotone, so the order is the blend's.
 */
export function scoreOf(blend: number): number {
  return 1 / (1 + Math.exp(-blend));
}

/**
 * Scores every occupation as a target. Rating families compare the origin
 * profession's descriptor z-scores with the target's (cosine); text fields
 * by TF-IDF cosine; interests and personal attributes likewise. These do
 * not move with the person's adjustments. Coverage compares the person's
 * levels with the target's requirements, each weighted by its own level,
 * counting shortfalls and ignoring surpluses: raising a level can only
 * raise it. Each signal is then standardised over all targets (the origin
 * itself left out) and the weighted sum is the blend.
 */
export function scoreTargets(prepared: PreparedData, origin: OriginVector, person: Float32Array): TargetScores {
  const { matrix, zMatrix, zNorms, requirementWeights, traits, traitNorms, traitCount, interests, descriptorMeans, descriptorSds } = prepared;
  const n = prepared.occupations.length;
  const d = prepared.descriptors.length;
  const starts = prepared.facets.map((r) => r.start);
  const ends = prepared.facets.map((r) => r.end);
  const oz = origin.z;
  const self = origin.occupation;
  const signals = new Float32Array(n * SIGNAL_COUNT);
  const coverage = new Float32Array(n);
  // Coverage by the profession itself: the person's coverage is standardised
  // against it, so raising a level can only raise a target's blend.
  const professionCoverage = new Float32Array(n);
  const levels = origin.levels;
  const strengthShare = new Float32Array(n);

  // The person's characteristic strengths: competency descriptors well above the mean occupation.
  const strengths: number[] = [];
  const strengthZ: number[] = [];
  for (let k = 0; k < F; k++) {
    if (COVERAGE_FACET_WEIGHTS[k] === 0) continue;
    for (let j = starts[k]!; j < ends[k]!; j++) {
      const sd = descriptorSds[j]!;
      const z = sd > 0 ? (person[j]! - descriptorMeans[j]!) / sd : 0;
      if (z >= STRENGTH_Z) {
        strengths.push(j);
        strengthZ.push(z);
      }
    }
  }

  const texts = TEXT_FIELDS.map((field) => textCloseness(prepared.text[field], self));
  const ot = self * traitCount;
  const otNorm = traitNorms[self]!;

  for (let b = 0; b < n; b++) {
    const row = b * d;
    const slot = b * SIGNAL_COUNT;
    let covered = 0;
    let professionCovered = 0;
    for (let k = 0; k < F; k++) {
      let dot = 0;
      const end = ends[k]!;
      const cw = COVERAGE_FACET_WEIGHTS[k]!;
      if (cw > 0) {
        let met = 0;
        let metByProfession = 0;
        for (let j = starts[k]!; j < end; j++) {
          dot += oz[j]! * zMatrix[row + j]!;
          const t = matrix[row + j]!;
          const p = person[j]!;
          const l = levels[j]!;
          met += t * (p < t ? p : t);
          metByProfession += t * (l < t ? l : t);
        }
        const need = requirementWeights[b * F + k]!;
        // A target that asks nothing of a facet is fully covered by anyone.
        covered += cw * (need > 0 ? Math.min(1, met / need) : 1);
        professionCovered += cw * (need > 0 ? Math.min(1, metByProfession / need) : 1);
      } else {
        for (let j = starts[k]!; j < end; j++) dot += oz[j]! * zMatrix[row + j]!;
      }
      const normProduct = origin.zNorms[k]! * zNorms[b * F + k]!;
      signals[slot + k] = normProduct > 0 ? dot / normProduct : 0;
    }
    for (let m = 0; m < TEXT_FIELDS.length; m++) signals[slot + TEXT_SLOT + m] = texts[m]![b]!;
    let interest = 0;
    for (let k = 0; k < 6; k++) interest += interests[self * 6 + k]! * interests[b * 6 + k]!;
    signals[slot + INTEREST_SLOT] = interest;
    let trait = 0;
    const tb = b * traitCount;
    for (let k = 0; k < traitCount; k++) trait += traits[ot + k]! * traits[tb + k]!;
    const traitNorm = otNorm * traitNorms[b]!;
    signals[slot + TRAIT_SLOT] = traitNorm > 0 ? trait / traitNorm : 0;
    signals[slot + COVERAGE_SLOT] = covered;
    coverage[b] = covered;
    professionCoverage[b] = professionCovered;

    let share = 0;
    for (let s = 0; s < strengths.length; s++) {
      const ratio = zMatrix[row + strengths[s]!]! / strengthZ[s]!;
      share += ratio <= 0 ? 0 : ratio >= 1 ? 1 : ratio;
    }
    strengthShare[b] = strengths.length ? share / strengths.length : 1;
  }

  // Standardise each signal over the targets (not the origin itself) and
  // blend. Coverage is standardised with the profession's own coverage, so
  // the scale does not move with the person's answers.
  const blend = new Float32Array(n);
  const closeness = new Float32Array(n);
  const count = n > 1 ? n - 1 : 1;
  for (let s = 0; s < SIGNAL_COUNT; s++) {
    const reference = s === COVERAGE_SLOT ? professionCoverage : null;
    const at = (b: number) => (reference ? reference[b]! : signals[b * SIGNAL_COUNT + s]!);
    let sum = 0;
    for (let b = 0; b < n; b++) if (b !== self) sum += at(b);
    const mean = sum / count;
    let sq = 0;
    for (let b = 0; b < n; b++) if (b !== self) sq += (at(b) - mean) ** 2;
    const sd = Math.sqrt(sq / count);
    if (sd === 0) continue;
    const w = WEIGHTS[s]! / sd;
    const symmetric = s !== COVERAGE_SLOT;
    for (let b = 0; b < n; b++) {
      const z = (signals[b * SIGNAL_COUNT + s]! - mean) * w;
      blend[b]! += z;
      if (symmetric) closeness[b]! += z * SYMMETRIC_SCALE;
    }
  }
  return { signals, blend, closeness, coverage, strengthShare };
}
