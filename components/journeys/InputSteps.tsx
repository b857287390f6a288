import { getTranslations } from "next-intl/server";
import { SKILLS, LANGUAGE_TESTS } from "@/lib/journeys/clb";
import { languageOf } from "@/lib/journeys/profile";
import { GAP_TYPES, OUTCOMES, CHOICES, type JourneyAnswers, type JourneyKind } from "@/lib/journeys/schema";
import { QUESTION_GROUPS, QUESTIONS, questionField } from "@/lib/journeys/questions";
import { PROVINCES } from "@/lib/matching/profile";
import type { OccupationHit } from "@/lib/occupations/search";
import { Choices, TextField, fieldId, inputClass, FieldError, describedBy, Hint } from "./ui";

type Values = Record<string, string | string[]>;
type Messages = Record<string, string>;

/** The value to show in a field: what was just sent (if rejected), else the saved answer. */
function pick(values: Values | null, name: string, saved: string | number | undefined | null): string {
  const v = values?.[name];
  if (typeof v === "string") return v;
  return saved === undefined || saved === null ? "" : String(saved);
}
function pickAll(values: Values | null, name: string, saved: readonly string[] | undefined): string[] {
  if (values) {
    const v = values[name];
    return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
  }
  return [...(saved ?? [])];
}

export async function ProfessionFields({ answers, values, errors, hits, query, preselect }: { answers: JourneyAnswers; values: Values | null; errors: Messages; hits: OccupationHit[]; query: string; preselect?: string | null }) {
  const t = await getTranslations("journeys.profession");
  const p = answers.profession;
  const options = hits.map((h) => ({ value: h.code, label: h.title, hint: h.matchedTitle ? t("matched", { title: h.matchedTitle, code: h.code }) : t("code", { code: h.code }) }));
  if (p && !options.some((o) => o.value === p.occupation)) {
    options.unshift({ value: p.occupation, label: p.occupationTitle, hint: t("code", { code: p.occupation }) });
  }
  const checked = pickAll(values, "occupation", preselect ? [preselect] : p ? [p.occupation] : options.length === 1 ? [options[0]!.value] : []);
  return (
    <>
      {options.length ? (
        <Choices name="occupation" type="radio" legend={t("choose")} options={options} checked={checked} error={errors.occupation} />
      ) : (
        <div id={fieldId("occupation")} tabIndex={-1}>
          <p>{query ? t("noHits", { query }) : t("searchFirst")}</p>
          <FieldError name="occupation" message={errors.occupation} />
        </div>
      )}
      <TextField name="country" label={t("country")} hint={t("countryHint")} autoComplete="country-name" defaultValue={pick(values, "country", p?.country)} error={errors.country} />
      <TextField name="yearsPractised" label={t("years")} inputMode="numeric" defaultValue={pick(values, "yearsPractised", p?.yearsPractised)} error={errors.yearsPractised} width="sm:w-40" />
      <TextField name="lastPractised" label={t("lastYear")} hint={t("lastYearHint")} inputMode="numeric" defaultValue={pick(values, "lastPractised", p?.lastPractised)} error={errors.lastPractised} width="sm:w-40" />
    </>
  );
}

export async function PlansFields({ kind, answers, values, errors }: { kind: JourneyKind; answers: JourneyAnswers; values: Values | null; errors: Messages }) {
  const t = await getTranslations("journeys.plans");
  const tp = await getTranslations("journeys.provinces");
  const p = answers.plans;
  const month = pick(values, "arrivalMonth", p?.arrivalMonth);
  const test = pick(values, "test", p?.test ?? "none");
  const language = languageOf(p);
  return (
    <>
      <Choices
        name="provinces"
        type="checkbox"
        columns
        legend={t("provinces")}
        hint={t("provincesHint")}
        options={PROVINCES.map((code) => ({ value: code, label: tp(code) }))}
        checked={pickAll(values, "provinces", p?.provinces)}
        error={errors.provinces}
      />
      {kind === "pre-arrival" ? (
        <fieldset className="min-w-0">
          <legend className="font-medium">{t("arrival")}</legend>
          <p className="mt-1 text-sm text-[var(--color-muted)]">{t("arrivalHint")}</p>
          <div className="mt-2 flex flex-wrap gap-4">
            <div>
              <label htmlFor={fieldId("arrivalMonth")} className="block">
                {t("month")}
              </label>
              <select id={fieldId("arrivalMonth")} name="arrivalMonth" defaultValue={month} aria-invalid={errors.arrivalMonth ? true : undefined} aria-describedby={describedBy("arrivalMonth", errors.arrivalMonth, false)} className={`${inputClass} w-48`}>
                <option value="">{t("notSure")}</option>
                {Array.from({ length: 12 }, (_, i) => (
                  <option key={i + 1} value={String(i + 1)}>
                    {t(`months.${i + 1}`)}
                  </option>
                ))}
              </select>
              <FieldError name="arrivalMonth" message={errors.arrivalMonth} />
            </div>
            <TextField name="arrivalYear" label={t("year")} inputMode="numeric" defaultValue={pick(values, "arrivalYear", p?.arrivalYear)} error={errors.arrivalYear} width="w-32" />
          </div>
        </fieldset>
      ) : null}
      <Choices
        name="test"
        type="radio"
        legend={t("test")}
        hint={t("testHint")}
        options={["none", ...LANGUAGE_TESTS].map((v) => ({ value: v, label: t(`tests.${v}`) }))}
        checked={[test]}
        error={errors.test}
      />
      <fieldset className="min-w-0">
        <legend className="font-medium">{t("scores")}</legend>
        <Hint name="scores">{t("scoresHint")}</Hint>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          {SKILLS.map((skill) => (
            <TextField key={skill} name={skill} label={t(`skills.${skill}`)} inputMode="decimal" defaultValue={pick(values, skill, p?.[skill])} error={errors[skill]} width="w-32" />
          ))}
        </div>
      </fieldset>
      {language ? (
        <div className="rounded bg-[var(--color-surface)] p-3">
          <p className="font-medium">{t("clbSaved", { clb: language.overall })}</p>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {SKILLS.map((s) => (
              <li key={s}>
                {t(`skills.${s}`)}: {language.levels[s] === null ? t("below4") : t("clb", { clb: language.levels[s] ?? 0 })}
              </li>
            ))}
          </ul>
          <p className="mt-1 text-sm">{t("clbSource")}</p>
        </div>
      ) : null}
    </>
  );
}

const BODIES = ["NNAS", "Medical Council of Canada", "NDEB", "PEBC", "CSMLS", "CAMRT", "Engineers Canada", "WES", "ICAS", "CAPR", "ACOTRO", "Ordre des infirmières et infirmiers du Québec"];

export async function AssessmentFields({ answers, values, errors, locale }: { answers: JourneyAnswers; values: Values | null; errors: Messages; locale: "en" | "fr" }) {
  const t = await getTranslations("journeys.assessment");
  // The nursing assessment service is SNEI in French.
  const bodies = locale === "fr" ? BODIES.map((b) => (b === "NNAS" ? "SNEI" : b)) : BODIES;
  const a = answers.assessment;
  return (
    <>
      <TextField name="body" label={t("body")} hint={t("bodyHint")} list="assessment-bodies" defaultValue={pick(values, "body", a?.body)} error={errors.body} />
      <datalist id="assessment-bodies">
        {bodies.map((b) => (
          <option key={b} value={b} />
        ))}
      </datalist>
      <Choices name="outcome" type="radio" legend={t("outcome")} options={OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))} checked={pickAll(values, "outcome", a ? [a.outcome] : [])} error={errors.outcome} />
      <Choices name="gaps" type="checkbox" legend={t("gaps")} hint={t("gapsHint")} options={GAP_TYPES.map((g) => ({ value: g, label: t(`gapTypes.${g}`) }))} checked={pickAll(values, "gaps", a?.gaps)} error={errors.gaps} />
      <div>
        <label htmlFor={fieldId("details")} className="block font-medium">
          {t("details")}
        </label>
        <Hint name="details">{t("detailsHint")}</Hint>
        <textarea id={fieldId("details")} name="details" rows={4} defaultValue={pick(values, "details", a?.details)} aria-invalid={errors.details ? true : undefined} aria-describedby={describedBy("details", errors.details, true)} className={`${inputClass} max-w-2xl`} />
        <FieldError name="details" message={errors.details} />
      </div>
    </>
  );
}

export async function CompetencyFields({ answers, values, errors, title }: { answers: JourneyAnswers; values: Values | null; errors: Messages; title: string }) {
  const t = await getTranslations("journeys.competencies");
  const saved = answers.competencies;
  const c = saved?.constraints;
  const yesNo = (name: "willingToMove" | "willingToRetrain" | "acceptRegulated", legend: string, hint?: string) => (
    <Choices
      name={name}
      type="radio"
      legend={legend}
      hint={hint}
      options={[{ value: "yes", label: t("yes") }, { value: "no", label: t("no") }]}
      checked={pickAll(values, name, c ? [c[name] ? "yes" : "no"] : [])}
      error={errors[name]}
    />
  );
  return (
    <>
      <p className="max-w-prose">{t("intro", { title })}</p>
      {QUESTION_GROUPS.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`} className="space-y-3">
          <h3 id={`group-${group}`} className="text-lg font-semibold">
            {t(`groups.${group}`)}
          </h3>
          {QUESTIONS.filter((q) => q.group === group).map((question) => {
            const name = questionField(question.id);
            return (
              <Choices
                key={question.id}
                name={name}
                type="radio"
                columns
                legendClass="font-medium"
                legend={t(`questions.${question.id}`)}
                options={CHOICES.map((choice) => ({ value: choice, label: t(`choices.${choice}`) }))}
                checked={pickAll(values, name, [saved?.choices[question.id] ?? "about"])}
                error={errors[name]}
              />
            );
          })}
        </section>
      ))}
      <section aria-labelledby="constraints-title" className="space-y-4">
        <h3 id="constraints-title" className="text-lg font-semibold">
          {t("constraints")}
        </h3>
        <TextField name="retrainingMonths" label={t("months")} hint={t("monthsHint")} inputMode="numeric" defaultValue={pick(values, "retrainingMonths", c?.retrainingMonths)} error={errors.retrainingMonths} width="sm:w-40" />
        <TextField name="retrainingBudget" label={t("budget")} hint={t("budgetHint")} inputMode="numeric" defaultValue={pick(values, "retrainingBudget", c?.retrainingBudget)} error={errors.retrainingBudget} width="sm:w-40" />
        <TextField name="dependants" label={t("dependants")} hint={t("dependantsHint")} inputMode="numeric" defaultValue={pick(values, "dependants", c?.dependants)} error={errors.dependants} width="sm:w-40" />
        {yesNo("willingToMove", t("move"))}
        {yesNo("willingToRetrain", t("retrain"))}
        {yesNo("acceptRegulated", t("regulated"), t("regulatedHint"))}
      </section>
    </>
  );
}
