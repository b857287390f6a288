import {
  BUDGET_PENALTY_MAX,
  CLB_BASE,
  CLB_REGULATED_MIN,
  CLB_SPAN,
  COVERAGE_FOR_FULL_PROGRAM,
  LANGUAGE_MONTHS_PER_LEVEL,
  LANGUAGE_PENALTY_MAX,
  LANGUAGE_PENALTY_PER_LEVEL,
  MONTHLY_COST_BY_TEER,
  PROGRAM_MONTHS_BY_TEER,
} from "./constants";
import type { Constraints } from "./profile";
import type { ConstraintFlag, LanguageStep, PreparedOccupation, RetrainingEstimate } from "./types";

/**
 * For work that needs no licence, a rough estimate of what it takes for
 * someone who already meets `coverage` of its competency requirements: the
 * share of a typical program for its TEER that the missing competencies
 * stand for (the whole program at coverage 0.5 or less, none at full
 * coverage). Never call it for a target that needs a licence.
 */
export function estimateRetraining(target: PreparedOccupation, coverage: number): RetrainingEstimate {
  const missing = Math.min(1, Math.max(0, (1 - coverage) / (1 - COVERAGE_FOR_FULL_PROGRAM)));
  const months = (PROGRAM_MONTHS_BY_TEER[target.teer] ?? 0) * missing;
  const costCad = months * (MONTHLY_COST_BY_TEER[target.teer] ?? 0);
  return { months: Math.round(months * 10) / 10, costCad: Math.round(costCad / 100) * 100 };
}

/** The Canadian Language Benchmark a job is likely to ask for (at least CLB 7 where a licence is needed). */
export function neededClb(languageDemand: number, licensed: boolean): number {
  const clb = Math.round(CLB_BASE + CLB_SPAN * languageDemand);
  return Math.min(12, Math.max(licensed ? CLB_REGULATED_MIN : 1, clb));
}

/** The language step on the way to a target: levels to gain and about how long. */
export function languageStep(needed: number, personClb: number | undefined): LanguageStep {
  const levels = personClb === undefined ? 0 : Math.max(0, needed - personClb);
  return { neededClb: needed, personClb: personClb ?? null, levels, months: levels * LANGUAGE_MONTHS_PER_LEVEL };
}

/** How far a need goes beyond a budget, 0 (within it) to 1. */
const beyond = (budget: number, needed: number) => (needed <= budget ? 0 : 1 - budget / needed);

/**
 * How much a target's standardised closeness is lowered by the person's
 * soft constraints, and which ones it goes beyond. Language lowers it a
 * little per missing level; time and money in proportion to how far the
 * need goes beyond the budget. Nothing is removed: a target that asks for
 * more language keeps its place among related work, with a language step
 * on its path.
 */
export function reachOf(
  step: LanguageStep,
  needs: { months: number | null; cost: number | null },
  constraints: Constraints,
): { penalty: number; flags: ConstraintFlag[] } {
  const flags: ConstraintFlag[] = [];
  let penalty = 0;
  const { retrainingMonths, retrainingBudget } = constraints;
  if (step.levels > 0) {
    flags.push("language");
    penalty += Math.min(LANGUAGE_PENALTY_MAX, LANGUAGE_PENALTY_PER_LEVEL * step.levels);
  }
  if (retrainingMonths !== undefined && needs.months !== null && needs.months > retrainingMonths) {
    flags.push("time");
    penalty += BUDGET_PENALTY_MAX * beyond(retrainingMonths, needs.months);
  }
  if (retrainingBudget !== undefined && needs.cost !== null && needs.cost > retrainingBudget) {
    flags.push("cost");
    penalty += BUDGET_PENALTY_MAX * beyond(retrainingBudget, needs.cost);
  }
  return { penalty, flags };
}
