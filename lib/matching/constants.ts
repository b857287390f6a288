/**
 * The engine's fixed choices, in one place so the README can cite them and
 * a change shows up as a new `ENGINE_VERSION`.
 */

/** Bump on any change that can change a score, an order or a label. */
export const ENGINE_VERSION = "2.0.0";

/** The rated facets that are scored, in matrix order. Personal attributes are a separate, small signal (traits, not competencies). */
export const SCORED_FACETS = ["skills", "abilities", "knowledge", "workActivities", "workContext"] as const;
export type ScoredFacet = (typeof SCORED_FACETS)[number];
export type Facet = ScoredFacet | "work";

/** Facets whose descriptors are competencies a person can have more or less of (work context describes conditions). */
export const COMPETENCY_FACETS: readonly ScoredFacet[] = ["skills", "abilities", "knowledge", "workActivities"];

/** Text fields, each with its own TF-IDF index. */
export const TEXT_FIELDS = ["titlesEn", "titlesFr", "duties", "definition"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/**
 * Every closeness signal, in the order of the per-target signal block:
 * the five rating families (cosine of descriptor z-scores), the four text
 * fields, Holland interests, personal attributes, and the person's
 * directional coverage of the target's requirements.
 */
export const SIGNALS = [...SCORED_FACETS, ...TEXT_FIELDS, "interests", "traits", "coverage"] as const;
export type Signal = (typeof SIGNALS)[number];

/**
 * Weight of each signal once standardised per origin (z-score over all
 * targets); they sum to 1. Round numbers, chosen on references inside the
 * data, never on the research's expert list: the share of NOC minor-group
 * siblings ranked in each origin's top 10 (see README, "Choosing the
 * weights", and tests/bench/match-weights.ts, which reruns the search).
 */
export const SIGNAL_WEIGHTS: Readonly<Record<Signal, number>> = {
  skills: 0.075,
  abilities: 0.05,
  knowledge: 0.075,
  workActivities: 0.1,
  workContext: 0.1,
  titlesEn: 0.075,
  titlesFr: 0.075,
  duties: 0.075,
  definition: 0.1,
  interests: 0.075,
  traits: 0.025,
  coverage: 0.175,
};

/**
 * Weight of each competency facet in coverage (the share of a target's
 * requirements the person meets) and in the readiness for the person's own
 * profession; they sum to 1.
 */
export const COVERAGE_WEIGHTS: Readonly<Record<ScoredFacet, number>> = {
  skills: 0.25,
  abilities: 0.15,
  knowledge: 0.3,
  workActivities: 0.3,
  workContext: 0,
};

/** A descriptor is one of the person's characteristic strengths from this many standard deviations above the mean occupation. */
export const STRENGTH_Z = 1;

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
 * Rough retraining model for work that needs no licence (see README,
 * "Constraints"). Months of full-time study a newcomer without the
 * competencies would need to enter an occupation of each TEER (0:
 * management, experience-based; 1: degree; 2: college diploma or
 * apprenticeship; 3: short college or apprenticeship; 4: short training; 5:
 * on the job). Never used for a target that needs a licence: there the
 * licensing route decides, not competency gaps.
 */
export const PROGRAM_MONTHS_BY_TEER: readonly number[] = [24, 48, 30, 12, 2, 0.5];
/** Coverage at or below this needs the whole program; full coverage needs none. */
export const COVERAGE_FOR_FULL_PROGRAM = 0.5;
/** Tuition and fees per month of study, CAD, by TEER; an order of magnitude, not a quote. */
export const MONTHLY_COST_BY_TEER: readonly number[] = [700, 700, 450, 400, 300, 300];
/** Canadian Language Benchmark a job asks for: CLB_BASE + CLB_SPAN x its communication-skill level (0-1). */
export const CLB_BASE = 4;
export const CLB_SPAN = 6;
/** Regulators commonly ask for CLB 7 or more. */
export const CLB_REGULATED_MIN = 7;
/**
 * Months of full-time language training per CLB level to gain: a rough
 * planning figure (a level commonly takes a few hundred hours of
 * instruction), said as "about" wherever it is shown.
 */
export const LANGUAGE_MONTHS_PER_LEVEL = 4;

/**
 * Soft constraints lower a target's standardised closeness a little; they
 * never remove it. Language: this much per missing CLB level, at most
 * LANGUAGE_PENALTY_MAX (siblings in NOC sit two to three standard
 * deviations above the mean, so a language gap never sends a physician's
 * health options below unrelated work). Time and money: up to
 * BUDGET_PENALTY_MAX each, in proportion to how far the need exceeds the budget.
 */
export const LANGUAGE_PENALTY_PER_LEVEL = 0.1;
export const LANGUAGE_PENALTY_MAX = 0.5;
export const BUDGET_PENALTY_MAX = 0.5;

/** Skills used to estimate the language a job asks for. */
export const COMMUNICATION_DESCRIPTORS: readonly string[] = ["F01a01", "F01a02", "F01a03", "F01b01", "F01b02"];

/** Abilities summarised as one line of "physical demands" in gaps (OaSIS A02: strength, flexibility, balance, endurance). */
export const PHYSICAL_PREFIX = "A02";

/** Province and territory names for explanations, in English and French (with the French preposition: "en Alberta", "au Québec"). */
export const PROVINCE_NAMES: Readonly<Record<string, { en: string; fr: string; frIn: string }>> = {
  NL: { en: "Newfoundland and Labrador", fr: "Terre-Neuve-et-Labrador", frIn: "à Terre-Neuve-et-Labrador" },
  PE: { en: "Prince Edward Island", fr: "Île-du-Prince-Édouard", frIn: "à l'Île-du-Prince-Édouard" },
  NS: { en: "Nova Scotia", fr: "Nouvelle-Écosse", frIn: "en Nouvelle-Écosse" },
  NB: { en: "New Brunswick", fr: "Nouveau-Brunswick", frIn: "au Nouveau-Brunswick" },
  QC: { en: "Quebec", fr: "Québec", frIn: "au Québec" },
  ON: { en: "Ontario", fr: "Ontario", frIn: "en Ontario" },
  MB: { en: "Manitoba", fr: "Manitoba", frIn: "au Manitoba" },
  SK: { en: "Saskatchewan", fr: "Saskatchewan", frIn: "en Saskatchewan" },
  AB: { en: "Alberta", fr: "Alberta", frIn: "en Alberta" },
  BC: { en: "British Columbia", fr: "Colombie-Britannique", frIn: "en Colombie-Britannique" },
  YT: { en: "Yukon", fr: "Yukon", frIn: "au Yukon" },
  NT: { en: "Northwest Territories", fr: "Territoires du Nord-Ouest", frIn: "dans les Territoires du Nord-Ouest" },
  NU: { en: "Nunavut", fr: "Nunavut", frIn: "au Nunavut" },
};
