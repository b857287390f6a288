import "server-only";
import { prepare, type PreparedData, type ReferenceInput } from "@/lib/matching";
import { db } from "@/lib/db";
import type { EngineSourceRows } from "@/lib/reference-data/engine-input";
import { toEngineInput } from "@/lib/reference-data/engine-input";
import type { Descriptor, LabourMarketCondition, ProfileTextKind } from "@/lib/reference-data/parse";
import { professionKnowledge } from "@/lib/professions/knowledge";

/**
 * The matching engine's prepared data, built once per process from the
 * database (the same rows the seed wrote, in the shapes the file parsers
 * return) and kept until the data version changes.
 */
let cached: { version: string; prepared: Promise<PreparedData> } | null = null;

async function loadRows(dataVersion: string): Promise<EngineSourceRows> {
  const prisma = db();
  const [occupations, titles, descriptors, profiles, ratings, interests, texts, outlooks, wages, nocClasses] = await Promise.all([
    prisma.occupation.findMany({ orderBy: { code: "asc" } }),
    prisma.occupationTitle.findMany({ where: { kind: "example" }, select: { occupationCode: true, locale: true, title: true }, orderBy: { id: "asc" } }),
    prisma.descriptor.findMany({ orderBy: { position: "asc" } }),
    prisma.oasisProfile.findMany({ orderBy: { code: "asc" } }),
    prisma.rating.findMany(),
    prisma.profileInterest.findMany(),
    prisma.profileText.findMany({ where: { kind: { in: ["mainDuty", "employmentRequirement"] } }, orderBy: [{ profileCode: "asc" }, { kind: "asc" }, { position: "asc" }] }),
    prisma.outlook.findMany(),
    prisma.wage.findMany(),
    prisma.nocClass.findMany({ where: { level: 5 }, select: { code: true, definitionEn: true } }),
  ]);
  const byCode = new Map<string, { en: string[]; fr: string[] }>();
  for (const t of titles) {
    const entry = byCode.get(t.occupationCode) ?? { en: [], fr: [] };
    (t.locale === "fr" ? entry.fr : entry.en).push(t.title);
    byCode.set(t.occupationCode, entry);
  }
  return {
    dataVersion,
    unitGroups: occupations.map((o) => ({
      code: o.code,
      titleEn: o.titleEn,
      titleFr: o.titleFr,
      examplesEn: byCode.get(o.code)?.en ?? [],
      examplesFr: byCode.get(o.code)?.fr ?? [],
    })),
    descriptors: descriptors.map((d) => ({
      code: d.code,
      category: d.category as Descriptor["category"],
      structureType: d.structureType as Descriptor["structureType"],
      nameEn: d.nameEn,
      nameFr: d.nameFr,
      descriptionEn: d.descriptionEn,
      descriptionFr: d.descriptionFr,
      parentCode: d.parentCode,
      scaleMin: d.scaleMin,
      scaleMax: d.scaleMax,
    })),
    profiles: profiles.map((p) => ({ code: p.code, unitGroup: p.occupationCode, labelEn: p.labelEn, leadStatementEn: p.leadStatementEn })),
    ratings,
    interests,
    texts: texts.map((t) => ({ ...t, kind: t.kind as ProfileTextKind })),
    outlooks: outlooks.map((o) => ({
      code: o.occupationCode,
      nameEn: "",
      nameFr: "",
      ...o,
      recentCondition: o.recentCondition as LabourMarketCondition | null,
      futureCondition: o.futureCondition as LabourMarketCondition | null,
    })),
    wages: wages.map((w) => ({ ...w })),
    nocClasses,
  };
}

export async function currentDataVersion(): Promise<string> {
  const latest = await db().dataImport.findFirst({ orderBy: { id: "desc" }, select: { dataVersion: true } });
  if (!latest) throw new Error("The reference data is not loaded: run `npm run db:seed` (npm start does it).");
  return latest.dataVersion;
}

/** The engine's input: reference data read from the database, and what the profession guides say about licensing and curated options. */
export async function engineInputFromDatabase(dataVersion: string): Promise<ReferenceInput> {
  return { ...toEngineInput(await loadRows(dataVersion)), professions: professionKnowledge() };
}

/** How long a read of the data version is trusted before the database is asked again. */
const VERSION_TTL_MS = 60_000;
let versionCheck: { version: Promise<string>; at: number } | null = null;

/** The current data version, asked of the database at most once a minute (not on every request). */
function recentDataVersion(): Promise<string> {
  const now = Date.now();
  if (!versionCheck || now - versionCheck.at > VERSION_TTL_MS) {
    const version = currentDataVersion();
    versionCheck = { version, at: now };
    version.catch(() => {
      if (versionCheck?.version === version) versionCheck = null;
    });
  }
  return versionCheck.version;
}

/** The prepared engine data for the data version in the database. */
export async function preparedData(): Promise<PreparedData> {
  const version = await recentDataVersion();
  if (cached?.version !== version) {
    const prepared = engineInputFromDatabase(version).then(prepare);
    cached = { version, prepared };
    prepared.catch(() => {
      if (cached?.prepared === prepared) cached = null;
    });
  }
  return cached.prepared;
}
