/**
 * What the engine is given: plain reference data, built once from the
 * database (or, in tests, from the vendored data files) by
 * `lib/reference-data/engine-input.ts`. The engine turns it into compact
 * typed arrays with `prepare()`; nothing here does I/O.
 */

export const RATED_CATEGORIES = [
  "skills",
  "abilities",
  "knowledge",
  "workActivities",
  "workContext",
  "personalAttributes",
] as const;
export type RatedCategory = (typeof RATED_CATEGORIES)[number];

export type LabourMarketCondition =
  | "strong-shortage"
  | "moderate-shortage"
  | "balance"
  | "moderate-surplus"
  | "strong-surplus";

export interface DescriptorInput {
  code: string;
  category: RatedCategory;
  nameEn: string;
  nameFr: string;
  /** Ratings run from 0 (not relevant) to scaleMax. */
  scaleMax: number;
}

export interface OutlookInput {
  recent: LabourMarketCondition | null;
  future: LabourMarketCondition | null;
  employment2023: number | null;
  jobOpenings: number | null;
  jobSeekers: number | null;
}

export interface WageInput {
  /** Hourly, in dollars; national figures of the latest year available. */
  low: number | null;
  median: number | null;
  high: number | null;
  year: number;
}

export interface ProfileInput {
  /** OaSIS profile code, NNNNN.NN. */
  code: string;
  labelEn: string;
  /** descriptor code -> rating */
  ratings: Readonly<Record<string, number>>;
}

export interface OccupationInput {
  /** NOC 2021 unit group, five digits. */
  code: string;
  titleEn: string;
  titleFr: string;
  /** Training, Education, Experience and Responsibilities category, 0-5. */
  teer: number;
  /** The OaSIS profiles under this unit group (one or more). */
  profiles: readonly ProfileInput[];
  /** descriptor code -> rating, the mean over `profiles`. */
  ratings: Readonly<Record<string, number>>;
  /** Holland interest codes (descriptor codes C01a0x), strongest first. */
  interests: readonly string[];
  /** Unit group title and example titles, English. */
  titlesEn: readonly string[];
  /** Unit group title and example titles, French. */
  titlesFr: readonly string[];
  /** Main duties, English. */
  duties: readonly string[];
  /** The NOC 2021 class definition of the unit group, English. */
  definition: string;
  /** Licensing or registration with a regulator is required somewhere in Canada. */
  regulated: boolean;
  outlook: OutlookInput | null;
  wage: WageInput | null;
  /** Province or territory (two letters) -> wages there, latest year available. */
  provincialWages: Readonly<Record<string, WageInput>>;
}

export interface ReferenceInput {
  /** Identifies the reference data (a hash of the source files). */
  dataVersion: string;
  descriptors: readonly DescriptorInput[];
  occupations: readonly OccupationInput[];
  /** What is known about licensing and curated options, from the profession guides (optional). */
  professions?: readonly ProfessionKnowledge[];
}

/** Both languages of one piece of text. */
export interface Bilingual {
  en: string;
  fr: string;
}

export type RegulationStatus = "regulated-everywhere" | "regulated-some-provinces" | "not-regulated";

/** One step of a licensing route, as a profession guide gives it. */
export interface LicensingStepInput {
  title: Bilingual;
  minMonths: number;
  maxMonths: number;
  /** CAD, when the guide gives a cost. */
  minCost: number | null;
  maxCost: number | null;
  exams: { en: string[]; fr: string[] };
}

/** A Plan 1A option a profession guide names, with its reasons. */
export interface CuratedOption {
  code: string;
  kind: AlternativeKindInput;
  interim: boolean;
  regulated: boolean;
  title: Bilingual;
  transfers: { en: string[]; fr: string[] };
  entry: Bilingual;
}

export type AlternativeKindInput = "similar-scope" | "same-field" | "related-field" | "unrelated-field";

/** One profession guide (content/professions), reduced to what the engine uses. */
export interface ProfessionKnowledge {
  slug: string;
  title: Bilingual;
  nocCodes: readonly string[];
  status: RegulationStatus;
  /** Where the title or practice is protected. */
  provinces: readonly string[];
  steps: readonly LicensingStepInput[];
  curated: readonly CuratedOption[];
}
