import type { z } from "zod";
import { QUESTION_IDS, questionField } from "@/lib/journeys/questions";
import type { ReportAnswers } from "./schema";

/**
 * The "run a new report" form: its fields as the page names them, turned
 * into the API's input (checked by the same schema), and back (a refused
 * form keeps what was typed: the values travel in the address, which holds
 * no name or contact, only the form's choices and numbers).
 */

export type ReportFormValues = Record<string, string | string[]>;

/** Field names of the form; question fields are `q.<question id>`. */
export const RUN_FIELDS = ["origin", "provinces", "languageClb", "retrainingMonths", "retrainingBudget", "acceptRegulated", "assessment", ...QUESTION_IDS.map(questionField)] as const;

const text = (v: string | string[] | undefined) => (typeof v === "string" ? v.trim() : "");

/** "" -> left out; digits -> a number; anything else -> NaN (refused as "not a number"). */
function numberField(v: string | string[] | undefined): number | undefined {
  const s = text(v);
  if (s === "") return undefined;
  return /^\d{1,9}$/.test(s) ? Number(s) : Number.NaN;
}

/** Form values -> the input `reportInputSchema` checks. */
export function formInput(values: ReportFormValues): unknown {
  const provinces = values.provinces === undefined ? [] : Array.isArray(values.provinces) ? values.provinces : [values.provinces];
  const choices: Record<string, string> = {};
  for (const id of QUESTION_IDS) {
    const v = text(values[questionField(id)]);
    if (v) choices[id] = v;
  }
  const origin = text(values.origin);
  const assessment = text(values.assessment);
  const months = numberField(values.retrainingMonths);
  const budget = numberField(values.retrainingBudget);
  const clb = numberField(values.languageClb);
  return {
    ...(origin ? { origin } : {}),
    provinces,
    ...(clb !== undefined ? { languageClb: clb } : {}),
    choices,
    constraints: {
      ...(months !== undefined ? { retrainingMonths: months } : {}),
      ...(budget !== undefined ? { retrainingBudget: budget } : {}),
      acceptRegulated: text(values.acceptRegulated) !== "no",
    },
    ...(assessment ? { assessment } : {}),
  };
}

/** The form fields a schema error concerns (one name per field, as the page names them). */
export function errorFields(error: z.ZodError): string[] {
  const out = new Set<string>();
  for (const issue of error.issues) {
    const [first, second] = issue.path.map(String);
    if (first === "constraints" && second) out.add(second);
    else if (first === "choices") out.add("choices");
    else if (first) out.add(first);
  }
  return [...out];
}

/** The answers a report ran with, as form values (to prefill the next run). */
export function answersToValues(answers: ReportAnswers): ReportFormValues {
  const values: ReportFormValues = {
    origin: answers.origin,
    provinces: answers.provinces,
    languageClb: answers.languageClb === null ? "" : String(answers.languageClb),
    retrainingMonths: answers.constraints.retrainingMonths === null ? "" : String(answers.constraints.retrainingMonths),
    retrainingBudget: answers.constraints.retrainingBudget === null ? "" : String(answers.constraints.retrainingBudget),
    acceptRegulated: answers.constraints.acceptRegulated ? "yes" : "no",
    assessment: answers.assessment ?? "",
  };
  for (const [id, choice] of Object.entries(answers.choices)) if (choice) values[questionField(id)] = choice;
  return values;
}

/** Form values from an address's query (only the form's own fields, bounded). */
export function valuesFromQuery(query: Record<string, string | string[] | undefined>): ReportFormValues | null {
  if (query.invalid === undefined) return null;
  const out: ReportFormValues = {};
  for (const field of RUN_FIELDS) {
    const v = query[field];
    if (v === undefined) continue;
    out[field] = Array.isArray(v) ? v.slice(0, 20).map((x) => x.slice(0, 20)) : v.slice(0, 20);
  }
  return out;
}

/** Form values as an address query, with the refused fields. */
export function valuesToQuery(values: ReportFormValues, invalid: string[]): URLSearchParams {
  const query = new URLSearchParams();
  for (const field of RUN_FIELDS) {
    const v = values[field];
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v.slice(0, 20) : [v]) query.append(field, item.slice(0, 20));
  }
  query.set("invalid", invalid.join(",").slice(0, 200));
  return query;
}
