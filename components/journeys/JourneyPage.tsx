import { getTranslations } from "next-intl/server";
import { professionForOccupation } from "@/lib/journeys/content";
import { journeyPlan } from "@/lib/journeys/results";
import { SCORE_RANGES, LANGUAGE_TESTS, SKILLS, type LanguageTest, type LanguageSkill } from "@/lib/journeys/clb";
import type { JourneyKind } from "@/lib/journeys/schema";
import { readFlash } from "@/lib/journeys/session";
import { stepHref } from "@/lib/journeys/paths";
import { journeyView, startOccupationSchema, type JourneySearch } from "@/lib/journeys/view";
import { RETENTION_DAYS } from "@/lib/journeys/store";
import { getOccupation } from "@/lib/occupations/detail";
import { searchOccupations, type OccupationHit } from "@/lib/occupations/search";
import { DeleteConfirm } from "./DeleteConfirm";
import { ErrorSummary } from "./ErrorSummary";
import { AssessmentFields, CompetencyFields, PlansFields, ProfessionFields } from "./InputSteps";
import { RealityStep, ResultsStep, RoadmapStep } from "./DisplaySteps";
import { Progress } from "./Progress";
import { StepForm } from "./StepForm";
import { SavePanel } from "./SavePanel";
import { StepAnnouncer } from "./StepAnnouncer";
import { inputClass } from "./ui";

/** A journey step: progress, the step's form or content, and what is saved. Rendered on the server; works without JavaScript. */
export async function JourneyPage({ kind, locale, search }: { kind: JourneyKind; locale: "en" | "fr"; search: JourneySearch }) {
  const t = await getTranslations("journeys");
  const { steps, step, index, current, answers } = await journeyView(kind, search);
  const flash = await readFlash(kind, step);
  const stepText = t("progress.stepOf", { step: index + 1, total: steps.length, title: t(`steps.${step}.title`) });

  if (search.delete === "confirm" && current) {
    return (
      <div className="space-y-6">
        <header className="space-y-2">
          <h1 className="text-2xl font-bold sm:text-3xl">{t(`${kind}.title`)}</h1>
        </header>
        <StepAnnouncer journey={kind} view="delete" text={t("deleteConfirm.title")} hasErrors={false} />
        <DeleteConfirm kind={kind} locale={locale} cancelHref={stepHref(locale, kind, step)} />
      </div>
    );
  }

  const message = (key: string): string => {
    const score = /^score\.(\w+)\.(\w+)$/.exec(key);
    if (score && (LANGUAGE_TESTS as readonly string[]).includes(score[1]!) && (SKILLS as readonly string[]).includes(score[2]!)) {
      const range = SCORE_RANGES[score[1] as LanguageTest][score[2] as LanguageSkill];
      return t(range.step === 0.5 ? "errors.scoreHalf" : "errors.scoreRange", { min: range.min, max: range.max });
    }
    return t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid");
  };
  const errors: Record<string, string> = Object.fromEntries(Object.entries(flash?.errors ?? {}).map(([f, k]) => [f, message(k)]));
  const labels: Record<string, string> = Object.fromEntries(Object.keys(errors).map((f) => [f, t.has(`fields.${f}`) ? t(`fields.${f}`) : f.startsWith("q.") && t.has(`competencies.questions.${f.slice(2)}`) ? t(`competencies.questions.${f.slice(2)}`) : ""]));

  const occupation = answers.profession?.occupation;
  const profession = occupation ? professionForOccupation(occupation, locale) : null;
  const query = typeof search.q === "string" ? search.q.trim().slice(0, 100) : "";

  let body: React.ReactNode = null;
  let notice: React.ReactNode = null;
  if (step === "profession") {
    const hits: OccupationHit[] = query.length >= 2 ? [...(await searchOccupations(query, locale, 8))] : [];
    // Started from an occupation or profession page: that occupation comes chosen; an unknown code is said, not guessed.
    let preselect: string | null = null;
    if (search.occupation !== undefined && !flash) {
      const code = startOccupationSchema.safeParse(search.occupation);
      const started = code.success ? await getOccupation(code.data, locale) : null;
      if (started) {
        preselect = started.code;
        if (!hits.some((h) => h.code === started.code)) hits.unshift({ code: started.code, title: started.title, teer: started.teer, matchedTitle: null, score: 0 });
        notice = t("profession.chosenFromPage", { title: started.title, code: started.code });
      } else {
        notice = t("profession.unknownCode", { code: search.occupation.slice(0, 20) });
      }
    }
    // After a rejected submission the search is gone from the URL: keep the occupation that was chosen.
    const chosen = flash?.values.occupation;
    if (typeof chosen === "string" && /^\d{5}$/.test(chosen) && !hits.some((h) => h.code === chosen)) {
      const occ = await getOccupation(chosen, locale);
      if (occ) hits.unshift({ code: occ.code, title: occ.title, teer: occ.teer, matchedTitle: null, score: 0 });
    }
    body = (
      <>
        <form method="get" action={`/${locale}/${kind}`} role="search" className="no-print space-y-2 rounded bg-[var(--color-surface)] p-3">
          <input type="hidden" name="step" value="profession" />
          <label htmlFor="journey-q" className="block font-medium">
            {t("profession.search")}
          </label>
          <p id="journey-q-hint" className="text-sm text-[var(--color-muted)]">
            {t("profession.searchHint")}
          </p>
          <div className="flex flex-wrap gap-2">
            <input id="journey-q" name="q" type="search" defaultValue={query} aria-describedby="journey-q-hint" className={`${inputClass} mt-0 flex-1`} />
            <button type="submit" className="min-h-11 rounded bg-[var(--color-brand)] px-4 py-2 font-medium text-white">
              {t("profession.searchButton")}
            </button>
          </div>
        </form>
        {notice ? (
          <p className="rounded border-l-4 border-[var(--color-brand)] bg-[var(--color-surface)] p-3" data-testid="start-notice">
            {notice}
          </p>
        ) : null}
        <StepForm kind={kind} locale={locale} step={step} first last={false} hidden={query ? { q: query } : undefined}>
          <ProfessionFields answers={answers} values={flash?.values ?? null} errors={errors} hits={hits} query={query} preselect={preselect} />
        </StepForm>
      </>
    );
  } else if (step === "plans") {
    body = (
      <StepForm kind={kind} locale={locale} step={step} first={false} last={false}>
        <PlansFields kind={kind} answers={answers} values={flash?.values ?? null} errors={errors} />
      </StepForm>
    );
  } else if (step === "assessment") {
    body = (
      <StepForm kind={kind} locale={locale} step={step} first={false} last={false}>
        <AssessmentFields answers={answers} values={flash?.values ?? null} errors={errors} locale={locale} />
      </StepForm>
    );
  } else if (step === "reality") {
    body = (
      <StepForm kind={kind} locale={locale} step={step} first={false} last={false}>
        <RealityStep locale={locale} answers={answers} profession={profession} />
      </StepForm>
    );
  } else if (step === "competencies") {
    body = (
      <StepForm kind={kind} locale={locale} step={step} first={false} last={false}>
        <CompetencyFields answers={answers} values={flash?.values ?? null} errors={errors} title={answers.profession?.occupationTitle ?? ""} />
      </StepForm>
    );
  } else {
    const plan = await journeyPlan(kind, answers, locale);
    body = plan ? (
      <StepForm kind={kind} locale={locale} step={step} first={false} last={step === "roadmap"}>
        {step === "results" ? <ResultsStep kind={kind} locale={locale} plan={plan} profession={profession} chosen={answers.options ?? []} /> : <RoadmapStep plan={plan} answers={answers} locale={locale} />}
      </StepForm>
    ) : null;
  }

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t(`${kind}.title`)}</h1>
        {index === 0 ? <p className="max-w-prose">{t(`${kind}.intro`)}</p> : null}
      </header>
      {search.deleted ? (
        <p role="status" className="rounded border border-slate-300 bg-[var(--color-surface)] p-3">
          {t("saved.deletedNotice")}
        </p>
      ) : null}
      <Progress kind={kind} locale={locale} steps={steps} current={step} answers={answers} />
      <StepAnnouncer journey={kind} view={step} text={stepText} hasErrors={Boolean(flash && Object.keys(flash.errors).length)} />
      {flash ? <ErrorSummary errors={flash.errors} labels={labels} messages={errors} /> : null}
      <section aria-labelledby="step-title" className="space-y-4">
        <h2 id="step-title" tabIndex={-1} className="text-xl font-semibold">
          {t(`steps.${step}.title`)}
        </h2>
        {t.has(`steps.${step}.${kind}`) ? <p className="max-w-prose">{t(`steps.${step}.${kind}`)}</p> : null}
        {body}
      </section>
      <SavePanel kind={kind} locale={locale} step={step} hasDraft={Boolean(current)} expiresAt={current?.journey.expiresAt ?? null} retentionDays={RETENTION_DAYS} />
    </div>
  );
}
