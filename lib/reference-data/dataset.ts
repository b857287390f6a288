import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  DATA_FILES,
  PROFILE_TEXT_KINDS,
  RATING_FILES,
  type DataFileKey,
  type Descriptor,
  type InterestRow,
  type NocClass,
  type OasisExampleTitle,
  type Outlook,
  type ProfileText,
  type ProfileTextKind,
  type RatedCategory,
  type Rating,
  type UnitGroupTitles,
  type Wage,
  ImportError,
  parseCops,
  parseExampleTitles,
  parseGuide,
  parseInterests,
  parseNocBilingual,
  parseNocStructure,
  parseProfileTexts,
  parseProfileValues,
  parseRatings,
  parseWages,
} from "./parse";

/** Everything the vendored data files hold, parsed and cross-checked. */
export interface ReferenceDataset {
  dataVersion: string;
  nocClasses: NocClass[];
  unitGroups: UnitGroupTitles[];
  descriptors: Descriptor[];
  profiles: { code: string; unitGroup: string; labelEn: string; leadStatementEn: string }[];
  ratings: Rating[];
  interests: InterestRow[];
  texts: ProfileText[];
  exampleTitles: OasisExampleTitle[];
  outlooks: Outlook[];
  wages: Wage[];
}

const IMPORT_VERSION = "import-1";
const dataFileOrder = (Object.values(DATA_FILES) as string[]).toSorted();

export const DEFAULT_DATA_DIR = path.join(process.cwd(), "prisma", "data");

/** The version of the data in `dir` without parsing it: the same hash `readReferenceDataset` records. */
export function dataVersionOf(dir: string = DEFAULT_DATA_DIR): string {
  const hash = createHash("sha256").update(IMPORT_VERSION);
  for (const file of dataFileOrder) hash.update(file).update(readFileSync(path.join(dir, file)));
  return hash.digest("hex").slice(0, 16);
}

const TEXT_FILES: Record<ProfileTextKind, { key: DataFileKey; column: number }> = {
  mainDuty: { key: "mainDuties", column: 1 },
  employmentRequirement: { key: "employmentRequirements", column: 1 },
  workplace: { key: "workplaces", column: 1 },
  additionalInformation: { key: "additionalInformation", column: 1 },
};

/**
 * Reads and validates every vendored data file. The data version is a hash
 * of the files' bytes, so any change to the data gives a new version.
 */
export function readReferenceDataset(dir: string = DEFAULT_DATA_DIR): ReferenceDataset {
  // The import version changes whenever the parsing of the same files changes.
  const read = (key: DataFileKey): string => {
    const file = DATA_FILES[key];
    try {
      return readFileSync(path.join(dir, file), "utf8");
    } catch {
      throw new ImportError(file, null, "the file is missing from the data folder");
    }
  };

  const nocClasses = parseNocStructure(read("nocStructure"));
  const unitGroups = parseNocBilingual(read("nocBilingual"));
  const descriptors = parseGuide(read("guide"), read("guideFr"));

  const ratings: Rating[] = [];
  const labels = parseProfileValues(read("labels"), DATA_FILES.labels);
  for (const category of Object.keys(RATING_FILES) as RatedCategory[]) {
    const table = parseRatings(category, read(category), descriptors);
    ratings.push(...table.ratings);
    descriptors.push(...table.secondRatings);
    for (const p of table.profiles) if (!labels.has(p.code)) labels.set(p.code, p.label);
  }
  const leads = parseProfileValues(read("leadStatements"), DATA_FILES.leadStatements);
  const interests = parseInterests(read("interests"));
  const texts = PROFILE_TEXT_KINDS.flatMap((kind) => {
    const { key, column } = TEXT_FILES[kind];
    return parseProfileTexts(kind, read(key), DATA_FILES[key], column);
  });
  const exampleTitles = parseExampleTitles(read("exampleTitles"));
  const outlooks = parseCops(read("cops"));
  const wages = parseWages(read("wages"));

  const unitCodes = new Set(unitGroups.map((u) => u.code));
  const classCodes = new Set(nocClasses.map((c) => c.code));
  for (const u of unitGroups) {
    if (!classCodes.has(u.code)) throw new ImportError(DATA_FILES.nocBilingual, null, `unit group ${u.code} is not in the NOC structure`);
  }
  const profiles = [...labels.entries()]
    .map(([code, labelEn]) => ({ code, unitGroup: code.slice(0, 5), labelEn, leadStatementEn: leads.get(code) ?? "" }))
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const p of profiles) {
    if (!unitCodes.has(p.unitGroup)) throw new ImportError(DATA_FILES.labels, null, `profile ${p.code} has no unit group ${p.unitGroup}`);
  }
  const profileCodes = new Set(profiles.map((p) => p.code));
  // The interests file files one profile under a sibling code (14404.01 for
  // 14404.00); where the unit group has a single profile, that one is meant.
  const profilesOfGroup = (group: string) => profiles.filter((p) => p.unitGroup === group);
  const interestsFixed = interests.map((row) => {
    if (profileCodes.has(row.profileCode)) return row;
    const [only, ...others] = profilesOfGroup(row.profileCode.slice(0, 5));
    return only && others.length === 0 ? { ...row, profileCode: only.code } : row;
  });
  const orphan = [...ratings, ...interestsFixed, ...texts, ...exampleTitles].find((r) => !profileCodes.has(r.profileCode));
  if (orphan) throw new ImportError(DATA_FILES.labels, null, `profile ${orphan.profileCode} is rated or described but has no label`);

  return {
    dataVersion: dataVersionOf(dir),
    nocClasses,
    unitGroups,
    descriptors,
    profiles,
    ratings,
    interests: interestsFixed,
    texts,
    exampleTitles,
    outlooks: outlooks.filter((o) => unitCodes.has(o.code)),
    wages: wages.filter((w) => unitCodes.has(w.occupationCode)),
  };
}
