import {
  COMPETENCY_FACETS,
  COVERAGE_WEIGHTS,
  GAP_MIN_POINTS,
  MAX_GAPS,
  MAX_SURPLUSES,
  MAX_TRANSFERS,
  NEED_MIN_SHARE,
  SURPLUS_MIN_POINTS,
} from "./constants";
import type { Gap, LevelSource, Overqualification, PreparedData, Surplus, Transfer } from "./types";

const round2 = (x: number) => Math.round(x * 100) / 100;
const NONE: ReadonlySet<number> = new Set();

// Module-level copies read in the per-descriptor loop: a transpiled import
// can be a property getter, and this loop runs for every explained result.
const GAP_POINTS = GAP_MIN_POINTS;
const NEED_SHARE = NEED_MIN_SHARE;
const SURPLUS_POINTS = SURPLUS_MIN_POINTS;

/** Each descriptor's scale maximum as a typed array, once per prepared data set. */
const scaleMaxes = new WeakMap<object, Float32Array>();
function scaleMaxOf(prepared: PreparedData): Float32Array {
  let scales = scaleMaxes.get(prepared.descriptors);
  if (!scales) {
    scales = Float32Array.from(prepared.descriptors, (d) => d.scaleMax);
    scaleMaxes.set(prepared.descriptors, scales);
  }
  return scales;
}

export interface FitDetail {
  transfers: Transfer[];
  gaps: Gap[];
  gapCount: number;
  overqualified: Overqualification;
  /** Share of the target's competency requirements met (same weighting as the score). */
  coverage: number;
}

/** The best descriptors seen so far, best first (see `offer`). */
interface Best {
  at: number[];
  key: number[];
  size: number;
}

const best = (size: number): Best => ({ at: [], key: [], size });

/**
 * Keeps `j` if its key is among the `size` largest. Candidates arrive in
 * matrix (code) order and an equal key never displaces an earlier one, so
 * ties keep code order. Cheaper than sorting every candidate.
 */
function offer(list: Best, j: number, key: number): void {
  const { at, key: keys, size } = list;
  let i = at.length;
  if (i === size) {
    if (key <= keys[size - 1]!) return;
    i = size - 1;
  } else {
    at.push(j);
    keys.push(key);
  }
  while (i > 0 && keys[i - 1]! < key) {
    at[i] = at[i - 1]!;
    keys[i] = keys[i - 1]!;
    i--;
  }
  at[i] = j;
  keys[i] = key;
}

/** Descriptor `j` named, with both levels on its own scale and the difference (person minus target). */
function levelsAt(prepared: PreparedData, person: Float32Array, target: Float32Array, j: number) {
  const desc = prepared.descriptors[j]!;
  const personLevel = round2(person[j]! * desc.scaleMax);
  const requiredLevel = round2(target[j]! * desc.scaleMax);
  return { desc, personLevel, requiredLevel };
}

// Object literals rather than spreads: spreads are many times slower here and these run per explained result.
function transferAt(prepared: PreparedData, person: Float32Array, target: Float32Array, j: number, source: LevelSource): Transfer {
  const { desc, personLevel, requiredLevel } = levelsAt(prepared, person, target, j);
  const { code, facet, nameEn, nameFr, scaleMax } = desc;
  return { code, facet, nameEn, nameFr, scaleMax, personLevel, requiredLevel, source };
}

function gapAt(prepared: PreparedData, person: Float32Array, target: Float32Array, j: number, source: LevelSource): Gap {
  const { desc, personLevel, requiredLevel } = levelsAt(prepared, person, target, j);
  const { code, facet, nameEn, nameFr, scaleMax } = desc;
  const size = round2(requiredLevel - personLevel);
  return { code, facet, nameEn, nameFr, scaleMax, personLevel, requiredLevel, source, size, importance: round2(target[j]!) };
}

function surplusAt(prepared: PreparedData, person: Float32Array, target: Float32Array, j: number): Surplus {
  const { desc, personLevel, requiredLevel } = levelsAt(prepared, person, target, j);
  const { code, facet, nameEn, nameFr, scaleMax } = desc;
  return { code, facet, nameEn, nameFr, scaleMax, personLevel, requiredLevel, size: round2(personLevel - requiredLevel) };
}

/**
 * Descriptor by descriptor, the person (levels 0..1) against one target
 * row, over the competency facets. A requirement is a gap when the person is
 * at least half a scale point short; otherwise, if the target needs it at
 * least moderately, it transfers. Transfers are ordered by how far the shared
 * level stands above what occupations generally ask (characteristic
 * strengths first, not ones every job needs); gaps by what they cost in
 * coverage (level x shortfall); surpluses by size.
 */
export function describeFit(
  prepared: PreparedData,
  person: Float32Array,
  target: Float32Array,
  answered: ReadonlySet<number> = NONE,
): FitDetail {
  const { descriptorMeans } = prepared;
  const scaleMax = scaleMaxOf(prepared);
  const bestGaps = best(MAX_GAPS);
  const bestTransfers = best(MAX_TRANSFERS);
  const bestSurpluses = best(MAX_SURPLUSES);
  let gapCount = 0;
  let unused = 0;
  let strength = 0;
  let covered = 0;
  let weights = 0;
  for (const { facet, start, end } of prepared.facets) {
    if (!COMPETENCY_FACETS.includes(facet)) continue;
    let met = 0;
    let need = 0;
    for (let j = start; j < end; j++) {
      const p = person[j]!;
      const t = target[j]!;
      const shared = p < t ? p : t;
      met += t * shared;
      need += t * t;
      strength += p * p;
      const short = (t - p) * scaleMax[j]!;
      if (short >= GAP_POINTS) {
        gapCount++;
        offer(bestGaps, j, t * (t - p));
      } else if (t >= NEED_SHARE && shared > descriptorMeans[j]!) {
        offer(bestTransfers, j, shared - descriptorMeans[j]!);
      }
      if (p > t) {
        unused += p * (p - t);
        if (-short >= SURPLUS_POINTS) offer(bestSurpluses, j, -short);
      }
    }
    covered += COVERAGE_WEIGHTS[facet] * (need > 0 ? Math.min(1, met / need) : 1);
    weights += COVERAGE_WEIGHTS[facet];
  }

  const source = (j: number): LevelSource => (answered.has(j) ? "answer" : "profession");
  const gaps: Gap[] = bestGaps.at.map((j) => gapAt(prepared, person, target, j, source(j)));
  const surpluses: Surplus[] = bestSurpluses.at.map((j) => surplusAt(prepared, person, target, j));
  const transfers: Transfer[] = bestTransfers.at.map((j) => transferAt(prepared, person, target, j, source(j)));
  return {
    transfers,
    gaps,
    gapCount,
    overqualified: { unusedShare: round2(strength > 0 ? unused / strength : 0), descriptors: surpluses },
    coverage: weights > 0 ? covered / weights : 1,
  };
}
