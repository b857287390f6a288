import type { CareerPath, ExplainedTarget, MatchResult } from "@/lib/matching";
import type { ProfessionFrontmatter } from "@/lib/content/schema";
import { regulatorsFor } from "@/lib/content/regulators";
import { buildRoadmap, type Roadmap, type RoadmapOption, type RoadmapProfession } from "./roadmap";
import type { JourneyAnswers, JourneyKind } from "./schema";

/** Results per path, in the order each journey shows them. */
export const PATH_ORDER: Record<JourneyKind, readonly CareerPath[]> = {
  "pre-arrival": ["interim", "better-matched", "related", "other"],
  // After an assessment, the bridge while licensing comes first.
  "post-assessment": ["interim", "better-matched", "related", "other"],
};
export const PER_PATH = 4;

export interface JourneyPlan {
  ownProfession: MatchResult["ownProfession"];
  groups: { path: CareerPath; targets: ExplainedTarget[] }[];
  roadmap: Roadmap;
  engineVersion: string;
  dataVersion: string;
}

/** A roadmap option: months from the training estimate, or the licensing route's longest time (null when not known). */
function option(t: ExplainedTarget | undefined): RoadmapOption | null {
  return t ? { code: t.code, title: t.title, months: t.retraining ? t.retraining.months : (t.licensing?.route?.maxMonths ?? null) } : null;
}

export function roadmapProfession(fm: ProfessionFrontmatter | null): RoadmapProfession | null {
  return fm ? { slug: fm.slug, title: fm.title, licensingSteps: fm.licensingSteps } : null;
}

/** Groups the engine's explained results by path and builds the roadmap: pure, so it can be benchmarked and tested. */
export function planFrom(kind: JourneyKind, answers: JourneyAnswers, result: MatchResult, profession: ProfessionFrontmatter | null): JourneyPlan {
  // Options below the viability line are shown only when the profession guide names them.
  const explained = result.results.filter((r): r is ExplainedTarget => r.explained && (r.viable || r.source !== "computed"));
  const groups = PATH_ORDER[kind]
    .map((path) => ({ path, targets: explained.filter((r) => r.path === path).slice(0, PER_PATH) }))
    .filter((g) => g.targets.length > 0);
  const interim = explained.find((r) => r.path === "interim");
  const parallel = explained.find((r) => r.path !== "interim");
  return {
    ownProfession: result.ownProfession,
    groups,
    roadmap: buildRoadmap({ kind, answers, profession: roadmapProfession(profession), interim: option(interim), parallel: option(parallel), regulators: profession ? regulatorsFor(profession.slug, answers.plans?.provinces ?? [], profession.locale) : [] }),
    engineVersion: result.engineVersion,
    dataVersion: result.dataVersion,
  };
}
