import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { Button, Choices, FieldError, SelectField, TextField } from "@/components/journeys/ui";
import { Alert } from "@/components/workspace/Notice";
import { pageContext } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/routing";
import { QUESTION_GROUPS, QUESTIONS, questionField } from "@/lib/journeys/questions";
import { OUTCOMES } from "@/lib/journeys/schema";
import { PROVINCES } from "@/lib/matching/profile";
import { getClient } from "@/lib/workspace/clients/service";
import { valuesFromQuery, type ReportFormValues } from "@/lib/workspace/reports/form";
import { listReports } from "@/lib/workspace/reports/service";
import { NO_INDEX, dateFormats, errorText, one, type SearchParams } from "../../../../page-helpers";
import { runReportAction } from "./actions";

type Props = { params: Promise<{ locale: string; org: string; clientId: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "reports.list" });
  return { title: t("metaTitle"), robots: NO_INDEX };
}

type RunError = "origin" | "provinces" | "languageClb" | "retrainingMonths" | "retrainingBudget" | "choices" | "assessment" | "consent";

/** A client's match reports, newest first, and the form that runs a new one (prefilled from the client file, or from the refused form). */
export default async function ReportsPage({ params, searchParams }: Props) {
  const { locale, org, clientId } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "client.read", `/clients/${clientId}/reports`);
  if (!z.uuid().safeParse(clientId).success) notFound();
  const notFoundOn = (error: unknown): never => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  };
  const client = await getClient(ctx, clientId).catch(notFoundOn);
  const reports = await listReports(ctx, clientId).catch(notFoundOn);
  const search = await searchParams;
  const t = await getTranslations("reports");
  const tj = await getTranslations("journeys");
  const { day } = await dateFormats();
  const base = `/${locale}/workspace/${ctx.org.slug}/clients/${client.id}`;
  const error = await errorText(one(search, "error"));

  const typed = valuesFromQuery(search);
  const invalid = new Set((one(search, "invalid") ?? "").split(",").filter(Boolean));
  const fileLevels = [client.clbEnglish, client.nclcFrench].filter((l): l is number => l !== null);
  const values: ReportFormValues = typed ?? {
    origin: client.origin?.code ?? "",
    provinces: client.provinces,
    languageClb: fileLevels.length ? String(Math.max(...fileLevels)) : "",
    acceptRegulated: "yes",
    assessment: "",
  };
  const str = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const list = (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : typeof values[name] === "string" && values[name] ? [values[name] as string] : []);
  const fieldError = (name: RunError) => (invalid.has(name) ? t(`errors.${name}`) : undefined);

  return (
    <div className="space-y-6">
      <p>
        <a href={base}>{t("list.back")}</a>
      </p>
      {error ? <Alert>{error}</Alert> : null}
      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("list.title")}</h1>
        <p className="text-lg">{client.displayName}</p>
        <p className="mt-2 max-w-3xl">{t("list.intro")}</p>
      </div>

      <section aria-labelledby="versions" className="space-y-2">
        <h2 id="versions" className="sr-only">
          {t("list.title")}
        </h2>
        {reports.length === 0 ? (
          <p>{t("list.empty")}</p>
        ) : (
          <ol className="space-y-2">
            {reports.map((r) => (
              <li key={r.id} className="rounded border border-slate-300 p-3" data-version={r.version}>
                <a href={`${base}/reports/${r.id}`} className="font-semibold">
                  {t("list.version", { version: r.version })}
                </a>{" "}
                · {day(r.createdAt)} · {locale === "fr" ? r.origin.titleFr : r.origin.titleEn}
                <p className="text-sm">{t("list.summary", { options: r.options, shortlisted: r.shortlisted, setAside: r.setAside })}</p>
                <p className="text-sm text-[var(--color-muted)]">{t("list.versions", { engine: r.engineVersion, data: r.dataVersion })}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="run-title" id="run" className="space-y-4 rounded border border-slate-300 p-4 print:hidden">
        <h2 id="run-title" className="text-xl font-semibold">
          {t("run.title")}
        </h2>
        {!can(ctx.role, "client.write") ? (
          <p>{t("run.readOnly")}</p>
        ) : (
          <>
            <p>{t("run.intro")}</p>
            {invalid.size ? <Alert>{invalid.has("consent") ? t("errors.consent") : t("errors.summary")}</Alert> : null}
            <form action={runReportAction} className="space-y-5" noValidate>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="org" value={ctx.org.slug} />
              <input type="hidden" name="client" value={client.id} />
              <TextField
                name="origin"
                label={t("run.origin")}
                defaultValue={str("origin")}
                inputMode="numeric"
                width="w-32"
                hint={client.origin ? `${t("run.originHint")} ${t("run.originFromFile", { title: locale === "fr" ? client.origin.titleFr : client.origin.titleEn, code: client.origin.code })}` : t("run.originHint")}
                error={fieldError("origin")}
              />
              <Choices
                name="provinces"
                type="checkbox"
                legend={t("run.provinces")}
                hint={t("run.provincesHint")}
                columns
                options={PROVINCES.map((p) => ({ value: p, label: tj(`provinces.${p}`) }))}
                checked={list("provinces")}
                error={fieldError("provinces")}
              />
              <TextField name="languageClb" label={t("run.languageClb")} hint={t("run.languageHint")} defaultValue={str("languageClb")} inputMode="numeric" width="w-24" error={fieldError("languageClb")} />
              <fieldset className="space-y-3">
                <legend className="text-lg font-semibold">{t("run.questions")}</legend>
                <p className="text-sm text-[var(--color-muted)]">{t("run.questionsHint")}</p>
                <FieldError name="choices" message={fieldError("choices")} />
                {QUESTION_GROUPS.map((group) => (
                  <div key={group} className="space-y-2">
                    <h3 className="font-medium">{tj(`competencies.groups.${group}`)}</h3>
                    {QUESTIONS.filter((q) => q.group === group).map((q) => (
                      <Choices
                        key={q.id}
                        name={questionField(q.id)}
                        type="radio"
                        legend={tj(`competencies.questions.${q.id}` as "competencies.questions.care")}
                        legendClass="font-normal"
                        columns
                        options={(["less", "about", "more"] as const).map((c) => ({ value: c, label: tj(`competencies.choices.${c}`) }))}
                        checked={[str(questionField(q.id)) || "about"]}
                      />
                    ))}
                  </div>
                ))}
              </fieldset>
              <fieldset className="space-y-3">
                <legend className="text-lg font-semibold">{t("run.constraints")}</legend>
                <TextField name="retrainingMonths" label={t("run.months")} hint={t("run.monthsHint")} defaultValue={str("retrainingMonths")} inputMode="numeric" width="w-24" error={fieldError("retrainingMonths")} />
                <TextField name="retrainingBudget" label={t("run.budget")} hint={t("run.budgetHint")} defaultValue={str("retrainingBudget")} inputMode="numeric" width="w-40" error={fieldError("retrainingBudget")} />
                <Choices
                  name="acceptRegulated"
                  type="radio"
                  legend={t("run.acceptRegulated")}
                  options={[
                    { value: "yes", label: t("run.yes") },
                    { value: "no", label: t("run.no") },
                  ]}
                  checked={[str("acceptRegulated") || "yes"]}
                />
                <SelectField
                  name="assessment"
                  label={t("run.assessment")}
                  defaultValue={str("assessment")}
                  options={[{ value: "", label: t("run.assessmentNone") }, ...OUTCOMES.map((o) => ({ value: o, label: tj(`assessment.outcomes.${o}`) }))]}
                  error={fieldError("assessment")}
                />
              </fieldset>
              <Button>{t("run.submit")}</Button>
            </form>
          </>
        )}
      </section>
    </div>
  );
}
