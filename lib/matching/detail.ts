import {
  COMPETENCY_FACETS,
  FACET_WEIGHTS,
  GAP_MIN_POINTS,
  MAX_GAPS,
  MAX_SURPLUSES,
  MAX_TRANSFERS,
  NEED_MIN_SHARE,
  SURPLUS_MIN_POINTS,
} from "./constants";
import type { Gap, NamedDescriptor, Overqualification, PreparedData, PreparedDescriptor, Surplus, Transfer } from "./types";

const round2 = (x: number) => Math.round(x * 100) / 100;
const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function named(desc: PreparedDescriptor): NamedDescriptor {
  return { code: desc.code, facet: desc.facet, nameEn: desc.nameEn, nameFr: desc.nameFr, scaleMax: desc.scaleMax };
}

export interface FitDetail {
  transfers: Transfer[];
  gaps: Gap[];
  gapCount: number;
  overqualified: Overqualification;
  /** Share of the target's competency requirements met (same weighting as the score). */
  coverage: number;
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
export function describeFit(prepared: PreparedData, person: Float32Array, target: Float32Array): FitDetail {
  const { descriptors, descriptorMeans } = prepared;
  const transfers: (Transfer & { strength: number })[] = [];
  const gaps: (Gap & { cost: number })[] = [];
  const surpluses: Surplus[] = [];
  let unused = 0;
  let strength = 0;
  let covered = 0;
  let weights = 0;
  for (const { facet, start, end } of prepared.facets) {
    if (!COMPETENCY_FACETS.includes(facet)) continue;
    let met = 0;
    let need = 0;
    for (let j = start; j < end; j++) {
      const desc = descriptors[j]!;
      const p = person[j]!;
      const t = target[j]!;
      met += t * Math.min(p, t);
      need += t * t;
      unused += p * Math.max(0, p - t);
      strength += p * p;
      const short = (t - p) * desc.scaleMax;
      const levels = { personLevel: round2(p * desc.scaleMax), requiredLevel: round2(t * desc.scaleMax) };
      if (short >= GAP_MIN_POINTS) {
        gaps.push({ ...named(desc), ...levels, size: round2(short), importance: round2(t), cost: t * (t - p) });
      } else if (t >= NEED_MIN_SHARE && Math.min(p, t) > descriptorMeans[j]!) {
        transfers.push({ ...named(desc), ...levels, strength: Math.min(p, t) - descriptorMeans[j]! });
      }
      if (-short >= SURPLUS_MIN_POINTS) surpluses.push({ ...named(desc), ...levels, size: round2(-short) });
    }
    covered += FACET_WEIGHTS[facet] * (need > 0 ? Math.min(1, met / need) : 1);
    weights += FACET_WEIGHTS[facet];
  }
  gaps.sort((a, b) => b.cost - a.cost || byCode(a, b));
  transfers.sort((a, b) => b.strength - a.strength || byCode(a, b));
  surpluses.sort((a, b) => b.size - a.size || byCode(a, b));
  return {
    transfers: transfers.slice(0, MAX_TRANSFERS).map(({ strength: _s, ...t }) => t),
    gaps: gaps.slice(0, MAX_GAPS).map(({ cost: _c, ...g }) => g),
    gapCount: gaps.length,
    overqualified: {
      unusedShare: round2(strength > 0 ? unused / strength : 0),
      descriptors: surpluses.slice(0, MAX_SURPLUSES),
    },
    coverage: weights > 0 ? covered / weights : 1,
  };
}
