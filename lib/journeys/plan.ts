import type { CareerPath, ExplainedTarget, MatchResult } from "@/lib/matching";
import type { ProfessionFrontmatter } from "@/lib/content/schema";
import { loadProfession } from "@/lib/content/load";
import { regulatorsFor } from "@/lib/content/regulators";
import { buildRoadmap, type ChosenOption, type Roadmap, type RoadmapProfession, type YearMonth } from "./roadmap";
import type { JourneyAnswers, JourneyKind } from "./schema";

/** Results per path, in the order each journey shows them. */
export const PATH_ORDER: Record<JourneyKind, readonly CareerPath[]> = {
  "pre-arrival": ["interim", "better-matched", "related", "other"],
  // After an assessment, the bridge while licensing comes first.
  "post-assessment": ["interim", "better-matched", "related", "other"],
};
/** Options shown per path on the results step (the first view stays short). */
export const PER_PATH = 3;

export interface JourneyPlan {
  ownProfession: MatchResult["ownProfession"];
  groups: { path: CareerPath; targets: ExplainedTarget[] }[];
  roadmap: Roadmap;
  engineVersion: string;
  dataVersion: string;
}

/** A licensing step with the publisher and year of its first source. */
function stepWithSource(fm: ProfessionFrontmatter, step: ProfessionFrontmatter["licensingSteps"][number]): RoadmapProfession["licensingSteps"][number] {
  const source = fm.sources.find((s) => s.id === step.sources[0]);
  return {
    title: step.title,
    time: step.time,
    ...(step.cost ? { cost: step.cost } : {}),
    ...(source ? { source: { publisher: source.publisher, year: source.year, ...(source.url ? { url: source.url } : {}) } } : {}),
  };
}

export function roadmapProfession(fm: ProfessionFrontmatter | null): RoadmapProfession | null {
  return fm ? { slug: fm.slug, title: fm.title, licensingSteps: fm.licensingSteps.map((s) => stepWithSource(fm, s)) } : null;
}

/** A chosen option with what its first step is: the guide's first licensing step, or the engine's training estimate. */
export function chosenOption(t: ExplainedTarget, locale: "en" | "fr"): ChosenOption {
  const route = t.licensing?.route ?? null;
  const guide = route ? (loadProfession(route.slug, locale)?.frontmatter ?? null) : null;
  const first = guide?.licensingSteps[0];
  return {
    code: t.code,
    title: t.title,
    source: t.source,
    training: t.retraining ? { months: t.retraining.months, costCad: t.retraining.costCad } : null,
    licence: t.licensing ? { routeTitle: guide?.title ?? (route ? route.title[locale] : ""), firstStep: guide && first ? stepWithSource(guide, first) : null } : null,
  };
}

/** This month, in UTC. */
export function monthOf(date: Date): YearMonth {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** Groups the engine's explained results by path and builds the roadmap with the options the person chose. */
export function planFrom(
  kind: JourneyKind,
  answers: JourneyAnswers,
  result: MatchResult,
  profession: ProfessionFrontmatter | null,
  { locale = profession?.locale ?? "en", today = monthOf(new Date()) }: { locale?: "en" | "fr"; today?: YearMonth } = {},
): JourneyPlan {
  // Options below the viability line are shown only when the profession guide names them.
  const explained = result.results.filter((r): r is ExplainedTarget => r.explained && (r.viable || r.source !== "computed"));
  const groups = PATH_ORDER[kind]
    .map((path) => ({ path, targets: explained.filter((r) => r.path === path).slice(0, PER_PATH) }))
    .filter((g) => g.targets.length > 0);
  const interim = explained.find((r) => r.path === "interim");
  const chosen = (answers.options ?? []).flatMap((code) => {
    const t = explained.find((r) => r.code === code);
    return t ? [chosenOption(t, locale)] : [];
  });
  return {
    ownProfession: result.ownProfession,
    groups,
    roadmap: buildRoadmap({
      kind,
      answers,
      today,
      profession: roadmapProfession(profession),
      interim: interim ? { code: interim.code, title: interim.title } : null,
      chosen,
      regulators: profession ? regulatorsFor(profession.slug, answers.plans?.provinces ?? [], profession.locale) : [],
    }),
    engineVersion: result.engineVersion,
    dataVersion: result.dataVersion,
  };
}
