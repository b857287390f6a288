import type { Facet, ScoredFacet } from "./constants";
import type { OutlookInput, WageInput } from "./input";
import type { TextIndex } from "./text";

export interface PreparedDescriptor {
  readonly code: string;
  readonly facet: ScoredFacet;
  readonly nameEn: string;
  readonly nameFr: string;
  readonly scaleMax: number;
}

export interface PreparedOccupation {
  readonly code: string;
  readonly titleEn: string;
  readonly titleFr: string;
  readonly teer: number;
  readonly regulated: boolean;
  readonly outlook: OutlookInput | null;
  readonly wage: WageInput | null;
}

/** Descriptors `start` (inclusive) to `end` (exclusive) of the matrix columns belong to `facet`. */
export interface FacetRange {
  readonly facet: ScoredFacet;
  readonly start: number;
  readonly end: number;
}

/**
 * The engine's working form of the reference data. Treat as read-only: it is
 * shared by every call. Matrices are row-major; "N" is occupations, "D"
 * scored descriptors, "F" scored facets.
 */
export interface PreparedData {
  readonly engineVersion: string;
  readonly dataVersion: string;
  readonly descriptors: readonly PreparedDescriptor[];
  readonly facets: readonly FacetRange[];
  readonly occupations: readonly PreparedOccupation[];
  /** N x D ratings divided by their scale maximum, so 0..1. */
  readonly matrix: Float32Array;
  /** N x F: length of each occupation's facet slice (for cosines). */
  readonly norms: Float32Array;
  /** N x F: sum of squared levels, the denominator of coverage (each requirement weighs its own level). */
  readonly requirementWeights: Float32Array;
  /** D: mean level over all occupations; a transfer above it is characteristic, not generic. */
  readonly descriptorMeans: Float32Array;
  /** OaSIS profiles (finer than unit groups), usable as an origin. */
  readonly profileCodes: readonly string[];
  /** Per profile, the row of its unit group in `occupations`. */
  readonly profileOccupation: Uint32Array;
  /** Profiles x D, like `matrix`. */
  readonly profileMatrix: Float32Array;
  /** Profiles x F, like `norms`. */
  readonly profileNorms: Float32Array;
  readonly text: TextIndex;
  /** N: communication-skill level each occupation asks for, 0..1 (drives the language estimate). */
  readonly languageDemand: Float32Array;
  /** Viability threshold on the score, derived from the data (see calibrate.ts). */
  readonly threshold: number;
  /** Closeness cuts for the kind of alternative (see calibrate.ts). */
  readonly cuts: { readonly close: number; readonly related: number };
  readonly descriptorIndex: ReadonlyMap<string, number>;
  readonly occupationIndex: ReadonlyMap<string, number>;
  readonly profileIndex: ReadonlyMap<string, number>;
}

export type FacetScores = Readonly<Record<Facet, number>>;

export type AlternativeKind = "similar-scope" | "same-field" | "related-field" | "unrelated-field";
export type CareerPath = "interim" | "better-matched" | "related" | "other";
export type ConstraintFlag = "language" | "time" | "cost";

/** A descriptor named in both languages; levels are on the descriptor's own scale (0..scaleMax). */
export interface NamedDescriptor {
  code: string;
  facet: ScoredFacet;
  nameEn: string;
  nameFr: string;
  scaleMax: number;
}

export interface Transfer extends NamedDescriptor {
  /** The level the person brings. */
  personLevel: number;
  /** The level the target asks for. */
  requiredLevel: number;
}

export interface Gap extends NamedDescriptor {
  requiredLevel: number;
  personLevel: number;
  /** requiredLevel - personLevel, in scale points. */
  size: number;
  /** How much the target relies on it: requiredLevel / scaleMax. */
  importance: number;
}

export interface Surplus extends NamedDescriptor {
  personLevel: number;
  requiredLevel: number;
  /** personLevel - requiredLevel, in scale points. */
  size: number;
}

export interface Overqualification {
  /** Share of the person's competence (weighted by level) the target would not use, 0..1. */
  unusedShare: number;
  descriptors: Surplus[];
}

export interface RetrainingEstimate {
  /** Rough months of study and licensing; 0 when nothing is missing. */
  months: number;
  /** Rough tuition and fees, CAD. */
  costCad: number;
  /** Canadian Language Benchmark the work is likely to ask for. */
  languageClb: number;
}

export interface RankedTarget {
  explained: false;
  code: string;
  titleEn: string;
  titleFr: string;
  /** Title in the requested locale. */
  title: string;
  /** Fit after the person's soft constraints, 0..1; the ranking key. */
  score: number;
  /** Fit before soft constraints, 0..1. */
  fit: number;
  facets: FacetScores;
  /** Share of the target's competency requirements the person already meets, 0..1. */
  coverage: number;
  viable: boolean;
  /** Soft constraints this target goes beyond (each lowers the score). */
  flags: ConstraintFlag[];
}

export interface ExplainedTarget extends Omit<RankedTarget, "explained"> {
  explained: true;
  transfers: Transfer[];
  gaps: Gap[];
  overqualified: Overqualification;
  kind: AlternativeKind;
  path: CareerPath;
  /** Target TEER minus origin TEER: positive means less formal training is expected. */
  teerStep: number;
  regulated: boolean;
  outlook: OutlookInput | null;
  wage: WageInput | null;
  retraining: RetrainingEstimate;
  explanation: { en: string; fr: string };
}

export type MatchTarget = RankedTarget | ExplainedTarget;

/** Mapping 1 of the research: the person against their own profession. */
export interface OwnProfession {
  code: string;
  titleEn: string;
  titleFr: string;
  teer: number;
  regulated: boolean;
  /** Share of the profession's competency requirements the person meets, 0..1. */
  readiness: number;
  gaps: Gap[];
  /** All gaps, when `gaps` is cut short. */
  gapCount: number;
}

export interface MatchResult {
  engineVersion: string;
  dataVersion: string;
  threshold: number;
  /** The origin as given (unit group or OaSIS profile code) and its unit group. */
  origin: { code: string; unitGroup: string };
  ownProfession: OwnProfession;
  /** Targets left after the hard filters (before `limit`). */
  total: number;
  results: MatchTarget[];
}
