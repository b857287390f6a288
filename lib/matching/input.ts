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
  /** Main duties, English. */
  duties: readonly string[];
  /** Licensing or registration with a regulator is required somewhere in Canada. */
  regulated: boolean;
  outlook: OutlookInput | null;
  wage: WageInput | null;
}

export interface ReferenceInput {
  /** Identifies the reference data (a hash of the source files). */
  dataVersion: string;
  descriptors: readonly DescriptorInput[];
  occupations: readonly OccupationInput[];
}
