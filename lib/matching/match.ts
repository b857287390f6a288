import { assert } from "./assert";
import { DEFAULT_EXPLAIN_TOP } from "./constants";
import { describeFit } from "./detail";
import type { Bilingual, CuratedOption } from "./input";
import { kindOf } from "./classify";
import { licenceNeeded, provinceFacts } from "./licensing";
import { INVALID_OPTION } from "./messages";
import { personVector, resolveOrigin } from "./person";
import type { PersonProfile } from "./profile";
import { estimateRetraining, languageStep, neededClb, reachOf } from "./reach";
import { scoreOf, scoreTargets } from "./score";
import { explainedTarget, rankedTarget, round4 } from "./target";
import type { AlternativeKind, AssessmentOutcome, ConstraintFlag, MatchResult, MatchTarget, OwnProfession, PreparedData } from "./types";

export interface MatchOptions {
  /** Most results to return (all by default); the ranking always covers every occupation. */
  limit?: number;
  /** How many of the top results get transfers, gaps, labels and an explanation (default 20). */
  explainTop?: number;
  /** Language of each result's `title`; explanations always come in both. */
  locale?: "en" | "fr";
  /** Only these target codes (e.g. to explain one pair); every other occupation is skipped. */
  targets?: readonly string[];
  /**
   * Merge the origin profession guide's curated options into the list
   * (default true): each is returned and explained wherever it ranks, and
   * every result says whether it comes from the guide, the ranking or both.
   */
  curated?: boolean;
}

const isCount = (value: number | undefined) => value === undefined || value === Infinity || (Number.isInteger(value) && value >= 0);

const percent = (x: number) => Math.round(x * 100);

/** What to say about the person's own profession, given the outcome of their assessment. */
function ownStatement(title: Bilingual, coverage: number, assessment: AssessmentOutcome | null): { readiness: number | null; statement: Bilingual } {
  const p = percent(coverage);
  const estimate: Bilingual = {
    en: `Estimated from your profession and your answers, you meet about ${p}% of the competencies ${title.en} ask for in Canada.`,
    fr: `D'après votre profession et vos réponses, vous répondez à environ ${p} % des compétences demandées au Canada (${title.fr}).`,
  };
  switch (assessment) {
    case "not-eligible":
      return {
        readiness: null,
        statement: {
          en: "Your assessment found you not eligible for now. You can ask the assessing body for its reasons and for a review; the regulator's finding counts, not an estimate. Meanwhile, the options below use what you already know.",
          fr: "Votre évaluation a conclu que vous n'êtes pas admissible pour le moment. Vous pouvez demander à l'organisme ses motifs et une révision; c'est sa décision qui compte, pas une estimation. En attendant, les options ci-dessous mettent à profit ce que vous savez déjà.",
        },
      };
    case "gaps":
      return {
        readiness: null,
        statement: {
          en: "Your assessment named gaps to fill before a licence: the regulator's plan is your route, and Parallel does not estimate how close you are. The options below can keep you working near your field meanwhile.",
          fr: "Votre évaluation a relevé des écarts à combler avant le permis : le plan de l'organisme est votre parcours, et Parallel n'estime pas votre avancement. Les options ci-dessous peuvent vous garder près de votre domaine entre-temps.",
        },
      };
    case "conditions":
      return {
        readiness: coverage,
        statement: {
          en: `Your assessment found you eligible with conditions: meeting them is your route to the licence. ${estimate.en}`,
          fr: `Votre évaluation a conclu que vous êtes admissible sous conditions : les remplir est votre parcours vers le permis. ${estimate.fr}`,
        },
      };
    case "eligible":
      return {
        readiness: coverage,
        statement: {
          en: `Your assessment found you eligible: the next step is the licence itself. ${estimate.en}`,
          fr: `Votre évaluation a conclu que vous êtes admissible : la prochaine étape est le permis lui-même. ${estimate.fr}`,
        },
      };
    default:
      return {
        readiness: coverage,
        statement: {
          en: `${estimate.en} Whether you can practise is decided by the regulator, not by this estimate.`,
          fr: `${estimate.fr} C'est l'organisme de réglementation qui décide si vous pouvez exercer, pas cette estimation.`,
        },
      };
  }
}

/**
 * Ranks every occupation except the origin for one person, by standardised
 * closeness after soft constraints (descending), then code. Hard
 * constraints (no licensed work, TEER range) remove targets; soft ones
 * (language, time, money) lower them a little and flag them, never remove
 * them. The top `explainTop` results, and every curated option of the
 * origin's profession guide, carry transfers, gaps, labels, licensing or
 * retraining, the language step and a bilingual explanation. Pure: neither
 * argument is changed.
 */
export function match(prepared: PreparedData, profile: PersonProfile, options: MatchOptions = {}): MatchResult {
  assert(isCount(options.limit) && isCount(options.explainTop), INVALID_OPTION);
  assert(options.locale === undefined || options.locale === "en" || options.locale === "fr", INVALID_OPTION);
  const limit = options.limit ?? Infinity;
  const explainTop = options.explainTop ?? DEFAULT_EXPLAIN_TOP;
  const locale = options.locale ?? "en";
  const constraints = profile.constraints ?? { acceptRegulated: true };
  const { languageClb, teerRange } = constraints;
  const chosen = constraints.provinces ?? [];
  const budgets = constraints.retrainingMonths !== undefined || constraints.retrainingBudget !== undefined;

  const origin = resolveOrigin(prepared, profile.origin);
  const adjustments = profile.adjustments ?? {};
  const person = personVector(prepared, origin.levels, adjustments);
  const answered = new Set(Object.keys(adjustments).map((code) => prepared.descriptorIndex.get(code)!));
  const scores = scoreTargets(prepared, origin, person);
  const own = describeFit(prepared, person, origin.levels, answered);
  const coverage = round4(own.coverage);
  const home = prepared.occupations[origin.occupation]!;
  const assessment = profile.assessment?.outcome ?? null;
  const { readiness, statement } = ownStatement({ en: home.titleEn.toLowerCase(), fr: home.titleFr.toLowerCase() }, coverage, assessment);

  const guide = options.curated === false ? undefined : prepared.guides.get(home.code);
  const curated = new Map<string, CuratedOption>();
  for (const option of guide?.curated ?? []) if (!curated.has(option.code)) curated.set(option.code, option);

  const { occupations } = prepared;
  const n = occupations.length;
  const only = options.targets ? new Set(options.targets) : null;
  const score = new Float64Array(n);
  const flags = new Map<number, ConstraintFlag[]>();
  const kinds: AlternativeKind[] = new Array(n);
  const licensed = new Uint8Array(n);
  const keys = new Float64Array(n);
  let count = 0;
  for (let b = 0; b < n; b++) {
    const target = occupations[b]!;
    if (b === origin.occupation) continue;
    if (only && !only.has(target.code)) continue;
    const needsLicence = target.licence.scope !== "none" && (chosen.length === 0 || licenceNeeded(target, provinceFacts(target, chosen)));
    if (!constraints.acceptRegulated && needsLicence) continue;
    if (teerRange && (target.teer < teerRange[0] || target.teer > teerRange[1])) continue;
    licensed[b] = needsLicence ? 1 : 0;
    let value = scores.blend[b]!;
    if (languageClb !== undefined || budgets) {
      const step = languageStep(neededClb(prepared.languageDemand[b]!, needsLicence), languageClb);
      const needs = budgets ? routeNeeds(prepared, b, needsLicence, scores.coverage[b]!) : { months: null, cost: null };
      const reach = reachOf(step, needs, constraints);
      value -= reach.penalty;
      if (reach.flags.length) flags.set(b, reach.flags);
    }
    // Sort keys (10^4 - score in 10^-4 steps) x n + index: ascending order is
    // score descending, then index (= code, see prepare) ascending.
    const steps = Math.round(scoreOf(value) * 1e4);
    score[b] = steps / 1e4;
    kinds[b] = kindOf(home, target, scores.closeness[b]!, prepared.cuts);
    keys[count++] = (1e4 - steps) * n + b;
  }
  const ordered = keys.subarray(0, count).sort();

  // The top `limit`, then every curated option the filters kept, in ranking
  // order. Built in one pass with no intermediate objects: with no limit this
  // runs for every occupation, and per-result garbage is most of its cost.
  const results: MatchTarget[] = [];
  const curatedCount = curated.size;
  const last = Math.min(ordered.length, limit);
  const end = curatedCount > 0 ? ordered.length : last;
  const noFlags = flags.size === 0;
  for (let rank = 0; rank < end; rank++) {
    const b = ordered[rank]! % n;
    const target = occupations[b]!;
    const option = curatedCount > 0 ? (curated.get(target.code) ?? null) : null;
    if (rank >= last && !option) continue;
    const source = option ? (rank < limit ? "both" : "curated") : "computed";
    const ranked = rankedTarget(prepared, scores, b, score[b]!, kinds[b]!, noFlags ? [] : (flags.get(b) ?? []), source, locale);
    if (rank >= explainTop && !option) {
      results.push(ranked);
      continue;
    }
    const facts = provinceFacts(target, chosen);
    const needsLicence = licensed[b] === 1;
    results.push(
      explainedTarget({
        prepared,
        scores,
        ranked,
        b,
        origin: origin.occupation,
        originVector: origin,
        originCode: home.code,
        person,
        answered,
        readiness: coverage,
        kind: kinds[b]!,
        licensed: needsLicence,
        language: languageStep(neededClb(prepared.languageDemand[b]!, needsLicence), languageClb),
        provinces: facts,
        curated: option,
      }),
    );
  }

  const ownProfession: OwnProfession = {
    code: home.code,
    titleEn: home.titleEn,
    titleFr: home.titleFr,
    teer: home.teer,
    regulated: home.regulated,
    readiness,
    assessment,
    statement,
    gaps: own.gaps,
    gapCount: own.gapCount,
  };
  return {
    engineVersion: prepared.engineVersion,
    dataVersion: prepared.dataVersion,
    threshold: prepared.threshold,
    origin: { code: profile.origin, unitGroup: home.code },
    ownProfession,
    total: count,
    results,
  };
}

/** What entering target `b` asks of time and money: the estimate without a licence, the guide's route with one (null when unknown). */
function routeNeeds(prepared: PreparedData, b: number, needsLicence: boolean, coverage: number): { months: number | null; cost: number | null } {
  const target = prepared.occupations[b]!;
  if (!needsLicence) {
    const estimate = estimateRetraining(target, coverage);
    return { months: estimate.months, cost: estimate.costCad };
  }
  const guide = prepared.guides.get(target.code);
  if (!guide) return { months: null, cost: null };
  const costed = guide.steps.filter((s) => s.minCost !== null);
  return {
    months: guide.steps.reduce((sum, s) => sum + s.minMonths, 0),
    cost: costed.length ? costed.reduce((sum, s) => sum + s.minCost!, 0) : null,
  };
}
