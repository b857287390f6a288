import { assert } from "./assert";
import { calibrate, type Calibration } from "./calibrate";
import { COMMUNICATION_DESCRIPTORS, ENGINE_VERSION, SCORED_FACETS } from "./constants";
import type { ReferenceInput } from "./input";
import { DUPLICATE_CODE, EMPTY_REFERENCE, INVALID_RATING } from "./messages";
import { buildTextIndex, type TextIndex } from "./text";
import type { FacetRange, PreparedData, PreparedDescriptor, PreparedOccupation } from "./types";

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Writes one set of ratings as a normalised row; returns nothing, the row is fresh. */
function fillRow(
  target: Float32Array,
  offset: number,
  descriptors: readonly PreparedDescriptor[],
  ratings: Readonly<Record<string, number>>,
): void {
  descriptors.forEach((desc, j) => {
    const value = ratings[desc.code] ?? 0;
    assert(Number.isFinite(value) && value >= 0 && value <= desc.scaleMax + 1e-9, INVALID_RATING);
    target[offset + j] = value / desc.scaleMax;
  });
}

/** Length of each facet slice of each row. */
function facetNorms(matrix: Float32Array, rows: number, d: number, ranges: readonly FacetRange[], squared: boolean): Float32Array {
  const out = new Float32Array(rows * ranges.length);
  for (let r = 0; r < rows; r++) {
    ranges.forEach(({ start, end }, k) => {
      let sum = 0;
      for (let j = start; j < end; j++) sum += matrix[r * d + j]! ** 2;
      out[r * ranges.length + k] = squared ? sum : Math.sqrt(sum);
    });
  }
  return out;
}

/**
 * Turns the reference data into the engine's compact working form and
 * calibrates its thresholds. Costly (a full pass over all pairs): build once
 * per process and reuse. `saved` parts of an earlier preparation of the same
 * data (its calibration and text index) skip the costly steps; a command-line
 * tool keeps them between runs. Never changes `input`.
 */
/** The parts of a preparation worth keeping between processes: they depend only on the data. */
export interface SavedPreparation {
  calibration: Calibration;
  text: TextIndex;
}

export function prepare(input: ReferenceInput, saved?: SavedPreparation): PreparedData {
  const facetOrder = new Map<string, number>(SCORED_FACETS.map((f, i) => [f, i]));
  const descriptors: PreparedDescriptor[] = input.descriptors
    .filter((desc) => facetOrder.has(desc.category))
    .map((desc) => ({
      code: desc.code,
      facet: desc.category as PreparedDescriptor["facet"],
      nameEn: desc.nameEn,
      nameFr: desc.nameFr,
      scaleMax: desc.scaleMax,
    }))
    .sort((a, b) => facetOrder.get(a.facet)! - facetOrder.get(b.facet)! || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const sources = [...input.occupations].sort((a, b) => (a.code < b.code ? -1 : 1));
  assert(descriptors.length > 0 && sources.length > 0, EMPTY_REFERENCE);
  const descriptorIndex = new Map(descriptors.map((desc, j) => [desc.code, j]));
  const occupationIndex = new Map(sources.map((o, i) => [o.code, i]));
  assert(descriptorIndex.size === descriptors.length && occupationIndex.size === sources.length, DUPLICATE_CODE);
  assert(descriptors.every((desc) => desc.scaleMax > 0), INVALID_RATING);

  const facets: FacetRange[] = SCORED_FACETS.map((facet) => {
    const start = descriptors.findIndex((desc) => desc.facet === facet);
    const count = descriptors.filter((desc) => desc.facet === facet).length;
    return start < 0 ? { facet, start: 0, end: 0 } : { facet, start, end: start + count };
  });

  const n = sources.length;
  const d = descriptors.length;
  const matrix = new Float32Array(n * d);
  sources.forEach((o, i) => fillRow(matrix, i * d, descriptors, o.ratings));

  const profiles = sources.flatMap((o, i) => o.profiles.map((p) => ({ ...p, occupation: i })));
  const profileMatrix = new Float32Array(profiles.length * d);
  profiles.forEach((p, r) => fillRow(profileMatrix, r * d, descriptors, p.ratings));
  const profileIndex = new Map(profiles.map((p, r) => [p.code, r]));
  assert(profileIndex.size === profiles.length, DUPLICATE_CODE);

  const descriptorMeans = new Float32Array(d);
  for (let j = 0; j < d; j++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += matrix[i * d + j]!;
    descriptorMeans[j] = sum / n;
  }

  const communication = COMMUNICATION_DESCRIPTORS.map((c) => descriptorIndex.get(c)).filter((j): j is number => j !== undefined);
  const languageDemand = Float32Array.from(sources, (_, i) =>
    communication.length ? communication.reduce((s, j) => s + matrix[i * d + j]!, 0) / communication.length : 0,
  );

  const occupations: PreparedOccupation[] = sources.map((o) => ({
    code: o.code,
    titleEn: o.titleEn,
    titleFr: o.titleFr,
    teer: o.teer,
    regulated: o.regulated,
    outlook: o.outlook,
    wage: o.wage,
  }));

  const base = {
    engineVersion: ENGINE_VERSION,
    dataVersion: input.dataVersion,
    descriptors,
    facets,
    occupations,
    matrix,
    norms: facetNorms(matrix, n, d, facets, false),
    requirementWeights: facetNorms(matrix, n, d, facets, true),
    descriptorMeans,
    profileCodes: profiles.map((p) => p.code),
    profileOccupation: Uint32Array.from(profiles, (p) => p.occupation),
    profileMatrix,
    profileNorms: facetNorms(profileMatrix, profiles.length, d, facets, false),
    text: saved?.text ?? buildTextIndex(sources.map((o) => [...o.titlesEn, ...o.duties])),
    languageDemand,
    descriptorIndex,
    occupationIndex,
    profileIndex,
  };
  const { threshold, cuts } = saved?.calibration ?? calibrate(base);
  return { ...base, threshold: round4(threshold), cuts: { close: round4(cuts.close), related: round4(cuts.related) } };
}
