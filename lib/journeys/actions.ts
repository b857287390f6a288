"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getOccupation } from "@/lib/occupations/detail";
import { questionBaseline } from "./competencies";
import { savedHref, stepHref } from "./paths";
import { QUESTIONS, questionAdjustments, questionField } from "./questions";
import {
  assessmentSchema,
  canShow,
  CHOICES,
  chosenOptionsSchema,
  constraintsAnswersSchema,
  DISPLAY_STEPS,
  fieldErrors,
  firstIncomplete,
  isStep,
  JOURNEY_KINDS,
  plansSchema,
  professionSchema,
  stepsOf,
  type Choice,
  type FieldErrors,
  type JourneyAnswers,
  type JourneyKind,
  type StepId,
} from "./schema";
import { boundedFlash, MAX_FIELD_NAME } from "./flash";
import { clearFlash, clearJourneyCookie, currentJourney, setFlash, setJourneyCookie } from "./session";
import { createJourney, deleteJourney, loadJourney, saveJourney } from "./store";
import { isToken } from "./token";

/**
 * Server actions behind the journey forms. Each form is a plain
 * `<form method="post">` (React renders the action), so everything works
 * without JavaScript: the action validates, saves, and redirects (303) to
 * the next step, or back to the same step with the errors in a flash cookie.
 */

const baseSchema = z.object({
  kind: z.enum(JOURNEY_KINDS),
  locale: z.enum(["en", "fr"]),
  step: z.string(),
  intent: z.enum(["next", "back"]).default("next"),
});

/** Bounds on what a step reads from a form, whatever is posted. */
const MAX_FORM_FIELDS = 300;
const MAX_VALUES_PER_FIELD = 20;
const MAX_VALUE_LENGTH = 2000;

function formValues(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION") || key.length > MAX_FIELD_NAME) continue;
    if (Object.keys(out).length >= MAX_FORM_FIELDS) break;
    const all = formData
      .getAll(key)
      .filter((v): v is string => typeof v === "string")
      .slice(0, MAX_VALUES_PER_FIELD)
      .map((v) => v.slice(0, MAX_VALUE_LENGTH));
    out[key] = all.length > 1 || key === "provinces" || key === "gaps" || key === "option" ? all : (all[0] ?? "");
  }
  return out;
}


type StepResult = { ok: true; answers: JourneyAnswers } | { ok: false; errors: FieldErrors };

async function applyStep(step: StepId, values: Record<string, string | string[]>, answers: JourneyAnswers, locale: "en" | "fr"): Promise<StepResult> {
  switch (step) {
    case "profession": {
      const parsed = professionSchema().safeParse(values);
      if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
      const occupation = await getOccupation(parsed.data.occupation, locale);
      if (!occupation) return { ok: false, errors: { occupation: "occupationRequired" } };
      parsed.data.occupationTitle = occupation.title;
      const changed = answers.profession?.occupation !== parsed.data.occupation;
      const next: JourneyAnswers = { ...answers, profession: parsed.data };
      if (changed) delete next.competencies;
      return { ok: true, answers: next };
    }
    case "plans": {
      const parsed = plansSchema().safeParse(values);
      if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
      return { ok: true, answers: { ...answers, plans: parsed.data } };
    }
    case "assessment": {
      const parsed = assessmentSchema.safeParse(values);
      if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
      return { ok: true, answers: { ...answers, assessment: parsed.data } };
    }
    case "competencies": {
      const occupation = answers.profession?.occupation;
      const baseline = occupation ? await questionBaseline(occupation) : new Map();
      const choices: Record<string, Choice> = {};
      const errors: FieldErrors = {};
      for (const { id } of QUESTIONS) {
        const value = values[questionField(id)];
        if (typeof value === "string" && (CHOICES as readonly string[]).includes(value)) choices[id] = value as Choice;
        else errors[questionField(id)] = "chooseOne";
      }
      const constraints = constraintsAnswersSchema.safeParse(values);
      if (!constraints.success) Object.assign(errors, fieldErrors(constraints.error));
      if (!constraints.success || Object.keys(errors).length) return { ok: false, errors };
      return {
        ok: true,
        answers: { ...answers, competencies: { choices, adjustments: questionAdjustments(choices, baseline), constraints: constraints.data } },
      };
    }
    case "results": {
      // The options put on the roadmap (none is a valid answer).
      const parsed = chosenOptionsSchema.safeParse(values.option);
      if (!parsed.success) return { ok: false, errors: { option: parsed.error.issues[0]?.message ?? "invalid" } };
      return { ok: true, answers: { ...answers, options: parsed.data } };
    }
    default:
      return { ok: true, answers };
  }
}

export async function submitStep(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) redirect("/"); // A hand-made call with other arguments.
  const base = baseSchema.safeParse({
    kind: formData.get("kind"),
    locale: formData.get("locale"),
    step: formData.get("step"),
    intent: formData.get("intent") ?? undefined,
  });
  if (!base.success) redirect("/");
  const { kind, locale, intent } = base.data;
  const steps = stepsOf(kind);
  const step: StepId = isStep(kind, base.data.step) ? base.data.step : steps[0]!;
  const index = steps.indexOf(step);

  const current = await currentJourney(kind);
  if (intent === "back") {
    // Back does not validate or keep what was typed on this step; it only remembers where the person is.
    const previous = steps[Math.max(0, index - 1)]!;
    if (current) await saveJourney(current.token, { kind, locale, step: previous, answers: current.journey.answers });
    await clearFlash();
    redirect(stepHref(locale, kind, previous));
  }

  const answers: JourneyAnswers = current?.journey.answers ?? {};
  // Steps build on the ones before (the self-assessment needs the profession): a step posted before them is refused.
  const missing = firstIncomplete(kind, answers);
  if (missing !== null && index > steps.indexOf(missing)) {
    await setFlash({ kind, step: missing, errors: { form: "stepOrder" }, values: {} });
    redirect(`${stepHref(locale, kind, missing)}#errors`);
  }
  const values = formValues(formData);
  const result = DISPLAY_STEPS.includes(step) ? ({ ok: true, answers } as StepResult) : await applyStep(step, values, answers, locale);
  if (!result.ok) {
    await setFlash(boundedFlash({ kind, step, errors: result.errors, values }));
    // The profession step keeps its search (box and results) when the rest is rejected.
    const query = step === "profession" && typeof values.q === "string" ? values.q.trim().slice(0, 100) : "";
    redirect(`${stepHref(locale, kind, step)}${query ? `&q=${encodeURIComponent(query)}` : ""}#errors`);
  }

  const nextStep = steps[Math.min(steps.length - 1, index + 1)]!;
  const target = canShow(kind, nextStep, result.answers) ? nextStep : (firstIncomplete(kind, result.answers) ?? nextStep);
  const write = { kind, locale, step: target, answers: result.answers };
  const saved = current ? await saveJourney(current.token, write) : false;
  if (!saved) {
    const { token } = await createJourney(write);
    await setJourneyCookie(kind, token);
  } else {
    await setJourneyCookie(kind, current!.token);
  }
  await clearFlash();
  redirect(stepHref(locale, kind, target));
}

const kindForm = z.object({ kind: z.enum(JOURNEY_KINDS), locale: z.enum(["en", "fr"]) });

/** "Save and get a private link": makes sure a row exists, then shows its link. */
export async function saveLink(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) redirect("/"); // A hand-made call with other arguments.
  const parsed = kindForm.safeParse({ kind: formData.get("kind"), locale: formData.get("locale") });
  if (!parsed.success) redirect("/");
  const { kind, locale } = parsed.data;
  const current = await currentJourney(kind);
  let token = current?.token;
  if (current) {
    await saveJourney(current.token, { kind, locale, step: current.journey.step, answers: current.journey.answers });
  } else {
    token = (await createJourney({ kind, locale, step: stepsOf(kind)[0]!, answers: {} })).token;
  }
  await setJourneyCookie(kind, token!);
  redirect(savedHref(locale, token!));
}

/**
 * "Delete my answers": removes the row for good and the cookie, once the
 * person has confirmed (`confirm=yes`, sent by the confirmation page's
 * button); without it, the confirmation page is shown.
 */
export async function deleteAnswers(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) redirect("/"); // A hand-made call with other arguments.
  const parsed = kindForm.safeParse({ kind: formData.get("kind"), locale: formData.get("locale") });
  if (!parsed.success) redirect("/");
  const { kind, locale } = parsed.data;
  const given = formData.get("token");
  if (formData.get("confirm") !== "yes") redirect(isToken(given) ? `${savedHref(locale, given)}?delete=confirm` : `/${locale}/${kind}?delete=confirm`);
  const token = isToken(given) ? given : (await currentJourney(kind))?.token;
  if (token) await deleteJourney(token);
  const cookieJourney = await currentJourney(kind);
  if (!cookieJourney || cookieJourney.token === token) await clearJourneyCookie(kind);
  await clearFlash();
  redirect(`/${locale}/${kind}?deleted=1`);
}

/** Resumes a saved journey from its private link in this browser. */
export async function resumeJourney(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) redirect("/"); // A hand-made call with other arguments.
  const token = formData.get("token");
  const locale = formData.get("locale") === "fr" ? "fr" : "en";
  if (!isToken(token)) redirect(`/${locale}`);
  const journey = await loadJourney(token);
  if (!journey) redirect(savedHref(locale, token));
  await setJourneyCookie(journey.kind, token);
  const step = isStep(journey.kind, journey.step) ? journey.step : stepsOf(journey.kind)[0]!;
  redirect(stepHref(locale, journey.kind, step));
}

export type { JourneyKind };
