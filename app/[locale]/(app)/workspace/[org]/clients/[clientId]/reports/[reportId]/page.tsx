import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { AlternativeCard } from "@/components/AlternativeCard";
import { Button, Choices, Hint, fieldId, inputClass } from "@/components/journeys/ui";
import { ReportChanges } from "@/components/reports/ReportChanges";
import { ShareForm } from "@/components/reports/ShareForm";
import { LinkButton } from "@/components/workspace/LinkButton";
import { Alert, Notice } from "@/components/workspace/Notice";
import { pageContext } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { frenchTypography } from "@/lib/i18n/typography";
import { isLocale } from "@/lib/i18n/routing";
import { QUESTIONS } from "@/lib/journeys/questions";
import { localized } from "@/lib/workspace/reports/snapshot";
import { DECISIONS } from "@/lib/workspace/reports/schema";
import { getReport, listReports } from "@/lib/workspace/reports/service";
import { NO_INDEX, dateFormats, errorText, one, type SearchParams } from "../../../../../page-helpers";
import { decideAction, revokeShareAction, shareAction } from "../actions";

type Props = { params: Promise<{ locale: string; org: string; clientId: string; reportId: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "reports.report" });
  return { title: t("metaTitle"), robots: NO_INDEX };
}

/**
 * One version of a client's match report, as it was saved: what it ran
 * with, the changes since the previous version, the options with the
 * counsellor's decisions (and the previous version's as hints), the PDF, and
 * the client's links. Works without JavaScript and prints without its forms.
 */
export default async function ReportPage({ params, searchParams }: Props) {
  const { locale, org, clientId, reportId } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "client.read", `/clients/${clientId}/reports/${reportId}`);
  if (!z.uuid().safeParse(clientId).success || !z.uuid().safeParse(reportId).success) notFound();
  const report = await getReport(ctx, clientId, reportId).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const latest = (await listReports(ctx, clientId))[0];
  const search = await searchParams;
  const t = await getTranslations("reports");
  const tj = await getTranslations("journeys");
  const { day, moment } = await dateFormats();
  const write = can(ctx.role, "client.write");
  const base = `/${locale}/workspace/${ctx.org.slug}/clients/${clientId}/reports`;
  const pdf = (l: "en" | "fr") => `/api/v1/workspace/clients/${clientId}/reports/${report.id}.pdf?org=${encodeURIComponent(ctx.org.slug)}&locale=${l}`;
  const errorCode = one(search, "error");
  const error = errorCode === "decision" ? t("errors.decision") : await errorText(errorCode);
  const errorOption = one(search, "option");
  const pick = (b: { en: string; fr: string }) => (locale === "fr" ? frenchTypography(b.fr) : b.en);
  const answers = report.input.answers;
  const money = (n: number) => new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA", { style: "currency", currency: "CAD", maximumFractionDigits: 0 }).format(n);
  const hidden = { locale, org: ctx.org.slug, client: clientId, report: report.id };
  const changedChoices = QUESTIONS.filter((q) => answers.choices[q.id] && answers.choices[q.id] !== "about");

  return (
    <div className="space-y-6">
      <p className="print:hidden">
        <a href={base}>{t("report.back")}</a>
      </p>
      {one(search, "created") ? <Notice>{t("list.created")}</Notice> : null}
      {one(search, "decided") ? <Notice>{t("report.decided")}</Notice> : null}
      {one(search, "revoked") ? <Notice>{t("share.revoked")}</Notice> : null}
      {error && !errorOption ? <Alert>{error}</Alert> : null}
      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("report.title", { version: report.version })}</h1>
        <p>{t("report.made", { date: moment(report.createdAt), engine: report.engineVersion, data: report.dataVersion })}</p>
        <p className="text-sm text-[var(--color-muted)]">{t("report.kept")}</p>
        {latest && latest.version > report.version ? (
          <p className="mt-2">
            <a href={`${base}/${latest.id}`}>{t("report.newer", { version: latest.version })}</a>
          </p>
        ) : null}
      </div>

      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <span className="font-medium">{t("report.pdfLanguage")}</span>
        <LinkButton href={pdf("en")} variant="secondary">
          {`${t("report.pdf")} (${t("share.languages.en")})`}
        </LinkButton>
        <LinkButton href={pdf("fr")} variant="secondary">
          {`${t("report.pdf")} (${t("share.languages.fr")})`}
        </LinkButton>
      </div>
      <p className="text-sm text-[var(--color-muted)] print:hidden">{t("report.print")}</p>

      <section aria-labelledby="input" className="space-y-2 rounded border border-slate-300 p-4">
        <h2 id="input" className="text-xl font-semibold">
          {t("report.input")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t("report.origin")}</dt>
          <dd>
            {locale === "fr" ? report.results.origin.titleFr : report.results.origin.titleEn} ({report.results.origin.code})
          </dd>
          <dt className="font-medium">{t("report.provinces")}</dt>
          <dd>{answers.provinces.length ? answers.provinces.map((p) => tj(`provinces.${p}` as "provinces.ON")).join(", ") : t("report.anywhere")}</dd>
          <dt className="font-medium">{t("report.language")}</dt>
          <dd>{answers.languageClb ?? t("report.notGiven")}</dd>
          <dt className="font-medium">{t("report.questions")}</dt>
          <dd>
            {changedChoices.length ? (
              <ul className="list-disc pl-5">
                {changedChoices.map((q) => (
                  <li key={q.id}>
                    {tj(`competencies.questions.${q.id}` as "competencies.questions.care")} {tj(`competencies.choices.${answers.choices[q.id]!}`)}
                  </li>
                ))}
              </ul>
            ) : (
              t("report.allAbout")
            )}
          </dd>
          <dt className="font-medium">{t("report.constraints")}</dt>
          <dd>
            {[
              answers.constraints.retrainingMonths !== null ? t("report.months", { months: answers.constraints.retrainingMonths }) : null,
              answers.constraints.retrainingBudget !== null ? t("report.budget", { amount: money(answers.constraints.retrainingBudget) }) : null,
              answers.constraints.acceptRegulated ? null : t("report.noRegulated"),
            ]
              .filter(Boolean)
              .join("; ") || t("report.notGiven")}
          </dd>
          <dt className="font-medium">{t("report.assessment")}</dt>
          <dd>{answers.assessment ? tj(`assessment.outcomes.${answers.assessment}`) : t("report.notGiven")}</dd>
        </dl>
      </section>

      {report.diff ? <ReportChanges diff={report.diff} locale={locale} /> : null}

      <section aria-labelledby="own" className="space-y-1">
        <h2 id="own" className="text-xl font-semibold">
          {t("report.own")}
        </h2>
        <p>{pick(report.results.ownProfession.statement)}</p>
      </section>

      <section aria-labelledby="options" className="space-y-3">
        <h2 id="options" className="text-xl font-semibold">
          {t("report.options")}
        </h2>
        <p>{t("report.optionsIntro", { count: report.results.options.length, total: report.results.total })}</p>
        <ol className="space-y-4">
          {report.results.options.map((option) => {
            const decision = report.decisions[option.code];
            const carried = report.carried[option.code];
            const id = (name: string) => `${name}-${option.code}`;
            return (
              <AlternativeCard key={option.code} target={localized(option, locale)} locale={locale} rank={option.rank}>
                  <div id={`option-${option.code}`} className="mt-3 scroll-mt-4 space-y-2 border-t border-slate-200 pt-3" data-testid="report-option" data-code={option.code}>
                    <p>
                      <span className="font-medium">{t("report.decision")}{locale === "fr" ? "\u00a0: " : ": "}</span>
                      <span data-testid="decision">{t(`report.decisions.${decision?.decision ?? "open"}`)}</span>
                      {decision?.reason ? <span> · {decision.reason}</span> : null}
                    </p>
                    {decision?.note ? <p className="text-sm">{decision.note}</p> : null}
                    {carried && !decision ? (
                      <div className="rounded bg-[var(--color-surface)] p-2 text-sm" data-testid="carried">
                        <p>{t("report.carried", { version: carried.version, decision: t(`report.decisions.${carried.decision}`) })}</p>
                        {carried.reason ? <p>{t("report.carriedReason", { reason: carried.reason })}</p> : null}
                        <p className="text-[var(--color-muted)]">{t("report.carriedHint")}</p>
                      </div>
                    ) : null}
                    {errorOption === option.code && error ? <Alert>{error}</Alert> : null}
                    {write ? (
                      <details className="print:hidden" open={errorOption === option.code}>
                        <summary className="cursor-pointer font-medium">{t("report.save")}</summary>
                        <form action={decideAction} className="mt-2 space-y-3" noValidate>
                          {Object.entries(hidden).map(([name, value]) => (
                            <input key={name} type="hidden" name={name} value={value} />
                          ))}
                          <input type="hidden" name="code" value={option.code} />
                          <Choices
                            name="decision"
                            type="radio"
                            legend={t("report.decision")}
                            columns
                            options={DECISIONS.map((d) => ({ value: d, label: t(`report.decisions.${d}`) }))}
                            checked={[decision?.decision ?? "open"]}
                          />
                          <div>
                            <label htmlFor={fieldId(id("reason"))} className="block font-medium">
                              {t("report.reason")}
                            </label>
                            <Hint name={id("reason")}>{t("report.reasonHint")}</Hint>
                            <input id={fieldId(id("reason"))} name="reason" type="text" maxLength={300} defaultValue={decision?.reason ?? ""} aria-describedby={`${fieldId(id("reason"))}-hint`} className={inputClass} />
                          </div>
                          <div>
                            <label htmlFor={fieldId(id("note"))} className="block font-medium">
                              {t("report.note")}
                            </label>
                            <Hint name={id("note")}>{t("report.noteHint")}</Hint>
                            <textarea id={fieldId(id("note"))} name="note" rows={3} maxLength={2000} defaultValue={decision?.note ?? ""} aria-describedby={`${fieldId(id("note"))}-hint`} className={inputClass} />
                          </div>
                          <Button>{t("report.save")}</Button>
                        </form>
                      </details>
                    ) : null}
                  </div>
                </AlternativeCard>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="links-title" id="links" className="space-y-3 rounded border border-slate-300 p-4 print:hidden">
        <h2 id="links-title" className="text-xl font-semibold">
          {t("share.title")}
        </h2>
        <p>{t("share.intro")}</p>
        {report.shares.length === 0 ? (
          <p>{t("share.none")}</p>
        ) : (
          <ul className="space-y-2">
            {report.shares.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-3" data-testid="report-share" data-state={s.state}>
                <span className="font-medium">{t(`share.states.${s.state}`)}</span>
                <span>
                  {t("share.line", { language: t(`share.languages.${s.locale}`), created: day(s.createdAt), until: moment(s.expiresAt) })} ·{" "}
                  {s.lastViewedAt ? t("share.viewed", { date: moment(s.lastViewedAt) }) : t("share.notViewed")}
                </span>
                {write && s.state === "active" ? (
                  <form action={revokeShareAction}>
                    {Object.entries(hidden).map(([name, value]) => (
                      <input key={name} type="hidden" name={name} value={value} />
                    ))}
                    <input type="hidden" name="share" value={s.id} />
                    <Button variant="danger">{t("share.revoke")}</Button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {write ? (
          <ShareForm
            action={shareAction}
            hidden={hidden}
            defaultLocale={locale}
            labels={{
              language: t("share.language"),
              languages: { en: t("share.languages.en"), fr: t("share.languages.fr") },
              days: t("share.days"),
              daysHint: t("share.daysHint"),
              create: t("share.create"),
              created: t("share.created"),
              linkLabel: t("share.linkLabel"),
            }}
          />
        ) : null}
      </section>
    </div>
  );
}
