import { z } from "zod";
import { PROVINCES } from "@/lib/matching/profile";
import { LANGUAGE_TESTS, SKILLS, isValidScore, type LanguageTest } from "./clb";

/**
 * The two journeys, their steps and the zod schemas of every step. Error
 * messages are message keys (`journeys.errors.<key>`), so the page shows
 * them in its own language.
 */

export const JOURNEY_KINDS = ["pre-arrival", "post-assessment"] as const;
export type JourneyKind = (typeof JOURNEY_KINDS)[number];

export const STEPS = {
  "pre-arrival": ["profession", "plans", "reality", "competencies", "results", "roadmap"],
  "post-assessment": ["profession", "assessment", "plans", "competencies", "results", "roadmap"],
} as const satisfies Record<JourneyKind, readonly string[]>;
export type StepId = (typeof STEPS)[JourneyKind][number];

/** Steps that only show information: nothing to validate, "Continue" always works (the results step keeps the options put on the roadmap). */
export const DISPLAY_STEPS: readonly StepId[] = ["reality", "roadmap"];

export function stepsOf(kind: JourneyKind): readonly StepId[] {
  return STEPS[kind];
}

export function isStep(kind: JourneyKind, value: unknown): value is StepId {
  return typeof value === "string" && (STEPS[kind] as readonly string[]).includes(value);
}

export const OUTCOMES = ["eligible", "conditions", "gaps", "not-eligible"] as const;
export const GAP_TYPES = ["exams", "courses", "supervisedPractice", "language"] as const;
export const CHOICES = ["less", "about", "more"] as const;
export type Choice = (typeof CHOICES)[number];

const blankToUndefined = (v: unknown) => (v === "" || v === null || v === undefined ? undefined : v);

/**
 * A number typed in a form: digits, with an optional decimal part (whole
 * number fields then say "no decimals"). `Number()` alone would also take
 * "0x10", "1e1" or "Infinity"; those become NaN here, refused as "not a number".
 */
function formNumber(v: unknown): unknown {
  if (typeof v !== "string") return v;
  return /^-?\d{1,9}(\.\d{1,3})?$/.test(v) ? Number(v) : Number.NaN;
}

/** No NUL or other control characters in stored text (PostgreSQL refuses NUL in JSON). */
const NO_CONTROL = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/** A required whole number from a form field, with one message for "missing" and one for "out of range". */
function wholeNumber(min: number, max: number, range: string) {
  return z.preprocess(
    (v) => {
      const b = blankToUndefined(typeof v === "string" ? v.trim() : v);
      return b === undefined ? undefined : formNumber(b);
    },
    z.number({ error: (issue) => (issue.input === undefined ? "required" : "number") }).int({ error: "wholeNumber" }).min(min, { error: range }).max(max, { error: range }),
  );
}

function optionalWholeNumber(min: number, max: number, range: string) {
  return z.preprocess(
    (v) => {
      const b = blankToUndefined(typeof v === "string" ? v.trim() : v);
      return b === undefined ? undefined : formNumber(b);
    },
    z.number({ error: "number" }).int({ error: "wholeNumber" }).min(min, { error: range }).max(max, { error: range }).optional(),
  );
}

const yesNo = z.preprocess((v) => (v === "yes" ? true : v === "no" ? false : v), z.boolean({ error: "chooseOne" }));

// Step (a): the profession.
export function professionSchema(now: Date = new Date()) {
  const year = now.getUTCFullYear();
  return z
    .object({
      occupation: z.string({ error: "occupationRequired" }).regex(/^\d{5}$/, { error: "occupationRequired" }),
      occupationTitle: z.string().trim().max(200).regex(NO_CONTROL).default(""),
      country: z.string({ error: "countryRequired" }).trim().min(2, { error: "countryRequired" }).max(80, { error: "tooLong" }).regex(NO_CONTROL, { error: "invalid" }),
      yearsPractised: wholeNumber(0, 60, "yearsRange"),
      lastPractised: wholeNumber(1950, year, "lastPractisedRange"),
    })
    .strip();
}
export type ProfessionAnswers = z.output<ReturnType<typeof professionSchema>>;

// Step (b): provinces, arrival and language.
const scoreField = z.preprocess((v) => {
  const b = blankToUndefined(typeof v === "string" ? v.trim().replace(",", ".") : v);
  return b === undefined ? undefined : formNumber(b);
}, z.number({ error: "number" }).optional());

export function plansSchema(now: Date = new Date()) {
  const year = now.getUTCFullYear();
  return z
    .object({
      provinces: z.preprocess(
        (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
        z.array(z.enum(PROVINCES, { error: "provincesRequired" })).min(1, { error: "provincesRequired" }).max(PROVINCES.length, { error: "provincesRequired" }),
      ),
      arrivalMonth: optionalWholeNumber(1, 12, "monthRange"),
      arrivalYear: optionalWholeNumber(year, year + 10, "arrivalYearRange"),
      test: z.enum(["none", ...LANGUAGE_TESTS], { error: "chooseOne" }),
      listening: scoreField,
      reading: scoreField,
      writing: scoreField,
      speaking: scoreField,
    })
    .strip()
    // Runs even when other fields failed, so every problem shows at once; the values may then be raw.
    .superRefine(
      (value, ctx) => {
        const month = typeof value.arrivalMonth === "number" ? value.arrivalMonth : undefined;
        const year = typeof value.arrivalYear === "number" ? value.arrivalYear : undefined;
        if ((month === undefined) !== (year === undefined)) {
          ctx.addIssue({ code: "custom", path: [month === undefined ? "arrivalMonth" : "arrivalYear"], message: "arrivalBoth" });
        }
        const test = value.test as string;
        if (!(LANGUAGE_TESTS as readonly string[]).includes(test)) return;
        for (const skill of SKILLS) {
          const score = value[skill];
          if (score === undefined) ctx.addIssue({ code: "custom", path: [skill], message: "scoreRequired" });
          else if (typeof score === "number" && !isValidScore(test as LanguageTest, skill, score)) ctx.addIssue({ code: "custom", path: [skill], message: `score.${test}.${skill}` });
        }
      },
      { when: () => true },
    );
}
export type PlansAnswers = z.output<ReturnType<typeof plansSchema>>;

// Post-assessment: what the credential assessment said.
export const assessmentSchema = z
  .object({
    body: z.string({ error: "bodyRequired" }).trim().min(2, { error: "bodyRequired" }).max(120, { error: "tooLong" }).regex(NO_CONTROL, { error: "invalid" }),
    outcome: z.enum(OUTCOMES, { error: "outcomeRequired" }),
    gaps: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(GAP_TYPES)).max(GAP_TYPES.length)),
    details: z.string().trim().max(1000, { error: "tooLong" }).regex(NO_CONTROL, { error: "invalid" }).default(""),
  })
  .strip()
  .superRefine(
    (value, ctx) => {
      if ((value.outcome === "conditions" || value.outcome === "gaps") && Array.isArray(value.gaps) && value.gaps.length === 0) {
        ctx.addIssue({ code: "custom", path: ["gaps"], message: "gapsRequired" });
      }
    },
    { when: () => true },
  );
export type AssessmentAnswers = z.output<typeof assessmentSchema>;

// Step (d): competencies and constraints.
export const constraintsAnswersSchema = z
  .object({
    retrainingMonths: wholeNumber(0, 120, "monthsRange"),
    retrainingBudget: wholeNumber(0, 500_000, "budgetRange"),
    dependants: wholeNumber(0, 20, "dependantsRange"),
    willingToMove: yesNo,
    willingToRetrain: yesNo,
    acceptRegulated: yesNo,
  })
  .strip();
export type ConstraintsAnswers = z.output<typeof constraintsAnswersSchema>;

/** The self-assessment never lists more descriptors than this. */
export const MAX_COMPETENCIES = 200;
const boundedRecord = <T extends z.ZodRecord>(schema: T) =>
  schema.refine((r) => Object.keys(r as object).length <= MAX_COMPETENCIES, { error: "tooLong" });

/** Choices by question id (`care`); drafts saved before the questions kept them by OaSIS descriptor code. */
export const competencyChoicesSchema = boundedRecord(z.record(z.string().regex(/^([a-z]{2,20}|[A-Z]\d{2}[a-z]\d{2}(\.\d)?)$/), z.enum(CHOICES, { error: "chooseOne" })));

/** What the self-assessment keeps: the choices, and the levels they mean for the engine. */
export const competenciesAnswersSchema = z.object({
  choices: competencyChoicesSchema,
  adjustments: boundedRecord(z.record(z.string().regex(/^[A-Z]\d{2}[a-z]\d{2}(\.\d)?$/), z.number().min(0).max(5))),
  constraints: constraintsAnswersSchema,
});
export type CompetenciesAnswers = z.output<typeof competenciesAnswersSchema>;

/** The options (NOC codes) the person put on their roadmap from the results step. */
export const MAX_CHOSEN_OPTIONS = 6;
export const chosenOptionsSchema = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().regex(/^\d{5}$/, { error: "invalid" })).max(MAX_CHOSEN_OPTIONS, { error: "tooManyOptions" }).transform((codes) => [...new Set(codes)]),
);

/** Everything a journey may hold; every write to the database is checked with it. */
export const answersSchema = z.strictObject({
  profession: z.object({
    occupation: z.string().regex(/^\d{5}$/),
    occupationTitle: z.string().max(200).regex(NO_CONTROL),
    country: z.string().min(2).max(80).regex(NO_CONTROL),
    yearsPractised: z.number().int().min(0).max(60),
    lastPractised: z.number().int().min(1950).max(2100),
  }).optional(),
  plans: z.object({
    provinces: z.array(z.enum(PROVINCES)).min(1).max(PROVINCES.length),
    arrivalMonth: z.number().int().min(1).max(12).optional(),
    arrivalYear: z.number().int().min(2000).max(2100).optional(),
    test: z.enum(["none", ...LANGUAGE_TESTS]),
    listening: z.number().optional(),
    reading: z.number().optional(),
    writing: z.number().optional(),
    speaking: z.number().optional(),
  }).optional(),
  assessment: z.object({
    body: z.string().min(2).max(120).regex(NO_CONTROL),
    outcome: z.enum(OUTCOMES),
    gaps: z.array(z.enum(GAP_TYPES)).max(GAP_TYPES.length),
    details: z.string().max(1000).regex(NO_CONTROL),
  }).optional(),
  competencies: competenciesAnswersSchema.optional(),
  options: z.array(z.string().regex(/^\d{5}$/)).max(MAX_CHOSEN_OPTIONS).optional(),
});
export type JourneyAnswers = z.output<typeof answersSchema>;

/** The answer a step writes, by step id. */
export const ANSWER_KEY: Partial<Record<StepId, keyof JourneyAnswers>> = {
  profession: "profession",
  plans: "plans",
  assessment: "assessment",
  competencies: "competencies",
};

/** Field -> message key, the first issue per field. */
export type FieldErrors = Record<string, string>;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "form";
    if (!(field in out)) out[field] = issue.message;
  }
  return out;
}

/** The first step whose answers are missing, or null when every input step is done. */
export function firstIncomplete(kind: JourneyKind, answers: JourneyAnswers): StepId | null {
  for (const step of STEPS[kind]) {
    const key = ANSWER_KEY[step];
    if (key && answers[key] === undefined) return step;
  }
  return null;
}

/** A step may be shown when every input step before it is answered. */
export function canShow(kind: JourneyKind, step: StepId, answers: JourneyAnswers): boolean {
  const steps = STEPS[kind] as readonly StepId[];
  const missing = firstIncomplete(kind, answers);
  return missing === null || steps.indexOf(step) <= steps.indexOf(missing);
}
