/**
 * Server time to compute a journey's results and roadmap:
 * `npx tsx tests/bench/journey.ts`. For many synthetic answer sets (random
 * origin, provinces, language scores, self-assessment choices and
 * constraints, both journeys), times what the results and roadmap steps do
 * on the server once the reference data is in memory: answers -> engine
 * profile (zod), the full match (60 ranked and explained), the profession
 * page lookup, grouping by path and the roadmap. Figures, not pass/fail.
 */
import { loadProfessionFiles } from "../../lib/content/load";
import { CLB_TABLES, LANGUAGE_TESTS, SKILLS } from "../../lib/journeys/clb";
import { planFrom } from "../../lib/journeys/plan";
import { adjustmentsFrom, profileFrom } from "../../lib/journeys/profile";
import { answersSchema, GAP_TYPES, OUTCOMES, type Choice, type JourneyAnswers, type JourneyKind } from "../../lib/journeys/schema";
import { match, prepare, PROVINCES, profileSchema } from "../../lib/matching";
import { readReferenceDataset } from "../../lib/reference-data/dataset";
import { toEngineInput } from "../../lib/reference-data/engine-input";
import { fmt, summarize } from "./stats";

const SETS = 400;
const WARM_UP = 20;
const RESULT_LIMIT = 60;

// A small deterministic generator, so runs compare.
let seed = 42;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const prepared = prepare(toEngineInput(readReferenceDataset()));
const pages = loadProfessionFiles();
const professionCodes = [...new Set(pages.flatMap((p) => p.frontmatter.nocCodes))];
const allCodes = prepared.occupations.map((o) => o.code);

function synthetic(i: number): { kind: JourneyKind; answers: JourneyAnswers; locale: "en" | "fr" } {
  const kind: JourneyKind = i % 2 ? "pre-arrival" : "post-assessment";
  const origin = rand() < 0.6 ? pick(professionCodes) : pick(allCodes);
  const row = prepared.occupationIndex.get(origin)!;
  const d = prepared.descriptors.length;
  const baseline = new Map<string, { level: number; scaleMax: number }>();
  const choices: Record<string, Choice> = {};
  // The self-assessment shows about 20 descriptors: take the origin's highest.
  const top = prepared.descriptors
    .map((desc, j) => ({ desc, v: prepared.matrix[row * d + j]! }))
    .filter((x) => x.desc.facet !== "workContext")
    .sort((a, b) => b.v - a.v)
    .slice(0, 20);
  for (const { desc, v } of top) {
    baseline.set(desc.code, { level: Math.round(v * desc.scaleMax * 10) / 10, scaleMax: desc.scaleMax });
    choices[desc.code] = pick(["less", "about", "about", "more"] as const);
  }
  const test = pick(["none", ...LANGUAGE_TESTS] as const);
  const scores = test === "none" ? {} : Object.fromEntries(SKILLS.map((s) => [s, pick(CLB_TABLES[test][s])]));
  const answers = answersSchema.parse({
    profession: { occupation: origin, occupationTitle: "x", country: "Somewhere", yearsPractised: 1 + Math.floor(rand() * 30), lastPractised: 2020 },
    plans: { provinces: [pick(PROVINCES), pick(PROVINCES)].filter((p, k, a) => a.indexOf(p) === k), arrivalMonth: 1 + Math.floor(rand() * 12), arrivalYear: 2027, test, ...scores },
    ...(kind === "post-assessment" ? { assessment: { body: "NNAS", outcome: pick(OUTCOMES), gaps: GAP_TYPES.filter(() => rand() < 0.5), details: "" } } : {}),
    competencies: {
      choices,
      adjustments: adjustmentsFrom(choices, baseline),
      constraints: { retrainingMonths: Math.floor(rand() * 48), retrainingBudget: Math.floor(rand() * 20000), dependants: Math.floor(rand() * 4), willingToMove: rand() < 0.5, willingToRetrain: rand() < 0.7, acceptRegulated: rand() < 0.6 },
    },
  });
  return { kind, answers, locale: i % 3 ? "en" : "fr" };
}

function compute(set: ReturnType<typeof synthetic>) {
  const profile = profileSchema.parse(profileFrom(set.answers));
  const result = match(prepared, profile, { limit: RESULT_LIMIT, explainTop: RESULT_LIMIT, locale: set.locale });
  const page = pages.find((p) => p.locale === set.locale && p.frontmatter.nocCodes.includes(profile.origin));
  return planFrom(set.kind, set.answers, result, page?.frontmatter ?? null);
}

const sets = Array.from({ length: SETS }, (_, i) => synthetic(i));
for (let i = 0; i < WARM_UP; i++) compute(sets[i]!);
const times: number[] = [];
let phases = 0;
for (const set of sets) {
  const start = performance.now();
  const plan = compute(set);
  times.push(performance.now() - start);
  phases += plan.roadmap.phases.length;
}
const s = summarize(times);
console.log(`journey results + roadmap, ${s.n} synthetic answer sets (both journeys, ${RESULT_LIMIT} results explained):`);
console.log(`  median ${fmt(s.median)} ms, p95 ${fmt(s.p95)} ms, mean ${fmt(s.mean)} ms (${phases} roadmap phases built)`);
