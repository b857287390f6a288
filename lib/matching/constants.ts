/**
 * The engine's fixed choices, in one place so the README can cite them and
 * a change shows up as a new `ENGINE_VERSION`.
 */

/** Bump on any change that can change a score, an order or a label. */
export const ENGINE_VERSION = "1.0.0";

/** The rated facets that are scored, in matrix order. Personal attributes are not scored (traits, not competencies). */
export const SCORED_FACETS = ["skills", "abilities", "knowledge", "workActivities", "workContext"] as const;
export type ScoredFacet = (typeof SCORED_FACETS)[number];
export type Facet = ScoredFacet | "work";

/** Facets whose descriptors are competencies a person can have more or less of (work context describes conditions). */
export const COMPETENCY_FACETS: readonly ScoredFacet[] = ["skills", "abilities", "knowledge", "workActivities"];

/**
 * Weight of each facet in the score; they sum to 1. The text of the work
 * (titles and duties) is the single most telling sign that two jobs are the
 * same kind of work, so it gets the largest share; skills, knowledge and work
 * activities are what transfers; abilities are broad aptitudes shared by many
 * jobs and work context is conditions rather than competence, so both count
 * less.
 */
export const FACET_WEIGHTS: Readonly<Record<Facet, number>> = {
  skills: 0.15,
  abilities: 0.1,
  knowledge: 0.15,
  workActivities: 0.15,
  workContext: 0.1,
  work: 0.35,
};

/**
 * Within a competency facet: share of the person's coverage of the target's
 * requirements (directional, the rest is the shape similarity of the two
 * occupations). Kept small because coverage alone rewards any job that asks
 * for less, which would rank survival jobs above related work.
 */
export const COVERAGE_SHARE = 0.25;

/** A shortfall smaller than this many scale points is not reported as a gap. */
export const GAP_MIN_POINTS = 0.5;
/** A target needs a descriptor (for transfers) from this share of its scale. */
export const NEED_MIN_SHARE = 0.4;
/** A surplus of at least this many scale points is reported as over-qualification. */
export const SURPLUS_MIN_POINTS = 1;
/** List lengths in explained results. */
export const MAX_TRANSFERS = 8;
export const MAX_GAPS = 8;
export const MAX_SURPLUSES = 5;

export const DEFAULT_EXPLAIN_TOP = 20;

/** A target counts as fitting the person better than their own profession from this coverage margin. */
export const BETTER_MATCH_MARGIN = 0.02;

/**
 * Rough retraining model (see README, "Constraints"). Months of full-time
 * study a newcomer without the competencies would need to enter an occupation
 * of each TEER (0: management, experience-based; 1: degree; 2: college
 * diploma or apprenticeship; 3: short college or apprenticeship; 4: short
 * training; 5: on the job).
 */
export const PROGRAM_MONTHS_BY_TEER: readonly number[] = [24, 48, 30, 12, 2, 0.5];
/** Coverage at or below this needs the whole program; full coverage needs none. */
export const COVERAGE_FOR_FULL_PROGRAM = 0.5;
/** Assessment, exams and registration for a regulated occupation. */
export const LICENSING_MONTHS = 6;
/** Tuition and fees per month of study, CAD, by TEER; an order of magnitude, not a quote. */
export const MONTHLY_COST_BY_TEER: readonly number[] = [700, 700, 450, 400, 300, 300];
export const LICENSING_COST = 2000;
/** Canadian Language Benchmark a job asks for: CLB_BASE + CLB_SPAN x its communication-skill level (0-1). */
export const CLB_BASE = 4;
export const CLB_SPAN = 6;
/** Regulators commonly ask for CLB 7 or more. */
export const CLB_REGULATED_MIN = 7;
/** Each missing CLB level keeps this much less of the score. */
export const CLB_PENALTY_PER_LEVEL = 0.1;
/** No soft constraint takes a target below this share of its fit. */
export const REACH_FLOOR = 0.5;

/** Skills used to estimate the language a job asks for. */
export const COMMUNICATION_DESCRIPTORS: readonly string[] = ["F01a01", "F01a02", "F01a03", "F01b01", "F01b02"];
