import { COVERAGE_WEIGHTS, SCORED_FACETS, SIGNAL_WEIGHTS, SIGNALS, STRENGTH_Z, TEXT_FIELDS } from "./constants";
import { textCloseness, type TextIndex } from "./text";
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
  /** The origin is the unit group itself (not a finer OaSIS profile), so its closeness row is prepared. */
  unitGroup: boolean;
  /** The profession's levels, 0..1 per descriptor. */
  levels: Float32Array;
  /** The same as z-scores over occupations. */
  z: Float32Array;
  /** Length of each facet slice of `z`. */
  zNorms: Float32Array;
}

/** Every target's totals for one origin and person. */
export interface TargetScores {
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
export function scoreAll(
  prepared: Omit<PreparedData, "symmetric" | "pairFacets" | "coverageMean" | "coverageSd" | "threshold" | "cuts" | "strengthFloor">,
  origin: OriginVector,
  person: Float32Array,
): TargetScores & { signals: Float32Array; coverageMean: number; coverageSd: number } {
  const { matrix, zMatrix, zNorms, requirementWeights, traits, traitNorms, traitCount, interests } = prepared;
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

  const { at: strengths, z: strengthZ } = strengthsOf(prepared, person);

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
  let coverageMean = 0;
  let coverageSd = 0;
  for (let s = 0; s < SIGNAL_COUNT; s++) {
    const reference = s === COVERAGE_SLOT ? professionCoverage : null;
    const at = (b: number) => (reference ? reference[b]! : signals[b * SIGNAL_COUNT + s]!);
    let sum = 0;
    for (let b = 0; b < n; b++) if (b !== self) sum += at(b);
    const mean = sum / count;
    let sq = 0;
    for (let b = 0; b < n; b++) if (b !== self) sq += (at(b) - mean) ** 2;
    const sd = Math.sqrt(sq / count);
    if (reference) {
      coverageMean = mean;
      coverageSd = sd;
    }
    if (sd === 0) continue;
    const w = WEIGHTS[s]! / sd;
    const symmetric = s !== COVERAGE_SLOT;
    for (let b = 0; b < n; b++) {
      const z = (signals[b * SIGNAL_COUNT + s]! - mean) * w;
      blend[b]! += z;
      if (symmetric) closeness[b]! += z * SYMMETRIC_SCALE;
    }
  }
  return { signals, blend, closeness, coverage, strengthShare, coverageMean, coverageSd };
}

/** The person's characteristic strengths: competency descriptors well above the mean occupation, with their z-scores. */
function strengthsOf(prepared: Pick<PreparedData, "facets" | "descriptorSds" | "descriptorMeans">, person: Float32Array): { at: number[]; z: number[] } {
  const at: number[] = [];
  const z: number[] = [];
  for (const { facet, start, end } of prepared.facets) {
    if (COVERAGE_WEIGHTS[facet] === 0) continue;
    for (let j = start; j < end; j++) {
      const sd = prepared.descriptorSds[j]!;
      const value = sd > 0 ? (person[j]! - prepared.descriptorMeans[j]!) / sd : 0;
      if (value >= STRENGTH_Z) {
        at.push(j);
        z.push(value);
      }
    }
  }
  return { at, z };
}

/** The competency facets (coverage weight above 0): their descriptor ranges, weights and slots in the facet arrays. */
interface CompetencySlices {
  starts: Int32Array;
  ends: Int32Array;
  weights: Float64Array;
  slots: Int32Array;
}

/** Depends only on the facet layout, so it is worked out once per prepared data set. */
const slicesOf = new WeakMap<object, CompetencySlices>();

function competencySlices(prepared: Pick<PreparedData, "facets">): CompetencySlices {
  let slices = slicesOf.get(prepared.facets);
  if (slices) return slices;
  const kept = prepared.facets.map((range, k) => ({ ...range, k })).filter(({ facet }) => COVERAGE_WEIGHTS[facet] !== 0);
  slices = {
    starts: Int32Array.from(kept, (r) => r.start),
    ends: Int32Array.from(kept, (r) => r.end),
    weights: Float64Array.from(kept, (r) => COVERAGE_WEIGHTS[r.facet]),
    slots: Int32Array.from(kept, (r) => r.k),
  };
  slicesOf.set(prepared.facets, slices);
  return slices;
}

/**
 * The same totals as `scoreAll`, fast: for a unit-group origin, the
 * symmetric closeness of every pair and the profession's coverage
 * statistics were computed once in `prepare`, so only the person's
 * coverage and strengths are left to compute. A finer OaSIS profile takes
 * the full path.
 */
export function scoreTargets(prepared: PreparedData, origin: OriginVector, person: Float32Array): TargetScores {
  if (!origin.unitGroup) return scoreAll(prepared, origin, person);
  const { matrix, requirementWeights, zMatrix } = prepared;
  const n = prepared.occupations.length;
  const d = prepared.descriptors.length;
  const a = origin.occupation;
  const closeness = prepared.symmetric.subarray(a * n, (a + 1) * n);
  const mean = prepared.coverageMean[a]!;
  const sd = prepared.coverageSd[a]!;
  const coverageWeight = sd > 0 ? SIGNAL_WEIGHTS.coverage / sd : 0;
  const symmetricWeight = 1 / SYMMETRIC_SCALE;
  const { starts, ends, weights, slots } = competencySlices(prepared);
  const facetCount = starts.length;
  const strengths = strengthsOf(prepared, person);
  const strengthCount = strengths.at.length;
  const strengthAt = Int32Array.from(strengths.at);
  const strengthInverse = Float32Array.from(strengths.z, (z) => 1 / z);
  const blend = new Float32Array(n);
  const coverage = new Float32Array(n);
  const strengthShare = new Float32Array(n);
  for (let b = 0; b < n; b++) {
    const row = b * d;
    let covered = 0;
    for (let k = 0; k < facetCount; k++) {
      let met = 0;
      const end = ends[k]!;
      // Twice the shortfall-capped level, branch-free: p + t - |p - t| is
      // 2 min(p, t) exactly for these Float32 levels (the sums fit a double),
      // and halving the total is exact, so this is the same sum as
      // t * min(p, t) term by term. A comparison here mispredicts about half
      // the time and made this, the engine's hottest loop, 3x slower.
      for (let j = starts[k]!; j < end; j++) {
        const t = matrix[row + j]!;
        const p = person[j]!;
        met += t * (p + t - Math.abs(p - t));
      }
      met *= 0.5;
      const need = requirementWeights[b * F + slots[k]!]!;
      covered += weights[k]! * (need > 0 ? Math.min(1, met / need) : 1);
    }
    coverage[b] = covered;
    blend[b] = closeness[b]! * symmetricWeight + (covered - mean) * coverageWeight;
    let share = 0;
    for (let s = 0; s < strengthCount; s++) {
      const ratio = zMatrix[row + strengthAt[s]!]! * strengthInverse[s]!;
      share += ratio <= 0 ? 0 : ratio >= 1 ? 1 : ratio;
    }
    strengthShare[b] = strengthCount ? share / strengthCount : 1;
  }
  return { blend, closeness, coverage, strengthShare };
}

/** Sparse dot product of two rows of a text index (both sorted by term). */
function pairText(index: TextIndex, a: number, b: number): number {
  let i = index.rowStart[a]!;
  let j = index.rowStart[b]!;
  const endA = index.rowStart[a + 1]!;
  const endB = index.rowStart[b + 1]!;
  let sum = 0;
  while (i < endA && j < endB) {
    const ta = index.rowTerm[i]!;
    const tb = index.rowTerm[j]!;
    if (ta === tb) sum += index.rowWeight[i++]! * index.rowWeight[j++]!;
    else if (ta < tb) i++;
    else j++;
  }
  return Math.min(1, sum);
}

/** Values kept per pair for display: the five rating families' cosines, then the mean of the text fields' cosines. */
export const PAIR_FACETS = F + 1;

/** Writes target `b`'s display similarities from a block of raw signals into `out` at `at`. */
export function pairFacetsOf(signals: Float32Array, b: number, out: Float32Array, at: number): void {
  const slot = b * SIGNAL_COUNT;
  for (let k = 0; k < F; k++) out[at + k] = signals[slot + k]!;
  let text = 0;
  for (let m = 0; m < TEXT_FIELDS.length; m++) text += signals[slot + TEXT_SLOT + m]!;
  out[at + F] = text / TEXT_FIELDS.length;
}

/**
 * Raw similarities of one pair, for display: each rating family's cosine of
 * z-scores, and the mean of the text fields' cosines. Read from the
 * prepared pairs for a unit-group origin; computed for a finer profile.
 */
export function pairSimilarities(prepared: PreparedData, origin: OriginVector, b: number): { facets: number[]; text: number } {
  const n = prepared.occupations.length;
  if (origin.unitGroup) {
    const at = (origin.occupation * n + b) * PAIR_FACETS;
    const row = prepared.pairFacets;
    return { facets: Array.from(row.subarray(at, at + F)), text: row[at + F]! };
  }
  const d = prepared.descriptors.length;
  const facets = prepared.facets.map(({ start, end }, k) => {
    let dot = 0;
    for (let j = start; j < end; j++) dot += origin.z[j]! * prepared.zMatrix[b * d + j]!;
    const norms = origin.zNorms[k]! * prepared.zNorms[b * F + k]!;
    return norms > 0 ? dot / norms : 0;
  });
  const text = TEXT_FIELDS.reduce((sum, field) => sum + pairText(prepared.text[field], origin.occupation, b), 0) / TEXT_FIELDS.length;
  return { facets, text };
}
