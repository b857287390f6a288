import type { RegulatorSummary } from "@/lib/content/regulators";
import { languageOf } from "./profile";
import type { JourneyAnswers, JourneyKind } from "./schema";

/**
 * The personal roadmap at the end of a journey: pure, from the answers, the
 * profession page (when there is one) and the engine's top options. Items
 * are message keys with values, so the page words them in its language;
 * licensing steps carry the profession page's own (already translated) titles.
 */

/** The CLB most regulators and professional employers ask for; used when no profession page says otherwise. */
export const TARGET_CLB = 7;

export interface RoadmapProfession {
  slug: string;
  title: string;
  licensingSteps: readonly { title: string; time: { minMonths: number; maxMonths: number }; cost?: { min: number; max: number } }[];
}

export interface RoadmapOption {
  code: string;
  title: string;
  /** Months to get there: the engine's rough estimate, or a licensing route's longest time; null when not known. */
  months: number | null;
}

export interface RoadmapInput {
  kind: JourneyKind;
  answers: JourneyAnswers;
  profession: RoadmapProfession | null;
  /** The closest option to hold while licensing, if any. */
  interim: RoadmapOption | null;
  /** The best-ranked parallel option that is not interim, if any. */
  parallel: RoadmapOption | null;
  /** Who regulates the profession in each province the person chose (names in the page's language). */
  regulators?: readonly RegulatorSummary[];
}

/** The parallel option's step: its time when known, otherwise "ask the regulator" (never a guessed figure). */
function parallelStep(parallel: RoadmapOption): RoadmapItem {
  return parallel.months === null
    ? { key: "parallelLicence", values: { title: parallel.title } }
    : { key: "parallelTraining", values: { title: parallel.title, months: Math.max(1, Math.round(parallel.months)) } };
}

export type PhaseId = "beforeArrival" | "firstThreeMonths" | "firstYear" | "afterFirstYear";

export interface RoadmapItem {
  /** Message key under `journeys.roadmap.items`. */
  key: string;
  values?: Record<string, string | number>;
}

export interface RoadmapPhase {
  id: PhaseId;
  items: RoadmapItem[];
}

export interface Roadmap {
  phases: RoadmapPhase[];
}

/** Licensing steps that can usually start from abroad: the first ones, up to the first exam-free two. */
const STEPS_BEFORE_ARRIVAL = 2;

function licensingItems(profession: RoadmapProfession, from: number, to: number): RoadmapItem[] {
  return profession.licensingSteps.slice(from, to).map((step) => ({
    key: "licensingStep",
    values: { title: step.title, min: step.time.minMonths, max: step.time.maxMonths },
  }));
}

/**
 * Licensing steps from `from` on, split by when they can start at the
 * earliest (the sum of the shortest times of the steps before them, counted
 * from `from`): within the first year, or after it.
 */
function licensingByYear(profession: RoadmapProfession, from: number): { firstYear: RoadmapItem[]; later: RoadmapItem[] } {
  const firstYear: RoadmapItem[] = [];
  const later: RoadmapItem[] = [];
  let start = 0;
  profession.licensingSteps.slice(from).forEach((step, i) => {
    (start < 12 ? firstYear : later).push(...licensingItems(profession, from + i, from + i + 1));
    start += step.time.minMonths;
  });
  return { firstYear, later };
}

/** One item per chosen province: the body to register with, or that no licence is needed there. */
function regulatorItems(input: RoadmapInput): RoadmapItem[] {
  return (input.regulators ?? []).map(
    (r): RoadmapItem => (r.body ? { key: "registerWith", values: { province: r.province, body: r.body } } : { key: "noLicenceIn", values: { province: r.province } }),
  );
}

function languageItem(answers: JourneyAnswers): RoadmapItem {
  const language = languageOf(answers.plans);
  if (!language) return { key: "languageTest", values: { target: TARGET_CLB } };
  if (language.overall < TARGET_CLB) return { key: "languageImprove", values: { current: language.overall, target: TARGET_CLB } };
  return { key: "languageKeep", values: { current: language.overall } };
}

function preArrival(input: RoadmapInput): Roadmap {
  const { answers, profession, interim, parallel } = input;
  const c = answers.competencies?.constraints;
  const plans = answers.plans;
  const before: RoadmapItem[] = [];
  if (plans?.arrivalMonth && plans.arrivalYear) before.push({ key: "arrival", values: { month: plans.arrivalMonth, year: plans.arrivalYear } });
  before.push({ key: "credentialAssessment" });
  before.push(languageItem(answers));
  before.push({ key: "documents" });
  before.push(...regulatorItems(input));
  if (profession) before.push(...licensingItems(profession, 0, STEPS_BEFORE_ARRIVAL));
  else before.push({ key: "readOccupation" });
  before.push({ key: "courses" });
  if (parallel && c?.willingToRetrain) before.push({ key: "exploreParallel", values: { title: parallel.title } });

  const first: RoadmapItem[] = [{ key: "settlement" }];
  if (plans) first.push({ key: "bridging", values: { provinces: plans.provinces.join(", ") } });
  if (interim) first.push({ key: "interimWork", values: { title: interim.title } });
  first.push({ key: "network" });
  if (c && c.dependants > 0) first.push({ key: "family" });

  const licensing = profession ? licensingByYear(profession, STEPS_BEFORE_ARRIVAL) : { firstYear: [], later: [] };
  const year: RoadmapItem[] = [...licensing.firstYear];
  if (parallel && c?.willingToRetrain) year.push(parallelStep(parallel));
  year.push({ key: "review" });

  const phases: RoadmapPhase[] = [
    { id: "beforeArrival", items: before },
    { id: "firstThreeMonths", items: first },
    { id: "firstYear", items: year },
  ];
  if (licensing.later.length) phases.push({ id: "afterFirstYear", items: licensing.later });
  return { phases };
}

function postAssessment(input: RoadmapInput): Roadmap {
  const { answers, profession, interim, parallel } = input;
  const c = answers.competencies?.constraints;
  const assessment = answers.assessment;
  const gaps = new Set(assessment?.gaps ?? []);
  const outcome = assessment?.outcome;

  const first: RoadmapItem[] = [];
  if (interim) first.push({ key: "interimWork", values: { title: interim.title } });
  if (outcome === "eligible") first.push({ key: "applyLicence" });
  if (outcome === "not-eligible") first.push({ key: "askReview", values: { body: assessment?.body ?? "" } });
  if (gaps.has("exams")) first.push({ key: "bookExams" });
  if (gaps.has("courses")) first.push({ key: "findCourses" });
  if (gaps.has("supervisedPractice")) first.push({ key: "findPlacement" });
  if (gaps.has("language")) first.push({ key: "languageTraining", values: { target: TARGET_CLB } });
  if (answers.plans) first.push({ key: "bridging", values: { provinces: answers.plans.provinces.join(", ") } });
  first.push(...regulatorItems(input));
  first.push({ key: "network" });

  const year: RoadmapItem[] = [];
  if (gaps.has("exams")) year.push({ key: "writeExams" });
  if (gaps.has("courses")) year.push({ key: "completeCourses" });
  if (gaps.has("language")) year.push(languageItem(answers));
  const licensing = profession && outcome !== "not-eligible" ? licensingByYear(profession, 1) : { firstYear: [], later: [] };
  year.push(...licensing.firstYear);
  if (parallel && (c?.willingToRetrain ?? true)) year.push(parallelStep(parallel));

  const later: RoadmapItem[] = [...licensing.later];
  if (gaps.has("supervisedPractice")) later.push({ key: "completePractice" });
  if (outcome === "conditions" || outcome === "gaps") later.push({ key: "applyLicence" });
  later.push({ key: "review" });

  return {
    phases: [
      { id: "firstThreeMonths", items: first },
      { id: "firstYear", items: year },
      { id: "afterFirstYear", items: later },
    ],
  };
}

/** The roadmap for a journey's answers. */
export function buildRoadmap(input: RoadmapInput): Roadmap {
  return input.kind === "pre-arrival" ? preArrival(input) : postAssessment(input);
}
