import type { Facet, ScoredFacet, TextField } from "./constants";
import type { Bilingual, CuratedOption, LicensingStepInput, OutlookInput, ProfessionKnowledge, WageInput } from "./input";
import type { TextIndex } from "./text";

export interface PreparedDescriptor {
  readonly code: string;
  readonly facet: ScoredFacet;
  readonly nameEn: string;
  readonly nameFr: string;
  readonly scaleMax: number;
}

/** Where a licence is required for an occupation, as far as the data and the profession guides know. */
export interface LicenceRule {
  /** "everywhere", "some" provinces, or "none". */
  readonly scope: "everywhere" | "some" | "none";
  /** The provinces where it is required, when known. */
  readonly provinces: readonly string[] | null;
  /** Where the rule comes from: a profession guide, a guide's curated option, or OaSIS employment requirements. */
  readonly from: "guide" | "curated" | "oasis";
}

export interface PreparedOccupation {
  readonly code: string;
  readonly titleEn: string;
  readonly titleFr: string;
  readonly teer: number;
  /** A licence or registration is required somewhere in Canada (see `licence`). */
  readonly regulated: boolean;
  readonly licence: LicenceRule;
  readonly outlook: OutlookInput | null;
  readonly wage: WageInput | null;
  readonly provincialWages: Readonly<Record<string, WageInput>>;
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
  /** One TF-IDF index per text field. */
  readonly text: Readonly<Record<TextField, TextIndex>>;
  /** D: standard deviation of each descriptor over occupations (0..1 units). */
  readonly descriptorSds: Float32Array;
  /** N x D: each descriptor's z-score over occupations (rating families are compared on these). */
  readonly zMatrix: Float32Array;
  /** N x F: length of each facet slice of `zMatrix`. */
  readonly zNorms: Float32Array;
  /** Number of personal attributes (traits) per row of `traits`. */
  readonly traitCount: number;
  /** N x traitCount: personal attribute z-scores. */
  readonly traits: Float32Array;
  /** N: length of each row of `traits`. */
  readonly traitNorms: Float32Array;
  /** N x 6: Holland interests (R, I, A, S, E, C), weighted by rank, unit length. */
  readonly interests: Float32Array;
  /** N: communication-skill level each occupation asks for, 0..1 (drives the language estimate). */
  readonly languageDemand: Float32Array;
  /** N x N: symmetric closeness of every pair of unit groups (row = origin), the blend without coverage. */
  readonly symmetric: Float32Array;
  /** N x N x 6: each pair's raw similarity per rating family and mean text cosine (shown with explained results). */
  readonly pairFacets: Float32Array;
  /** N: mean and standard deviation, over targets, of each profession's own coverage (coverage is standardised with them). */
  readonly coverageMean: Float32Array;
  readonly coverageSd: Float32Array;
  /** Viability threshold on the score, derived from the data (see calibrate.ts). */
  readonly threshold: number;
  /** Closeness cuts for the kind of alternative (see calibrate.ts). */
  readonly cuts: { readonly close: number; readonly related: number };
  /** Least share of the person's characteristic strengths an "unrelated field" option must use (see calibrate.ts). */
  readonly strengthFloor: number;
  /** Profession guides by unit group code (a guide can cover several codes). */
  readonly guides: ReadonlyMap<string, ProfessionKnowledge>;
  readonly descriptorIndex: ReadonlyMap<string, number>;
  readonly occupationIndex: ReadonlyMap<string, number>;
  readonly profileIndex: ReadonlyMap<string, number>;
}

export type FacetScores = Readonly<Record<Facet, number>>;

export type AlternativeKind = "similar-scope" | "same-field" | "related-field" | "unrelated-field";
export type CareerPath = "interim" | "better-matched" | "related" | "other";
export type ConstraintFlag = "language" | "time" | "cost";
/** Whether a level comes from the person's own answer or is estimated from their profession's ratings. */
export type LevelSource = "answer" | "profession";

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
  /** Where `personLevel` comes from. */
  source: LevelSource;
}

export interface Gap extends NamedDescriptor {
  requiredLevel: number;
  personLevel: number;
  /** Where `personLevel` comes from. */
  source: LevelSource;
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

/** For work that needs no licence: a rough estimate from the competency gaps. */
export interface RetrainingEstimate {
  /** Rough months of study; 0 when nothing is missing. */
  months: number;
  /** Rough tuition and fees, CAD. */
  costCad: number;
}

/** For work that needs a licence: what is known of the route, never a figure derived from gaps. */
export interface Licensing {
  /** Where a licence is required, as far as known. */
  scope: "everywhere" | "some";
  /** The provinces where it is required, when known. */
  provinces: string[] | null;
  /** The route from a profession guide, when Parallel has one for this occupation. */
  route: {
    slug: string;
    title: Bilingual;
    steps: LicensingStepInput[];
    /** Sum of the steps' typical times and costs (costs: steps that give one). */
    minMonths: number;
    maxMonths: number;
    minCost: number | null;
    maxCost: number | null;
  } | null;
  /** What must come first (a nurse practitioner is a registered nurse first). */
  prerequisites: Bilingual[];
  /** Routes where the person's own training counts (advanced standing). */
  advancedStanding: Bilingual[];
  /** One plain sentence on what is known. */
  summary: Bilingual;
}

/** The language the work asks for against the person's level. */
export interface LanguageStep {
  neededClb: number;
  /** The person's CLB, when they gave a test result. */
  personClb: number | null;
  /** Levels to gain (0 when none or unknown). */
  levels: number;
  /** About this many months of full-time language training (0 when none). */
  months: number;
}

/** One chosen province: whether the target needs a licence there, and its wages there. */
export interface ProvinceFacts {
  province: string;
  licence: "required" | "not-required" | "unknown";
  wage: WageInput | null;
}

/** Where a result comes from: the profession guide's curated options, the engine's ranking, or both. */
export type ResultSource = "curated" | "computed" | "both";

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
  /** Share of the target's competency requirements the person already meets, 0..1. */
  coverage: number;
  viable: boolean;
  /** Soft constraints this target goes beyond (each lowers the score a little). */
  flags: ConstraintFlag[];
  /** Share of the person's characteristic strengths the target also asks for, 0..1. */
  strengthShare: number;
  source: ResultSource;
}

export interface ExplainedTarget extends Omit<RankedTarget, "explained"> {
  explained: true;
  /** Raw similarity per rating family (cosine of z-scores) and of the work's text, each -1..1. */
  facets: FacetScores;
  transfers: Transfer[];
  gaps: Gap[];
  overqualified: Overqualification;
  kind: AlternativeKind;
  path: CareerPath;
  /** Target TEER minus origin TEER: positive means less formal training is expected. */
  teerStep: number;
  /** A licence is required for this person (in their provinces, or somewhere when none were given). */
  regulated: boolean;
  outlook: OutlookInput | null;
  wage: WageInput | null;
  /** Null whenever a licence is required: gap-derived time and cost would be false there. */
  retraining: RetrainingEstimate | null;
  licensing: Licensing | null;
  language: LanguageStep;
  /** The person's provinces, when given. */
  provinces: ProvinceFacts[];
  /** Gaps in plain words, physical demands summarised in one line. */
  gapSummary: Bilingual[];
  /** The guide's own reasons, for a curated option. */
  curated: CuratedOption | null;
  explanation: Bilingual;
}

export type MatchTarget = RankedTarget | ExplainedTarget;

export type AssessmentOutcome = "eligible" | "conditions" | "gaps" | "not-eligible";

/** Mapping 1 of the research: the person against their own profession. */
export interface OwnProfession {
  code: string;
  titleEn: string;
  titleFr: string;
  teer: number;
  regulated: boolean;
  /**
   * Share of the profession's competency requirements the person meets, 0..1;
   * null after an assessment that found them not eligible or named gaps (the
   * regulator's finding counts, not this estimate).
   */
  readiness: number | null;
  /** The outcome of a credential assessment, when the person had one. */
  assessment: AssessmentOutcome | null;
  /** What to say about readiness, in plain words. */
  statement: Bilingual;
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
