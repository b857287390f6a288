import { z } from "zod";
import { CHOICES, OUTCOMES } from "@/lib/journeys/schema";
import { QUESTION_IDS } from "@/lib/journeys/questions";
import { PROVINCES } from "@/lib/matching/profile";
import { cleanText } from "@/lib/api/parse";

/**
 * What a counsellor gives to run a match report, checked the same way from
 * the workspace form and the JSON API. Anything left out comes from the
 * client file (profession, provinces, language level); the rest is what the
 * journeys ask: the twelve plain questions on the level they worked at
 * ("less / about the same / more" than their profession's usual level), and
 * their constraints.
 */

export const DECISIONS = ["shortlisted", "set-aside", "open"] as const;
export type Decision = (typeof DECISIONS)[number];

const questionId = z.enum(QUESTION_IDS as [string, ...string[]], { error: "One of the self-assessment questions." });

export const reportConstraintsSchema = z.strictObject({
  /** Most months of retraining the client can put in (0: none). */
  retrainingMonths: z.number({ error: "Months from 0 to 120." }).int({ error: "Months from 0 to 120." }).min(0, { error: "Months from 0 to 120." }).max(120, { error: "Months from 0 to 120." }).optional(),
  /** Most the client can spend on retraining, CAD. */
  retrainingBudget: z
    .number({ error: "An amount from 0 to 500000." })
    .int({ error: "An amount from 0 to 500000." })
    .min(0, { error: "An amount from 0 to 500000." })
    .max(500_000, { error: "An amount from 0 to 500000." })
    .optional(),
  /** False leaves out work that needs a licence or registration. */
  acceptRegulated: z.boolean({ error: "true or false." }).default(true),
});

export const reportInputSchema = z.strictObject({
  /** NOC 2021 unit group they trained in; the client file's when left out. */
  origin: z.string().regex(/^\d{5}$/, { error: "A NOC 2021 unit group: five digits, e.g. 31301." }).optional(),
  /** Where they can live and work; the client file's when left out. */
  provinces: z.array(z.enum(PROVINCES, { error: "A province or territory code, e.g. ON." })).max(PROVINCES.length).optional(),
  /** CLB (or NCLC) in the language they would work in; the file's higher level when left out. */
  languageClb: z.number({ error: "A level from 1 to 12." }).int({ error: "A level from 1 to 12." }).min(1, { error: "A level from 1 to 12." }).max(12, { error: "A level from 1 to 12." }).optional(),
  /** The self-assessment: question id -> less | about | more than the profession's usual level. */
  choices: z.partialRecord(questionId, z.enum(CHOICES, { error: "less, about or more." })).default({}),
  constraints: reportConstraintsSchema.default({ acceptRegulated: true }),
  /** The outcome of a credential assessment for their own profession, when they had one. */
  assessment: z.enum(OUTCOMES, { error: `One of ${OUTCOMES.join(", ")}.` }).optional(),
});
export type ReportInput = z.output<typeof reportInputSchema>;

/** The answers a report ran with, defaults from the client file filled in (kept with the report). */
export interface ReportAnswers {
  origin: string;
  provinces: string[];
  languageClb: number | null;
  choices: Partial<Record<string, (typeof CHOICES)[number]>>;
  constraints: { retrainingMonths: number | null; retrainingBudget: number | null; acceptRegulated: boolean };
  assessment: (typeof OUTCOMES)[number] | null;
}

export const decisionSchema = z.strictObject({
  decision: z.enum(DECISIONS, { error: `One of ${DECISIONS.join(", ")}.` }),
  reason: cleanText().pipe(z.string().trim().max(300, { error: "At most 300 characters." })).optional(),
  note: cleanText().pipe(z.string().trim().max(2000, { error: "At most 2000 characters." })).optional(),
});
export type DecisionInput = z.output<typeof decisionSchema>;

export const SHARE_LOCALES = ["en", "fr"] as const;
export type ShareLocale = (typeof SHARE_LOCALES)[number];

export const shareSchema = z.strictObject({
  locale: z.enum(SHARE_LOCALES, { error: "en or fr." }),
  expiresInDays: z
    .number({ error: "Days from 1 to 90." })
    .int({ error: "Days from 1 to 90." })
    .min(1, { error: "Days from 1 to 90." })
    .max(90, { error: "Days from 1 to 90." })
    .default(30),
});
export type ShareInput = z.output<typeof shareSchema>;

/** NOC 2021 unit group code of an option, as it appears in addresses. */
export const optionCodeSchema = z.string().regex(/^\d{5}$/, { error: "A NOC 2021 unit group: five digits." });
