import type { PersonProfileInput } from "@/lib/matching/profile";
import { overallClb, toClbLevels, type LanguageTest, type SkillLevels } from "./clb";
import type { Choice, JourneyAnswers } from "./schema";

/** How far "less than this" and "more than this" move a descriptor, in scale points. */
export const CHOICE_STEP = 1;

/** The level a choice means, on the descriptor's own scale. */
export function levelFor(choice: Choice, base: number, scaleMax: number): number {
  const level = choice === "less" ? base - CHOICE_STEP : choice === "more" ? base + CHOICE_STEP : base;
  return Math.round(Math.min(Math.min(scaleMax, 5), Math.max(0, level)) * 10) / 10;
}

/** Engine adjustments from the self-assessment ("about this" sets nothing). */
export function adjustmentsFrom(
  choices: Readonly<Record<string, Choice>>,
  baseline: ReadonlyMap<string, { level: number; scaleMax: number }>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, choice] of Object.entries(choices)) {
    const base = baseline.get(code);
    if (!base || choice === "about") continue;
    out[code] = levelFor(choice, base.level, base.scaleMax);
  }
  return out;
}

/** CLB per skill and overall, when a test was entered. */
export function languageOf(plans: JourneyAnswers["plans"]): { test: LanguageTest; levels: SkillLevels; overall: number } | null {
  if (!plans || plans.test === "none") return null;
  const { listening, reading, writing, speaking } = plans;
  if (listening === undefined || reading === undefined || writing === undefined || speaking === undefined) return null;
  const levels = toClbLevels(plans.test, { listening, reading, writing, speaking });
  return { test: plans.test, levels, overall: overallClb(levels) };
}

/** The person profile the matching engine takes, from a journey's answers (null until the profession is known). */
export function profileFrom(answers: JourneyAnswers): PersonProfileInput | null {
  if (!answers.profession) return null;
  const c = answers.competencies?.constraints;
  const language = languageOf(answers.plans);
  return {
    origin: answers.profession.occupation,
    adjustments: answers.competencies?.adjustments ?? {},
    ...(answers.assessment ? { assessment: { outcome: answers.assessment.outcome } } : {}),
    constraints: {
      ...(answers.plans ? { provinces: answers.plans.provinces } : {}),
      ...(language ? { languageClb: language.overall } : {}),
      ...(c ? { retrainingMonths: c.willingToRetrain ? c.retrainingMonths : 0, retrainingBudget: c.retrainingBudget, acceptRegulated: c.acceptRegulated } : { acceptRegulated: true }),
    },
  };
}
