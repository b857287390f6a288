import { parse } from "csv-parse/sync";
import { z } from "zod";

/**
 * Parsers for the vendored occupational data (`prisma/data/`). Pure: each
 * takes a file's text and returns validated rows, or throws an
 * `ImportError` naming the file and the row. Shared by the seed and by the
 * tests that build the matching engine's reference data without a database.
 */

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    detail: string,
  ) {
    super(`${file}${row === null ? "" : `, row ${row}`}: ${detail}`);
    this.name = "ImportError";
  }
}

export const DESCRIPTOR_CATEGORIES = [
  "skills",
  "abilities",
  "knowledge",
  "workActivities",
  "workContext",
  "personalAttributes",
  "interests",
] as const;
export type DescriptorCategory = (typeof DESCRIPTOR_CATEGORIES)[number];

/** The guide's category names, as written in its `Category` column. */
const GUIDE_CATEGORY: Record<string, DescriptorCategory> = {
  Skills: "skills",
  Abilities: "abilities",
  Knowledge: "knowledge",
  "Work Activities": "workActivities",
  "Work Context": "workContext",
  "Personal Attributes": "personalAttributes",
  Interests: "interests",
};

/** Rating files: one per category that carries numeric ratings. */
export const RATING_FILES = {
  skills: "oasis-2023-v1.0/skills_oasis_2023_v1.0.csv",
  abilities: "oasis-2023-v1.0/abilities_oasis_2023_v1.0.csv",
  knowledge: "oasis-2023-v1.0/knowledges_oasis_2023_v1.0.csv",
  workActivities: "oasis-2023-v1.0/workactivities_oasis_2023_v1.0.csv",
  workContext: "oasis-2023-v1.0/workcontext_oasis_2023_v1.0.csv",
  personalAttributes: "oasis-2023-v1.0/personal-attributes_oasis_2023_v1.0.csv",
} as const satisfies Partial<Record<DescriptorCategory, string>>;
export type RatedCategory = keyof typeof RATING_FILES;

export const DATA_FILES = {
  nocStructure: "noc-2021/noc_structure_en.csv",
  nocBilingual: "noc-2021/noc2021_bilingual.json",
  guide: "oasis-2023-v1.0/guide_oasis_2023_v1.0.csv",
  guideFr: "translations/oasis-guide-fr.json",
  interests: "oasis-2023-v1.0/interests_oasis_2023_v1.0.csv",
  labels: "oasis-2023-v1.0/labels_oasis_2023_v1.0.csv",
  leadStatements: "oasis-2023-v1.0/lead-statement_oasis_2023_v1.0.csv",
  mainDuties: "oasis-2023-v1.0/main-duties_oasis-2023_v1.0.csv",
  employmentRequirements: "oasis-2023-v1.0/employment-requirements_oasis_2023_v1.0.csv",
  workplaces: "oasis-2023-v1.0/workplaces-employers_oasis_2023_v1.0.csv",
  additionalInformation: "oasis-2023-v1.0/additional-information_oasis_2023_v1.0.csv",
  exampleTitles: "oasis-2023-v1.0/example-titles_oasis_2023_v1.0.csv",
  cops: "cops-2024-2033/summary_sommaire_2024_2033_noc2021.csv",
  wages: "wages/merged_wages_2016_2024_mapped_to_NOC2021.csv",
  ...RATING_FILES,
} as const;
export type DataFileKey = keyof typeof DATA_FILES;

/**
 * Rating-file headers that name a guide descriptor differently. Keys are
 * normalised headers (see `normaliseName`); values are the guide's names.
 */
const HEADER_ALIASES: Record<string, string> = {
  "business administration": "Business Management",
  "client services": "Client Service",
  "vehicles and machinery operations": "Vehicle, Machinery and Equipment Operations",
  "estimate quantifiable charact. of prod., events or info.": "Estimating the Quantifiable Characteristics",
  "evaluating information to determine compliance with standards": "Evaluating Information to Determine Compliance",
  "using new relevant knowledge": "Applying New Knowledge",
  "work schedule": "Type of Work Schedules",
};

function normaliseName(name: string): string {
  return name
    .trim()
    .replace(/\s*\d+$/, "") // second ratings carry a number: "Sound and Noise 9", "Time Pressure2"
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** "... measured by frequency on a scale of 1-5 and duration on a scale of 1-5" -> "duration". */
const SECOND_DIMENSION = /and (?:in )?(\w+) on a scale/i;
const DIMENSION_FR: Record<string, string> = { duration: "durée", importance: "importance", frequency: "fréquence" };

/**
 * Work-context descriptors rated on two dimensions appear twice in the
 * ratings file, the second time with a number after the name. The second
 * column becomes its own descriptor, `<code>.2`, named after its dimension.
 */
function secondRatingOf(first: Descriptor): Descriptor {
  const dimension = SECOND_DIMENSION.exec(first.descriptionEn)?.[1]?.toLowerCase() ?? "second rating";
  return {
    ...first,
    code: `${first.code}.2`,
    nameEn: `${first.nameEn} (${dimension})`,
    nameFr: `${first.nameFr} (${DIMENSION_FR[dimension] ?? "deuxième cote"})`,
  };
}

/** Reads a CSV file's text (byte-order mark tolerated) into rows of cells. */
export function readCsv(text: string, file: string): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: false, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new ImportError(file, null, `not a readable CSV file (${(error as Error).message})`);
  }
}

/** Rows as records keyed by trimmed header names; row numbers count the header as 1. */
function readRecords(text: string, file: string): { row: number; values: Record<string, string> }[] {
  const [header, ...rows] = readCsv(text, file);
  if (!header) throw new ImportError(file, null, "the file is empty");
  const names = header.map((h) => h.trim());
  return rows.map((cells, i) => ({
    row: i + 2,
    values: Object.fromEntries(names.map((n, j) => [n, (cells[j] ?? "").trim()])),
  }));
}

function validate<S extends z.ZodType>(schema: S, value: unknown, file: string, row: number): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join(".") || "value"}: ${i.message}`).join("; ");
    throw new ImportError(file, row, detail);
  }
  return result.data;
}

const NOC_CODE = /^\d{5}$/;
const nocCodeSchema = z.string().regex(NOC_CODE, "expected a five-digit NOC 2021 unit group code");

/**
 * OaSIS profile codes are `NNNNN.NN`, but some files write `95106` for
 * `95106.00` or `31100.1` for `31100.10`.
 */
export function normaliseProfileCode(raw: string): string | null {
  const match = /^(\d{5})(?:\.(\d{1,2}))?$/.exec(raw.trim());
  if (!match) return null;
  const [, group, fraction = "00"] = match;
  return `${group}.${fraction.padEnd(2, "0")}`;
}

const profileCodeSchema = z
  .string()
  .transform((raw, ctx) => {
    const code = normaliseProfileCode(raw);
    if (!code) {
      ctx.addIssue({ code: "custom", message: `"${raw}" is not an OaSIS profile code (NNNNN.NN)` });
      return z.NEVER;
    }
    return code;
  });

// ---------------------------------------------------------------- NOC

export interface NocClass {
  code: string;
  level: number;
  levelName: string;
  titleEn: string;
  definitionEn: string;
  parentCode: string | null;
}

const nocStructureRow = z.object({
  Level: z.coerce.number().int().min(1).max(5),
  "Hierarchical structure": z.string().min(1),
  "Code - NOC 2021 V1.0": z.string().regex(/^\d{1,5}$/),
  "Class title": z.string().min(1),
  "Class definition": z.string(),
});

/** The NOC 2021 hierarchy, five levels; parents follow from code prefixes. */
export function parseNocStructure(text: string, file = DATA_FILES.nocStructure): NocClass[] {
  const classes = readRecords(text, file).map(({ row, values }) => {
    const r = validate(nocStructureRow, values, file, row);
    return {
      code: r["Code - NOC 2021 V1.0"],
      level: r.Level,
      levelName: r["Hierarchical structure"],
      titleEn: r["Class title"],
      definitionEn: r["Class definition"],
      parentCode: null as string | null,
    };
  });
  const codes = new Set(classes.map((c) => c.code));
  // Codes grow one digit per level except the unit group (minor 3 digits -> unit 5).
  for (const c of classes) {
    if (c.level === 1) continue;
    const parent = c.level === 5 ? c.code.slice(0, 4) : c.code.slice(0, c.code.length - 1);
    const candidates = [parent, c.code.slice(0, 3), c.code.slice(0, 2), c.code.slice(0, 1)];
    c.parentCode = candidates.find((p) => p !== c.code && codes.has(p)) ?? null;
    if (!c.parentCode) throw new ImportError(file, null, `class ${c.code} has no parent in the file`);
  }
  return classes;
}

export interface UnitGroupTitles {
  code: string;
  titleEn: string;
  titleFr: string;
  examplesEn: string[];
  examplesFr: string[];
}

const bilingualRow = z.object({
  category_code: nocCodeSchema,
  category_EN: z.string().min(1),
  category_FR: z.string().min(1),
  occupations_EN: z.array(z.string()),
  occupations_FR: z.array(z.string()),
});

/** English and French titles and example titles of the 516 unit groups. */
export function parseNocBilingual(text: string, file = DATA_FILES.nocBilingual): UnitGroupTitles[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(file, null, `not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) throw new ImportError(file, null, "expected an array of unit groups");
  return data.map((item, i) => {
    const r = validate(bilingualRow, item, file, i + 1);
    const clean = (list: string[]) => [...new Set(list.map((t) => t.trim()).filter(Boolean))];
    return {
      code: r.category_code,
      titleEn: r.category_EN.trim(),
      titleFr: r.category_FR.trim(),
      examplesEn: clean(r.occupations_EN),
      examplesFr: clean(r.occupations_FR),
    };
  });
}

// ---------------------------------------------------------------- OaSIS guide

export interface Descriptor {
  code: string;
  category: DescriptorCategory;
  structureType: "Category" | "Sub-Category" | "Similarity Group" | "Descriptor";
  nameEn: string;
  nameFr: string;
  descriptionEn: string;
  descriptionFr: string;
  parentCode: string | null;
  scaleMin: number;
  scaleMax: number;
}

const guideRow = z.object({
  Code: z.string().regex(/^[A-Z](\d{2}([a-z](\d{2})?)?)?$/, "unexpected descriptor code"),
  Name: z.string().min(1),
  "Structure type": z.enum(["Category", "Sub-Category", "Similarity Group", "Descriptor"]),
  Category: z.string().refine((c) => c in GUIDE_CATEGORY, "unknown descriptor category"),
  Description: z.string(),
});

const frenchGuide = z.record(z.string(), z.object({ name: z.string().min(1), description: z.string() }));

function scaleOf(category: DescriptorCategory, description: string): { scaleMin: number; scaleMax: number } {
  if (category === "knowledge") return { scaleMin: 0, scaleMax: 3 };
  if (category === "interests") return { scaleMin: 0, scaleMax: 3 };
  const m = /scale of (\d)\s*-\s*(\d)/i.exec(description);
  return { scaleMin: 0, scaleMax: m ? Number(m[2]) : 5 };
}

/**
 * Every descriptor of the OaSIS guide with its hierarchy and scale, merged
 * with the French translation file.
 */
export function parseGuide(text: string, frenchText: string, file = DATA_FILES.guide): Descriptor[] {
  let french: z.infer<typeof frenchGuide>;
  try {
    french = frenchGuide.parse(JSON.parse(frenchText));
  } catch (error) {
    throw new ImportError(DATA_FILES.guideFr, null, `not a valid translation file (${(error as Error).message})`);
  }
  const descriptors = readRecords(text, file).map(({ row, values }) => {
    const r = validate(guideRow, values, file, row);
    const category = GUIDE_CATEGORY[r.Category]!;
    const fr = french[r.Code];
    if (!fr) throw new ImportError(DATA_FILES.guideFr, null, `no French name for descriptor ${r.Code}`);
    const code = r.Code;
    const parentCode =
      code.length === 1 ? null : code.length === 3 ? code.slice(0, 1) : code.length === 4 ? code.slice(0, 3) : code.slice(0, 4);
    return {
      code,
      category,
      structureType: r["Structure type"],
      nameEn: r.Name,
      nameFr: fr.name,
      descriptionEn: r.Description.replace(/level level/g, "level"),
      descriptionFr: fr.description,
      parentCode,
      ...scaleOf(category, r.Description),
    } satisfies Descriptor;
  });
  return descriptors;
}

// ---------------------------------------------------------------- OaSIS ratings

export interface Rating {
  profileCode: string;
  descriptorCode: string;
  value: number;
}

export interface RatingTable {
  profiles: { code: string; label: string }[];
  descriptorCodes: string[];
  /** Descriptors for second-dimension columns (see `secondRatingOf`). */
  secondRatings: Descriptor[];
  ratings: Rating[];
}

const ratingValue = z.coerce.number().min(0).max(5);

/** One rating file: a row per profile, a column per descriptor of `category`. */
export function parseRatings(
  category: RatedCategory,
  text: string,
  descriptors: readonly Descriptor[],
  file: string = RATING_FILES[category],
): RatingTable {
  const [header, ...rows] = readCsv(text, file);
  if (!header || header.length < 3) throw new ImportError(file, 1, "expected a code, a label and descriptor columns");
  const byName = new Map(
    descriptors
      .filter((d) => d.category === category && d.structureType === "Descriptor")
      .map((d) => [normaliseName(d.nameEn), d]),
  );
  const seen = new Set<string>();
  const secondRatings: Descriptor[] = [];
  const descriptorCodes = header.slice(2).map((raw) => {
    const name = normaliseName(raw);
    const descriptor = byName.get(normaliseName(HEADER_ALIASES[name] ?? name));
    if (!descriptor) throw new ImportError(file, 1, `column "${raw.trim()}" matches no ${category} descriptor in the guide`);
    if (!seen.has(descriptor.code)) {
      seen.add(descriptor.code);
      return descriptor.code;
    }
    if (!/\d$/.test(raw.trim())) throw new ImportError(file, 1, `column "${raw.trim()}" appears twice`);
    const second = secondRatingOf(descriptor);
    secondRatings.push(second);
    return second.code;
  });
  const profiles: RatingTable["profiles"] = [];
  const ratings: Rating[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2;
    const profileCode = validate(profileCodeSchema, cells[0] ?? "", file, row);
    profiles.push({ code: profileCode, label: (cells[1] ?? "").trim() });
    descriptorCodes.forEach((descriptorCode, j) => {
      const cell = (cells[j + 2] ?? "").trim();
      if (cell === "") throw new ImportError(file, row, `no value for "${header[j + 2]?.trim()}"`);
      ratings.push({ profileCode, descriptorCode, value: validate(ratingValue, cell, file, row) });
    });
  });
  return { profiles, descriptorCodes, secondRatings, ratings };
}

const HOLLAND: Record<string, string> = {
  R: "C01a01",
  I: "C01a02",
  A: "C01a03",
  S: "C01a04",
  E: "C01a05",
  C: "C01a06",
};

export interface InterestRow {
  profileCode: string;
  rank: number;
  descriptorCode: string;
}

/** Top three Holland (RIASEC) codes per profile. */
export function parseInterests(text: string, file = DATA_FILES.interests): InterestRow[] {
  const hollandLetter = z.enum(["R", "I", "A", "S", "E", "C"]);
  return readCsv(text, file)
    .slice(1)
    .flatMap((cells, i) => {
      const row = i + 2;
      const profileCode = validate(profileCodeSchema, cells[0] ?? "", file, row);
      return [2, 3, 4]
        .map((col, rank) => ({ letter: (cells[col] ?? "").trim().toUpperCase(), rank: rank + 1 }))
        .filter(({ letter }) => letter !== "")
        .map(({ letter, rank }) => ({
          profileCode,
          rank,
          descriptorCode: HOLLAND[validate(hollandLetter, letter, file, row)]!,
        }));
    });
}

// ---------------------------------------------------------------- OaSIS text

export const PROFILE_TEXT_KINDS = [
  "mainDuty",
  "employmentRequirement",
  "workplace",
  "additionalInformation",
] as const;
export type ProfileTextKind = (typeof PROFILE_TEXT_KINDS)[number];

export interface ProfileText {
  profileCode: string;
  kind: ProfileTextKind;
  position: number;
  text: string;
}

/** A profile-per-row text file (code in the first column, text in `textColumn`). */
export function parseProfileTexts(
  kind: ProfileTextKind,
  text: string,
  file: string,
  textColumn = 1,
): ProfileText[] {
  const positions = new Map<string, number>();
  return readCsv(text, file)
    .slice(1)
    .map((cells, i) => {
      const row = i + 2;
      const profileCode = validate(profileCodeSchema, cells[0] ?? "", file, row);
      const body = (cells[textColumn] ?? "").trim();
      if (!body) throw new ImportError(file, row, "empty text");
      const position = (positions.get(profileCode) ?? 0) + 1;
      positions.set(profileCode, position);
      return { profileCode, kind, position, text: body };
    });
}

/** One value per profile (labels, lead statements). */
export function parseProfileValues(text: string, file: string): Map<string, string> {
  const values = new Map<string, string>();
  readCsv(text, file)
    .slice(1)
    .forEach((cells, i) => {
      const profileCode = validate(profileCodeSchema, cells[0] ?? "", file, i + 2);
      values.set(profileCode, (cells[1] ?? "").trim());
    });
  return values;
}

export interface OasisExampleTitle {
  profileCode: string;
  title: string;
  kind: string;
}

export function parseExampleTitles(text: string, file = DATA_FILES.exampleTitles): OasisExampleTitle[] {
  return readCsv(text, file)
    .slice(1)
    .map((cells, i) => {
      const row = i + 2;
      const profileCode = validate(profileCodeSchema, cells[0] ?? "", file, row);
      const title = (cells[3] ?? "").trim();
      if (!title) throw new ImportError(file, row, "empty job title");
      return { profileCode, title, kind: (cells[2] ?? "").trim() || "Example" };
    });
}

// ---------------------------------------------------------------- COPS

export const LABOUR_MARKET_CONDITIONS = [
  "strong-shortage",
  "moderate-shortage",
  "balance",
  "moderate-surplus",
  "strong-surplus",
] as const;
export type LabourMarketCondition = (typeof LABOUR_MARKET_CONDITIONS)[number];

function condition(raw: string, file: string, row: number): LabourMarketCondition | null {
  const text = raw.trim().toLowerCase();
  if (text === "" || text === "n/a" || text === "n/d") return null;
  if (text === "balance") return "balance";
  const m = /^(strong|moderate) (?:signs|risk) of (shortage|surplus)$/.exec(text);
  if (!m) throw new ImportError(file, row, `unknown labour-market condition "${raw}"`);
  return `${m[1]}-${m[2]}` as LabourMarketCondition;
}

export interface Outlook {
  code: string;
  nameEn: string;
  nameFr: string;
  employment2023: number | null;
  employmentGrowth: number | null;
  retirements: number | null;
  otherReplacement: number | null;
  jobOpenings: number | null;
  schoolLeavers: number | null;
  immigration: number | null;
  otherSeekers: number | null;
  jobSeekers: number | null;
  recentCondition: LabourMarketCondition | null;
  futureCondition: LabourMarketCondition | null;
}

/** A COPS figure; "N/A" (not published for small occupations) becomes null. */
const figure = z
  .string()
  .transform((s) => s.replace(/[,\s]/g, ""))
  .pipe(z.union([z.literal("N/A").transform(() => null), z.string().regex(/^-?\d+$/, "expected a whole number or N/A").transform(Number)]));

/** COPS 2024-2033 headline figures, unit groups only (aggregates are skipped). */
export function parseCops(text: string, file = DATA_FILES.cops): Outlook[] {
  return readCsv(text, file)
    .slice(1)
    .map((cells, i) => ({ cells, row: i + 2 }))
    .filter(({ cells }) => NOC_CODE.test((cells[0] ?? "").trim()) && cells[0] !== "00000")
    .map(({ cells, row }) => {
      const num = (i: number) => validate(figure, cells[i] ?? "", file, row);
      return {
        code: cells[0]!.trim(),
        nameEn: (cells[1] ?? "").trim(),
        nameFr: (cells[2] ?? "").trim(),
        employment2023: num(3),
        employmentGrowth: num(4),
        retirements: num(5),
        otherReplacement: num(6),
        jobOpenings: num(7),
        schoolLeavers: num(8),
        immigration: num(9),
        otherSeekers: num(10),
        jobSeekers: num(11),
        recentCondition: condition(cells[12] ?? "", file, row),
        futureCondition: condition(cells[14] ?? "", file, row),
      };
    });
}

// ---------------------------------------------------------------- wages

export const PROVINCE_CODES: Record<string, string> = {
  National: "CA",
  "Newfoundland and Labrador": "NL",
  "Prince Edward Island": "PE",
  "Nova Scotia": "NS",
  "New Brunswick": "NB",
  Quebec: "QC",
  Ontario: "ON",
  Manitoba: "MB",
  Saskatchewan: "SK",
  Alberta: "AB",
  "British Columbia": "BC",
  "Yukon Territory": "YT",
  "Northwest Territories": "NT",
  Nunavut: "NU",
};

export interface Wage {
  occupationCode: string;
  noc2016: string;
  regionCode: string;
  regionName: string;
  province: string;
  year: number;
  low: number | null;
  median: number | null;
  high: number | null;
}

const wageRow = z.object({
  ER_Code: z.string().regex(/^ER\d+$/),
  NOC_2016: z.string().regex(/^\d{4}$/, "expected a four-digit NOC 2016 code"),
  NOC_2021: nocCodeSchema,
  Province: z.string().refine((p) => p in PROVINCE_CODES, "unknown province"),
  Region: z.string().min(1),
});
const wageCell = z
  .string()
  .transform((s) => (s.trim() === "" ? null : Number(s)))
  .refine((n) => n === null || (Number.isFinite(n) && n > 0 && n < 1000), "a wage is a positive hourly amount");

/** Hourly wages (low/median/high) for 2016, 2020 and 2024 by economic region. */
export function parseWages(text: string, file = DATA_FILES.wages): Wage[] {
  return readRecords(text, file).flatMap(({ row, values }) => {
    const r = validate(wageRow, values, file, row);
    return [2016, 2020, 2024].flatMap((year) => {
      const low = validate(wageCell, values[`Low_Wage_${year}`] ?? "", file, row);
      const median = validate(wageCell, values[`Median_Wage_${year}`] ?? "", file, row);
      const high = validate(wageCell, values[`High_Wage_${year}`] ?? "", file, row);
      if (low === null && median === null && high === null) return [];
      return [
        {
          occupationCode: r.NOC_2021,
          noc2016: r.NOC_2016,
          regionCode: r.ER_Code,
          regionName: r.Region,
          province: PROVINCE_CODES[r.Province]!,
          year,
          low,
          median,
          high,
        },
      ];
    });
  });
}
