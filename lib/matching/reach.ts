import {
  CLB_BASE,
  CLB_PENALTY_PER_LEVEL,
  CLB_REGULATED_MIN,
  CLB_SPAN,
  COVERAGE_FOR_FULL_PROGRAM,
  LICENSING_COST,
  LICENSING_MONTHS,
  MONTHLY_COST_BY_TEER,
  PROGRAM_MONTHS_BY_TEER,
  REACH_FLOOR,
} from "./constants";
import type { Constraints } from "./profile";
import type { ConstraintFlag, PreparedOccupation, RetrainingEstimate } from "./types";

/**
 * A rough estimate of what it takes to enter `target` for someone who
 * already meets `coverage` of its competency requirements: the share of a
 * typical program for its TEER that the missing competencies stand for
 * (the whole program at coverage 0.5 or less, none at full coverage), plus
 * licensing when the occupation is regulated.
 */
export function estimateRetraining(target: PreparedOccupation, coverage: number, languageDemand: number): RetrainingEstimate {
  const missing = Math.min(1, Math.max(0, (1 - coverage) / (1 - COVERAGE_FOR_FULL_PROGRAM)));
  const study = (PROGRAM_MONTHS_BY_TEER[target.teer] ?? 0) * missing;
  const months = study + (target.regulated ? LICENSING_MONTHS : 0);
  const costCad = study * (MONTHLY_COST_BY_TEER[target.teer] ?? 0) + (target.regulated ? LICENSING_COST : 0);
  const clb = Math.round(CLB_BASE + CLB_SPAN * languageDemand);
  return {
    months: Math.round(months * 10) / 10,
    costCad: Math.round(costCad / 100) * 100,
    languageClb: Math.min(12, Math.max(target.regulated ? CLB_REGULATED_MIN : 1, clb)),
  };
}

/** How far beyond a budget a need is: 1 within it, falling with the ratio, never under the floor. */
const within = (budget: number, need: number) => (need <= budget ? 1 : Math.max(REACH_FLOOR, budget / need));

/**
 * The share of its fit a target keeps given the person's soft constraints,
 * and which ones it goes beyond. Each constraint can at most halve the
 * score; together they multiply.
 */
export function reachOf(estimate: RetrainingEstimate, constraints: Constraints): { factor: number; flags: ConstraintFlag[] } {
  const flags: ConstraintFlag[] = [];
  let factor = 1;
  const { languageClb, retrainingMonths, retrainingBudget } = constraints;
  if (languageClb !== undefined && estimate.languageClb > languageClb) {
    flags.push("language");
    factor *= Math.max(REACH_FLOOR, 1 - CLB_PENALTY_PER_LEVEL * (estimate.languageClb - languageClb));
  }
  if (retrainingMonths !== undefined && estimate.months > retrainingMonths) {
    flags.push("time");
    factor *= within(retrainingMonths, estimate.months);
  }
  if (retrainingBudget !== undefined && estimate.costCad > retrainingBudget) {
    flags.push("cost");
    factor *= within(retrainingBudget, estimate.costCad);
  }
  return { factor, flags };
}
