import type { OccupationInput, ReferenceInput, RatedCategory } from "../matching/input";
import { RATED_CATEGORIES } from "../matching/input";
import type { ReferenceDataset } from "./dataset";

/** The rows the engine input is built from; the database returns the same shapes. */
export type EngineSourceRows = Pick<
  ReferenceDataset,
  "dataVersion" | "unitGroups" | "descriptors" | "profiles" | "ratings" | "interests" | "texts" | "outlooks" | "wages"
> & { nocClasses: readonly Pick<ReferenceDataset["nocClasses"][number], "code" | "definitionEn">[] };

/**
 * Licensing or registration named in an OaSIS employment requirement. The
 * requirement texts say e.g. "Licensure by a provincial or territorial
 * regulatory body is required" or "Registration with a regulatory body is
 * required to use the title"; teachers need "a provincial teaching
 * certificate"; many trades have certification that "is compulsory" in some
 * provinces.
 */
const REGULATED = new RegExp(
  [
    String.raw`\blicen[cs](e|ed|ure|ing)\b`,
    String.raw`\bregulatory (body|authority|college)\b`,
    String.raw`\bregistration with (a|the) [a-z ]*(association|college|order|body|regulator)`,
    String.raw`\bteaching certificate is required\b`,
    String.raw`\bcertification [a-z ()]*is compulsory\b`,
  ].join("|"),
  "i",
);

/** A driver's licence is a condition of the job, not regulation of the occupation. */
const DRIVERS_LICENCE = /\bdriver'?s'? licen[cs]es?\b/gi;

export function isRegulatedRequirement(text: string): boolean {
  return REGULATED.test(text.replace(DRIVERS_LICENCE, ""));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const PROVINCE_CODES = ["NL", "PE", "NS", "NB", "QC", "ON", "MB", "SK", "AB", "BC", "YT", "NT", "NU"] as const;

export const TEER_OF = (code: string): number => Number(code[1]);

/** Builds the engine's reference input: one entry per unit group, ratings averaged over its profiles. */
export function toEngineInput(rows: EngineSourceRows): ReferenceInput {
  const rated = new Set<string>(RATED_CATEGORIES);
  const descriptors = rows.descriptors
    .filter((d) => d.structureType === "Descriptor" && rated.has(d.category))
    .map((d) => ({
      code: d.code,
      category: d.category as RatedCategory,
      nameEn: d.nameEn,
      nameFr: d.nameFr,
      scaleMax: d.scaleMax,
    }));

  const ratingsByProfile = new Map<string, Record<string, number>>();
  for (const r of rows.ratings) {
    const map = ratingsByProfile.get(r.profileCode) ?? {};
    map[r.descriptorCode] = r.value;
    ratingsByProfile.set(r.profileCode, map);
  }
  const profilesByGroup = groupBy(rows.profiles, (p) => p.unitGroup);
  const interestsByProfile = groupBy(rows.interests, (i) => i.profileCode);
  const textsByGroup = groupBy(rows.texts, (t) => t.profileCode.slice(0, 5));
  const outlooks = new Map(rows.outlooks.map((o) => [o.code, o]));
  const definitions = new Map(rows.nocClasses.map((c) => [c.code, c.definitionEn]));
  // Latest year per occupation and province ("CA" is the national row). A
  // province's own row has the shortest economic-region code (ER12 for Nova
  // Scotia, against ER1210 for one of its regions); a province with a single
  // region (Prince Edward Island) has only that one.
  const wages = new Map<string, ReferenceDataset["wages"][number]>();
  for (const w of rows.wages) {
    const key = `${w.occupationCode}/${w.province}`;
    const seen = wages.get(key);
    if (!seen || w.year > seen.year || (w.year === seen.year && w.regionCode.length < seen.regionCode.length)) wages.set(key, w);
  }
  const wageOf = (w: ReferenceDataset["wages"][number]) => ({ low: w.low, median: w.median, high: w.high, year: w.year });

  const occupations: OccupationInput[] = rows.unitGroups
    .map((group) => {
      const profiles = (profilesByGroup.get(group.code) ?? []).map((p) => ({
        code: p.code,
        labelEn: p.labelEn,
        ratings: ratingsByProfile.get(p.code) ?? {},
      }));
      const ratings: Record<string, number> = {};
      for (const d of descriptors) {
        const values = profiles.map((p) => p.ratings[d.code]).filter((v): v is number => v !== undefined);
        ratings[d.code] = values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
      }
      const main = profiles[0]?.code;
      const interests = (main ? (interestsByProfile.get(main) ?? []) : [])
        .toSorted((a, b) => a.rank - b.rank)
        .map((i) => i.descriptorCode);
      const texts = textsByGroup.get(group.code) ?? [];
      const outlook = outlooks.get(group.code);
      const wage = wages.get(`${group.code}/CA`);
      const provincialWages: Record<string, ReturnType<typeof wageOf>> = {};
      for (const province of PROVINCE_CODES) {
        const w = wages.get(`${group.code}/${province}`);
        if (w) provincialWages[province] = wageOf(w);
      }
      return {
        code: group.code,
        titleEn: group.titleEn,
        titleFr: group.titleFr,
        teer: TEER_OF(group.code),
        profiles,
        ratings,
        interests,
        titlesEn: [group.titleEn, ...group.examplesEn],
        titlesFr: [group.titleFr, ...group.examplesFr],
        duties: texts.filter((t) => t.kind === "mainDuty").map((t) => t.text),
        definition: definitions.get(group.code) ?? "",
        regulated: texts.some((t) => t.kind === "employmentRequirement" && isRegulatedRequirement(t.text)),
        outlook: outlook
          ? {
              recent: outlook.recentCondition,
              future: outlook.futureCondition,
              employment2023: outlook.employment2023,
              jobOpenings: outlook.jobOpenings,
              jobSeekers: outlook.jobSeekers,
            }
          : null,
        wage: wage ? wageOf(wage) : null,
        provincialWages,
      } satisfies OccupationInput;
    })
    .toSorted((a, b) => a.code.localeCompare(b.code));

  return { dataVersion: rows.dataVersion, descriptors, occupations };
}
