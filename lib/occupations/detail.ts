import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/routing";

export const CHART_CATEGORIES = [
  "skills",
  "abilities",
  "knowledge",
  "workActivities",
  "personalAttributes",
  "workContext",
] as const;
export type ChartCategory = (typeof CHART_CATEGORIES)[number];

export interface CompetencyLevel {
  code: string;
  name: string;
  definition: string;
  level: number;
  scaleMax: number;
}

export interface ProvinceWage {
  province: string;
  low: number | null;
  median: number | null;
  high: number | null;
}

export interface OccupationDetail {
  code: string;
  teer: number;
  title: string;
  otherTitle: string;
  leadStatement: string;
  minorGroup: { code: string; title: string } | null;
  exampleTitles: string[];
  mainDuties: { profile: string; duties: string[] }[];
  employmentRequirements: string[];
  competencies: Record<ChartCategory, CompetencyLevel[]>;
  interests: { code: string; name: string; definition: string }[];
  outlook: {
    employment2023: number | null;
    jobOpenings: number | null;
    jobSeekers: number | null;
    employmentGrowth: number | null;
    retirements: number | null;
    recentCondition: string | null;
    futureCondition: string | null;
  } | null;
  wages: { year: number; provinces: ProvinceWage[] } | null;
}

const TOP_PER_CATEGORY = 8;

/** Everything the occupation page shows, or null for an unknown code. */
export const getOccupation = cache(async (code: string, locale: AppLocale): Promise<OccupationDetail | null> => {
  const prisma = db();
  const occupation = await prisma.occupation.findUnique({
    where: { code },
    include: {
      nocClass: { include: { parent: true } },
      outlook: true,
      titles: { where: { locale, kind: "example" }, orderBy: { title: "asc" }, select: { title: true } },
      profiles: {
        orderBy: { code: "asc" },
        include: {
          texts: { where: { kind: { in: ["mainDuty", "employmentRequirement"] } }, orderBy: { position: "asc" } },
          interests: { orderBy: { rank: "asc" }, include: { descriptor: true } },
        },
      },
    },
  });
  if (!occupation) return null;
  const fr = locale === "fr";

  const levels = await prisma.$queryRaw<
    { code: string; category: string; name_en: string; name_fr: string; description_en: string; description_fr: string; scale_max: number; level: number }[]
  >`
    SELECT d.code, d.category, d.name_en, d.name_fr, d.description_en, d.description_fr, d.scale_max,
           avg(r.value)::float8 AS level
    FROM rating r
    JOIN oasis_profile p ON p.code = r.profile_code
    JOIN descriptor d ON d.code = r.descriptor_code
    WHERE p.occupation_code = ${code} AND d.code NOT LIKE '%.2'
    GROUP BY d.code
    HAVING avg(r.value) > 0
    ORDER BY avg(r.value) / d.scale_max DESC, d.position`;
  const competencies = Object.fromEntries(CHART_CATEGORIES.map((c) => [c, [] as CompetencyLevel[]])) as Record<
    ChartCategory,
    CompetencyLevel[]
  >;
  for (const l of levels) {
    const list = competencies[l.category as ChartCategory];
    if (!list || list.length >= TOP_PER_CATEGORY) continue;
    list.push({
      code: l.code,
      name: fr ? l.name_fr : l.name_en,
      definition: fr ? l.description_fr || l.description_en : l.description_en,
      level: Math.round(l.level * 10) / 10,
      scaleMax: l.scale_max,
    });
  }

  const wageRows = await prisma.$queryRaw<{ year: number; province: string; low: number | null; median: number | null; high: number | null }[]>`
    SELECT year, province, avg(low)::float8 AS low, avg(median)::float8 AS median, avg(high)::float8 AS high
    FROM wage
    WHERE occupation_code = ${code} AND region_code ~ '^ER\\d{2}$'
      AND year = (SELECT max(year) FROM wage WHERE occupation_code = ${code})
    GROUP BY year, province
    ORDER BY CASE WHEN province = 'CA' THEN 0 ELSE 1 END, province`;

  const main = occupation.profiles[0];
  const minor = occupation.nocClass.parent;
  const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
  return {
    code: occupation.code,
    teer: occupation.teer,
    title: fr ? occupation.titleFr : occupation.titleEn,
    otherTitle: fr ? occupation.titleEn : occupation.titleFr,
    leadStatement: occupation.leadStatementEn,
    minorGroup: minor ? { code: minor.code, title: minor.titleEn } : null,
    exampleTitles: occupation.titles.map((t) => t.title),
    mainDuties: occupation.profiles
      .map((p) => ({ profile: p.labelEn, duties: p.texts.filter((t) => t.kind === "mainDuty").map((t) => t.text) }))
      .filter((p) => p.duties.length > 0),
    employmentRequirements: [
      ...new Set(occupation.profiles.flatMap((p) => p.texts.filter((t) => t.kind === "employmentRequirement").map((t) => t.text))),
    ],
    competencies,
    interests: (main?.interests ?? []).map((i) => ({
      code: i.descriptor.code,
      name: fr ? i.descriptor.nameFr : i.descriptor.nameEn,
      definition: fr ? i.descriptor.descriptionFr || i.descriptor.descriptionEn : i.descriptor.descriptionEn,
    })),
    outlook: occupation.outlook,
    wages: wageRows.length
      ? {
          year: wageRows[0]!.year,
          provinces: wageRows.map((w) => ({ province: w.province, low: round(w.low), median: round(w.median), high: round(w.high) })),
        }
      : null,
  };
});
