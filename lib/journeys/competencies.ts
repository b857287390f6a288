import "server-only";
import { cache } from "react";
import { preparedData } from "@/lib/alternatives/reference";
import type { AppLocale } from "@/lib/i18n/routing";
import { getOccupation, type ChartCategory, type CompetencyLevel } from "@/lib/occupations/detail";

/** Categories the self-assessment asks about (the engine's competency facets), and how many per category. */
export const SELF_ASSESSMENT_CATEGORIES = ["skills", "abilities", "knowledge", "workActivities"] as const satisfies readonly ChartCategory[];
export const PER_CATEGORY = 5;

export interface CompetencyGroup {
  category: (typeof SELF_ASSESSMENT_CATEGORIES)[number];
  items: CompetencyLevel[];
}

/** The occupation's top descriptors per category that the engine scores, as the self-assessment shows them. */
export const competencyGroups = cache(async (code: string, locale: AppLocale): Promise<CompetencyGroup[] | null> => {
  const [occupation, prepared] = await Promise.all([getOccupation(code, locale), preparedData()]);
  if (!occupation) return null;
  return SELF_ASSESSMENT_CATEGORIES.map((category) => ({
    category,
    items: occupation.competencies[category].filter((c) => prepared.descriptorIndex.has(c.code)).slice(0, PER_CATEGORY),
  })).filter((g) => g.items.length > 0);
});

/** code -> baseline level and scale, for turning choices into engine levels. */
export function baselineOf(groups: readonly CompetencyGroup[]): Map<string, { level: number; scaleMax: number }> {
  return new Map(groups.flatMap((g) => g.items.map((i) => [i.code, { level: i.level, scaleMax: i.scaleMax }] as const)));
}
