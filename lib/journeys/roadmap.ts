import type { RegulatorSummary } from "@/lib/content/regulators";
import { LANGUAGE_MONTHS_PER_LEVEL } from "@/lib/matching/constants";
import { languageOf } from "./profile";
import type { JourneyAnswers, JourneyKind } from "./schema";

/**
 * The personal roadmap at the end of a journey: pure, from the answers, the
 * profession page (when there is one), the options the person chose and
 * today's month. It is a dated timeline: every item that takes time carries
 * its typical duration, cost and source, and a window in months from the
 * start (this month), so the page can say "from March 2027, done between
 * April 2028 and June 2032" instead of putting a long route in "the first
 * year". Items are message keys with values, so the page words them in its
 * language; licensing steps carry the profession page's own (translated)
 * titles.
 */

/** The CLB most regulators and professional employers ask for; used when no profession page says otherwise. */
export const TARGET_CLB = 7;

/** A calendar month (month 1-12). */
export interface YearMonth {
  year: number;
  month: number;
}

/** Months from `from` to `to` (0 when the same month). */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  return (to.year - from.year) * 12 + (to.month - from.month);
}

/** The month `months` after `from`. */
export function addMonths(from: YearMonth, months: number): YearMonth {
  const index = from.year * 12 + (from.month - 1) + Math.round(months);
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Where a time or cost comes from. */
export type RoadmapSource =
  /** A profession guide's step, with the publisher and year of its first source. */
  | { kind: "guide"; publisher: string; year: number; url?: string }
  /** The matching engine's rough estimate from the competency gaps. */
  | { kind: "engine" }
  /** Parallel's planning figure for language training (months per CLB level). */
  | { kind: "language" };

export interface RoadmapProfession {
  slug: string;
  title: string;
  licensingSteps: readonly {
    title: string;
    time: { minMonths: number; maxMonths: number };
    cost?: { min: number; max: number };
    /** The step's first source, as the guide lists it. */
    source?: { publisher: string; year: number; url?: string };
  }[];
}

/** An option the person put on their roadmap, with its first concrete step (from the engine's result). */
export interface ChosenOption {
  code: string;
  title: string;
  source: "curated" | "computed" | "both";
  /** Work without a licence: the engine's rough training estimate (0 months: no training needed). */
  training: { months: number; costCad: number } | null;
  /** Work with a licence: the first step of the route when a guide gives one, else null (ask the regulator). */
  licence: { routeTitle: string; firstStep: RoadmapProfession["licensingSteps"][number] | null } | null;
}

export interface RoadmapInput {
  kind: JourneyKind;
  answers: JourneyAnswers;
  profession: RoadmapProfession | null;
  /** This month: the timeline starts here. */
  today: YearMonth;
  /** The closest option to hold while licensing, if any. */
  interim: { code: string; title: string } | null;
  /** The options the person chose on the results step, in their order. */
  chosen: readonly ChosenOption[];
  /** Who regulates the profession in each province the person chose (names in the page's language). */
  regulators?: readonly RegulatorSummary[];
}

export type PhaseId = "beforeArrival" | "startNow" | "firstMonths" | "licensing" | "options" | "later";

export interface RoadmapItem {
  /** Message key under `journeys.roadmap.items`. */
  key: string;
  values?: Record<string, string | number>;
  /** Typical duration, months. */
  time?: { min: number; max: number };
  /** Typical cost, CAD. */
  cost?: { min: number; max: number };
  /** Months from the start of the timeline: when it can start at the earliest, and when it ends at the earliest and latest. */
  window?: { start: number; endMin: number; endMax: number };
  source?: RoadmapSource;
}

export interface RoadmapPhase {
  id: PhaseId;
  /** Months from the start of the timeline the phase covers (null: not tied to a date). */
  from: number | null;
  /** The earliest and latest end, months from the start (null: open). */
  to: { min: number; max: number } | null;
  items: RoadmapItem[];
}

export interface Roadmap {
  /** Month 0 of the timeline. */
  start: YearMonth;
  /** The arrival month, months from the start (null when not given or not asked). */
  arrival: number | null;
  phases: RoadmapPhase[];
}

/** Licensing steps as a chain from month `from`: each starts when the one before ends at the earliest. */
function licensingChain(steps: RoadmapProfession["licensingSteps"], from: number): RoadmapItem[] {
  let earliest = from;
  let latest = from;
  return steps.map((step) => {
    const start = earliest;
    earliest += step.time.minMonths;
    latest += step.time.maxMonths;
    return {
      key: "licensingStep",
      values: { title: step.title },
      time: { min: step.time.minMonths, max: step.time.maxMonths },
      ...(step.cost ? { cost: { min: step.cost.min, max: step.cost.max } } : {}),
      window: { start, endMin: earliest, endMax: latest },
      ...(step.source ? { source: { kind: "guide" as const, ...step.source } } : {}),
    };
  });
}

/** One item per chosen province: the body to register with, or that no licence is needed there. */
function regulatorItems(input: RoadmapInput): RoadmapItem[] {
  return (input.regulators ?? []).map(
    (r): RoadmapItem => (r.body ? { key: "registerWith", values: { province: r.province, body: r.body } } : { key: "noLicenceIn", values: { province: r.province } }),
  );
}

/** The language step: a test to take, classes to reach the target (months from the engine's planning figure), or results to keep. */
function languageItem(answers: JourneyAnswers, from: number): RoadmapItem {
  const language = languageOf(answers.plans);
  if (!language) return { key: "languageTest", values: { target: TARGET_CLB } };
  if (language.overall < TARGET_CLB) {
    const months = (TARGET_CLB - language.overall) * LANGUAGE_MONTHS_PER_LEVEL;
    return { key: "languageImprove", values: { current: language.overall, target: TARGET_CLB }, time: { min: months, max: months }, window: { start: from, endMin: from + months, endMax: from + months }, source: { kind: "language" } };
  }
  return { key: "languageKeep", values: { current: language.overall } };
}

/** An option the person chose, with its first concrete step, starting at month `from`. */
function optionItem(option: ChosenOption, from: number): RoadmapItem {
  const values = { title: option.title, code: option.code };
  if (option.licence) {
    const step = option.licence.firstStep;
    if (!step) return { key: "optionAskRegulator", values };
    return {
      key: "optionLicenceStep",
      values: { ...values, step: step.title, route: option.licence.routeTitle },
      time: { min: step.time.minMonths, max: step.time.maxMonths },
      ...(step.cost ? { cost: { min: step.cost.min, max: step.cost.max } } : {}),
      window: { start: from, endMin: from + step.time.minMonths, endMax: from + step.time.maxMonths },
      ...(step.source ? { source: { kind: "guide" as const, ...step.source } } : {}),
    };
  }
  if (option.training && option.training.months > 0) {
    const months = Math.max(1, Math.round(option.training.months));
    return {
      key: "optionTraining",
      values,
      time: { min: months, max: months },
      cost: { min: option.training.costCad, max: option.training.costCad },
      window: { start: from, endMin: from + months, endMax: from + months },
      source: { kind: "engine" },
    };
  }
  return { key: "optionApply", values };
}

/** The earliest start and the earliest and latest ends of dated items (null when none is dated). */
function span(items: readonly RoadmapItem[]): { from: number; to: { min: number; max: number } } | null {
  const dated = items.flatMap((i) => (i.window ? [i.window] : []));
  if (!dated.length) return null;
  return {
    from: Math.min(...dated.map((w) => w.start)),
    to: { min: Math.max(...dated.map((w) => w.endMin)), max: Math.max(...dated.map((w) => w.endMax)) },
  };
}

function phase(id: PhaseId, items: RoadmapItem[], from: number | null = null, to: RoadmapPhase["to"] = null): RoadmapPhase {
  const s = span(items);
  return { id, from: from ?? s?.from ?? null, to: to ?? s?.to ?? null, items };
}

function optionsPhase(input: RoadmapInput, from: number): RoadmapPhase {
  const items = input.chosen.length ? input.chosen.map((o) => optionItem(o, from)) : [{ key: "chooseOptions" }];
  return phase("options", items);
}

function preArrival(input: RoadmapInput): Roadmap {
  const { answers, profession, interim, today } = input;
  const c = answers.competencies?.constraints;
  const plans = answers.plans;
  const arrivalDate = plans?.arrivalMonth && plans.arrivalYear ? { year: plans.arrivalYear, month: plans.arrivalMonth } : null;
  const arrival = arrivalDate ? Math.max(0, monthsBetween(today, arrivalDate)) : null;
  // Without an arrival date, what happens after arrival is counted from now.
  const landed = arrival ?? 0;

  const before: RoadmapItem[] = [];
  if (arrivalDate) before.push({ key: "arrival", values: { month: arrivalDate.month, year: arrivalDate.year } });
  before.push({ key: "credentialAssessment" });
  before.push(languageItem(answers, 0));
  before.push({ key: "documents" });
  before.push(...regulatorItems(input));
  if (!profession) before.push({ key: "readOccupation" });

  const first: RoadmapItem[] = [{ key: "settlement" }];
  if (plans) first.push({ key: "bridging", values: { provinces: plans.provinces.join(", ") } });
  if (interim && !input.chosen.some((o) => o.code === interim.code)) first.push({ key: "interimWork", values: { title: interim.title } });
  first.push({ key: "network" });
  if (c && c.dependants > 0) first.push({ key: "family" });

  const phases: RoadmapPhase[] = [
    phase("beforeArrival", before, 0, arrival === null ? null : { min: arrival, max: arrival }),
    phase("firstMonths", first, arrival, arrival === null ? null : { min: landed + 3, max: landed + 3 }),
  ];
  // The licensing route starts now: its first steps (assessment, exams) can usually start from abroad.
  if (profession) phases.push(phase("licensing", licensingChain(profession.licensingSteps, 0)));
  phases.push(optionsPhase(input, landed));
  phases.push(phase("later", [{ key: "review" }]));
  return { start: today, arrival, phases };
}

function postAssessment(input: RoadmapInput): Roadmap {
  const { answers, profession, interim, today } = input;
  const assessment = answers.assessment;
  const gaps = new Set(assessment?.gaps ?? []);
  const outcome = assessment?.outcome;

  const now: RoadmapItem[] = [];
  if (interim && !input.chosen.some((o) => o.code === interim.code)) now.push({ key: "interimWork", values: { title: interim.title } });
  if (outcome === "eligible") now.push({ key: "applyLicence" });
  if (outcome === "not-eligible") now.push({ key: "askReview", values: { body: assessment?.body ?? "" } });
  if (gaps.has("exams")) now.push({ key: "bookExams" });
  if (gaps.has("courses")) now.push({ key: "findCourses" });
  if (gaps.has("supervisedPractice")) now.push({ key: "findPlacement" });
  const language = languageItem(answers, 0);
  if (gaps.has("language") || language.key !== "languageKeep") now.push(language);
  if (answers.plans) now.push({ key: "bridging", values: { provinces: answers.plans.provinces.join(", ") } });
  now.push(...regulatorItems(input));
  now.push({ key: "network" });

  const phases: RoadmapPhase[] = [phase("startNow", now, 0)];
  // The assessment was the route's first step: the rest follows from now.
  if (profession && outcome !== "not-eligible") phases.push(phase("licensing", licensingChain(profession.licensingSteps.slice(1), 0)));
  phases.push(optionsPhase(input, 0));
  const later: RoadmapItem[] = [];
  if (gaps.has("supervisedPractice")) later.push({ key: "completePractice" });
  if (outcome === "conditions" || outcome === "gaps") later.push({ key: "applyLicence" });
  later.push({ key: "review" });
  phases.push(phase("later", later));
  return { start: today, arrival: null, phases };
}

/** The roadmap for a journey's answers. */
export function buildRoadmap(input: RoadmapInput): Roadmap {
  return input.kind === "pre-arrival" ? preArrival(input) : postAssessment(input);
}
