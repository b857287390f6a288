import { assert } from "./assert";
import { scoreAllPairs, type AllPairs, type Calibration } from "./calibrate";
import { COMMUNICATION_DESCRIPTORS, ENGINE_VERSION, SCORED_FACETS, TEXT_FIELDS, type TextField } from "./constants";
import type { OccupationInput, ProfessionKnowledge, ReferenceInput } from "./input";
import { DUPLICATE_CODE, EMPTY_REFERENCE, INVALID_RATING } from "./messages";
import { buildTextIndex, type TextIndex } from "./text";
import type { FacetRange, LicenceRule, PreparedData, PreparedDescriptor, PreparedOccupation } from "./types";

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Holland interest codes (OaSIS C01a01..C01a06: realistic, investigative, artistic, social, enterprising, conventional). */
const HOLLAND = ["C01a01", "C01a02", "C01a03", "C01a04", "C01a05", "C01a06"];

/** Writes one set of ratings as a normalised row; returns nothing, the row is fresh. */
function fillRow(
  target: Float32Array,
  offset: number,
  descriptors: readonly { code: string; scaleMax: number }[],
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

/** Column means and standard deviations of a rows x d matrix. */
function columnStats(matrix: Float32Array, rows: number, d: number): { means: Float32Array; sds: Float32Array } {
  const means = new Float32Array(d);
  const sds = new Float32Array(d);
  for (let j = 0; j < d; j++) {
    let sum = 0;
    for (let i = 0; i < rows; i++) sum += matrix[i * d + j]!;
    const mean = sum / rows;
    let sq = 0;
    for (let i = 0; i < rows; i++) sq += (matrix[i * d + j]! - mean) ** 2;
    means[j] = mean;
    sds[j] = Math.sqrt(sq / rows);
  }
  return { means, sds };
}

/** Each value as a z-score of its column; a constant column (sd 0) becomes 0. */
export function zScores(matrix: Float32Array, rows: number, d: number, means: Float32Array, sds: Float32Array): Float32Array {
  const out = new Float32Array(rows * d);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < d; j++) {
      const sd = sds[j]!;
      out[i * d + j] = sd > 0 ? (matrix[i * d + j]! - means[j]!) / sd : 0;
    }
  }
  return out;
}

/** Lengths of each row. */
function rowNorms(matrix: Float32Array, rows: number, d: number): Float32Array {
  const out = new Float32Array(rows);
  for (let i = 0; i < rows; i++) {
    let sum = 0;
    for (let j = 0; j < d; j++) sum += matrix[i * d + j]! ** 2;
    out[i] = Math.sqrt(sum);
  }
  return out;
}

/** The documents of one text field, one per occupation. */
function documents(field: TextField, sources: readonly OccupationInput[]): string[][] {
  switch (field) {
    case "titlesEn":
      return sources.map((o) => [...o.titlesEn]);
    case "titlesFr":
      return sources.map((o) => [...o.titlesFr]);
    case "duties":
      return sources.map((o) => [...o.duties]);
    case "definition":
      return sources.map((o) => [o.definition]);
  }
}

export function buildTextIndexes(sources: readonly OccupationInput[]): Record<TextField, TextIndex> {
  return Object.fromEntries(TEXT_FIELDS.map((field) => [field, buildTextIndex(documents(field, sources))])) as Record<TextField, TextIndex>;
}

/**
 * Where a licence is required to work in one occupation. When the guides'
 * curated options all say the work needs no licence, that decides (a
 * technologist's title can be protected while employers hire on skills);
 * otherwise a profession guide that covers the code; otherwise curated
 * options that agree on a licence; otherwise OaSIS employment requirements,
 * which only say "somewhere in Canada".
 */
function licenceRule(code: string, oasisRegulated: boolean, guides: readonly ProfessionKnowledge[]): LicenceRule {
  const flags = new Set(guides.flatMap((g) => g.curated.filter((c) => c.code === code).map((c) => c.regulated)));
  if (flags.size === 1 && !flags.has(true)) return { scope: "none", provinces: [], from: "curated" };
  const guide = guides.find((g) => g.nocCodes.includes(code));
  if (guide) {
    if (guide.status === "not-regulated") return { scope: "none", provinces: [], from: "guide" };
    return {
      scope: guide.status === "regulated-everywhere" ? "everywhere" : "some",
      provinces: [...guide.provinces],
      from: "guide",
    };
  }
  if (flags.size === 1) return { scope: "some", provinces: null, from: "curated" };
  return oasisRegulated ? { scope: "some", provinces: null, from: "oasis" } : { scope: "none", provinces: [], from: "oasis" };
}

/** The parts of a preparation worth keeping between processes: they depend only on the data. */
export interface SavedPreparation {
  calibration: Calibration;
  text: Record<TextField, TextIndex>;
  symmetric: Float32Array;
  pairFacets: Float32Array;
  coverageMean: Float32Array;
  coverageSd: Float32Array;
}

/**
 * Turns the reference data into the engine's compact working form and
 * calibrates its thresholds. Costly (a full pass over all pairs): build once
 * per process and reuse. `saved` parts of an earlier preparation of the same
 * data (its calibration and text indexes) skip the costly steps; a
 * command-line tool keeps them between runs. Never changes `input`.
 */
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
  const traitDescriptors = input.descriptors
    .filter((desc) => desc.category === "personalAttributes")
    .toSorted((a, b) => (a.code < b.code ? -1 : 1));
  const sources = [...input.occupations].sort((a, b) => (a.code < b.code ? -1 : 1));
  assert(descriptors.length > 0 && sources.length > 0, EMPTY_REFERENCE);
  const descriptorIndex = new Map(descriptors.map((desc, j) => [desc.code, j]));
  const occupationIndex = new Map(sources.map((o, i) => [o.code, i]));
  assert(descriptorIndex.size === descriptors.length && occupationIndex.size === sources.length, DUPLICATE_CODE);
  assert(descriptors.every((desc) => desc.scaleMax > 0) && traitDescriptors.every((desc) => desc.scaleMax > 0), INVALID_RATING);

  const facets: FacetRange[] = SCORED_FACETS.map((facet) => {
    const start = descriptors.findIndex((desc) => desc.facet === facet);
    const count = descriptors.filter((desc) => desc.facet === facet).length;
    return start < 0 ? { facet, start: 0, end: 0 } : { facet, start, end: start + count };
  });

  const n = sources.length;
  const d = descriptors.length;
  const matrix = new Float32Array(n * d);
  sources.forEach((o, i) => fillRow(matrix, i * d, descriptors, o.ratings));
  const { means: descriptorMeans, sds: descriptorSds } = columnStats(matrix, n, d);
  const zMatrix = zScores(matrix, n, d, descriptorMeans, descriptorSds);

  const t = traitDescriptors.length;
  const rawTraits = new Float32Array(n * t);
  sources.forEach((o, i) => fillRow(rawTraits, i * t, traitDescriptors, o.ratings));
  const traitStats = columnStats(rawTraits, n, t);
  const traits = zScores(rawTraits, n, t, traitStats.means, traitStats.sds);

  // Holland interests, strongest first: weights 3, 2, 1, then unit length.
  const interests = new Float32Array(n * HOLLAND.length);
  sources.forEach((o, i) => {
    o.interests.slice(0, 3).forEach((code, rank) => {
      const k = HOLLAND.indexOf(code);
      if (k >= 0) interests[i * HOLLAND.length + k] = 3 - rank;
    });
  });
  const interestNorms = rowNorms(interests, n, HOLLAND.length);
  for (let i = 0; i < n; i++) {
    const norm = interestNorms[i]!;
    if (norm > 0) for (let k = 0; k < HOLLAND.length; k++) interests[i * HOLLAND.length + k]! /= norm;
  }

  const profiles = sources.flatMap((o, i) => o.profiles.map((p) => ({ ...p, occupation: i })));
  const profileMatrix = new Float32Array(profiles.length * d);
  profiles.forEach((p, r) => fillRow(profileMatrix, r * d, descriptors, p.ratings));
  const profileIndex = new Map(profiles.map((p, r) => [p.code, r]));
  assert(profileIndex.size === profiles.length, DUPLICATE_CODE);

  const communication = COMMUNICATION_DESCRIPTORS.map((c) => descriptorIndex.get(c)).filter((j): j is number => j !== undefined);
  const languageDemand = Float32Array.from(sources, (_, i) =>
    communication.length ? communication.reduce((s, j) => s + matrix[i * d + j]!, 0) / communication.length : 0,
  );

  const guideList = input.professions ?? [];
  const occupations: PreparedOccupation[] = sources.map((o) => {
    const licence = licenceRule(o.code, o.regulated, guideList);
    return {
      code: o.code,
      titleEn: o.titleEn,
      titleFr: o.titleFr,
      teer: o.teer,
      regulated: licence.scope !== "none",
      licence,
      outlook: o.outlook,
      wage: o.wage,
      provincialWages: o.provincialWages,
    };
  });
  const guides = new Map<string, ProfessionKnowledge>();
  for (const guide of guideList) for (const code of guide.nocCodes) if (!guides.has(code)) guides.set(code, guide);

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
    descriptorSds,
    zMatrix,
    zNorms: facetNorms(zMatrix, n, d, facets, false),
    traitCount: t,
    traits,
    traitNorms: rowNorms(traits, n, t),
    interests,
    profileCodes: profiles.map((p) => p.code),
    profileOccupation: Uint32Array.from(profiles, (p) => p.occupation),
    profileMatrix,
    profileNorms: facetNorms(profileMatrix, profiles.length, d, facets, false),
    text: saved?.text ?? buildTextIndexes(sources),
    languageDemand,
    descriptorIndex,
    occupationIndex,
    profileIndex,
    guides,
  };
  const pairs: AllPairs = saved
    ? { symmetric: saved.symmetric, pairFacets: saved.pairFacets, coverageMean: saved.coverageMean, coverageSd: saved.coverageSd, calibration: saved.calibration }
    : scoreAllPairs(base);
  const { threshold, cuts, strengthFloor } = pairs.calibration;
  return {
    ...base,
    symmetric: pairs.symmetric,
    pairFacets: pairs.pairFacets,
    coverageMean: pairs.coverageMean,
    coverageSd: pairs.coverageSd,
    threshold: round4(threshold),
    cuts: { close: round4(cuts.close), related: round4(cuts.related) },
    strengthFloor: round4(strengthFloor),
  };
}

/** The parts of a preparation another process can reuse for the same data (see `prepare`'s `saved`). */
export function savedPreparation(prepared: PreparedData): SavedPreparation {
  const { threshold, cuts, strengthFloor, text, symmetric, pairFacets, coverageMean, coverageSd } = prepared;
  return { calibration: { threshold, cuts, strengthFloor }, text, symmetric, pairFacets, coverageMean, coverageSd };
}
