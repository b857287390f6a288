import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Button, inputClass } from "@/components/journeys/ui";
import { BarChart, StackedChart } from "@/components/workspace/casework/IndicatorCharts";
import { DataTable, type Column } from "@/components/ui/DataTable";
import { LinkButton } from "@/components/workspace/LinkButton";
import { Alert } from "@/components/workspace/Notice";
import { pageContext } from "@/lib/auth/guards";
import { isLocale } from "@/lib/i18n/routing";
import { CLIENT_STATUS_LABELS, REFERRAL_KIND_LABELS } from "@/lib/workspace/casework/labels";
import { JOB_CATEGORIES, indicators, indicatorsQuerySchema, type QuarterRow } from "@/lib/workspace/indicators/service";
import type { Cell } from "@/lib/workspace/indicators/suppress";
import { NO_INDEX, dateFormats, one, type OrgParams, type SearchParams } from "../../page-helpers";

type Props = { params: OrgParams; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "casework.indicators" });
  return { title: t("title"), robots: NO_INDEX };
}

/** A line of a table of counts: what is counted (the row's header) and the figure. */
interface CountRow {
  key: string;
  label: ReactNode;
  value: string;
}

const countColumns = (label: string, count: string): Column<CountRow>[] => [
  { header: label, cell: (r) => r.label },
  { header: count, numeric: true, cell: (r) => r.value },
];

/** The organization's indicators of success (owners, administrators, supervisors): charts drawn on the server, each with its table, small counts suppressed. */
export default async function IndicatorsPage({ params, searchParams }: Props) {
  const { locale, org } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "indicators.read", "/indicators");
  const lang = locale as "en" | "fr";
  const search = await searchParams;
  const asked = indicatorsQuerySchema.safeParse({ from: one(search, "from") || undefined, to: one(search, "to") || undefined });
  const [data, t, format, { day }] = await Promise.all([
    indicators(ctx, asked.success ? asked.data : {}),
    getTranslations("casework.indicators"),
    getFormatter(),
    dateFormats(),
  ]);
  const show = (cell: Cell): string => (cell.state === "shown" ? format.number(cell.value!) : cell.state === "small" ? t("fewer") : t("hidden"));
  const drawn = (cell: Cell) => (cell.state === "shown" ? cell.value : null);
  const pct = (v: number | null) => (v === null ? "–" : format.number(v / 100, { style: "percent", maximumFractionDigits: 1 }));
  const statuses = CLIENT_STATUS_LABELS[lang];
  const kinds = REFERRAL_KIND_LABELS[lang];
  const tj = (c: (typeof JOB_CATEGORIES)[number]) => t(`employment.${c}`);
  const csv = `/api/v1/workspace/indicators.csv?${new URLSearchParams({ org: ctx.org.slug, from: data.range.from, to: data.range.to, locale })}`;
  const profession = (p: (typeof data.professions.rows)[number]) => (p.code ? `${(lang === "fr" ? p.titleFr : p.titleEn) ?? p.code} (${p.code})` : t("professions.notRecorded"));
  const m = data.milestone;
  const total = (cell: Cell): CountRow => ({ key: "total", label: <strong>{t("total")}</strong>, value: show(cell) });

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p className="rounded border border-slate-300 bg-[var(--color-surface)] p-3" id="suppression">
          {t("suppression")}
        </p>
        <p className="text-sm text-[var(--color-muted)]">{t("chartNote")}</p>
      </div>
      {asked.success ? null : <Alert>{t("badRange")}</Alert>}
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="f-from" className="block font-medium">
            {t("from")}
          </label>
          <input id="f-from" name="from" type="date" defaultValue={data.range.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="f-to" className="block font-medium">
            {t("to")}
          </label>
          <input id="f-to" name="to" type="date" defaultValue={data.range.to} className={inputClass} />
        </div>
        <Button>{t("apply")}</Button>
        <LinkButton href={csv} variant="secondary">
          {t("csv")}
        </LinkButton>
      </form>
      <p className="font-medium">{t("period", { from: day(data.range.from), to: day(data.range.to) })}</p>

      <section aria-labelledby="caseload" className="space-y-3">
        <h2 id="caseload" className="text-xl font-semibold">
          {t("caseload.title")}
        </h2>
        <p>{t("caseload.intro")}</p>
        <BarChart caption={t("caseload.title")} rows={data.caseload.statuses.map((s) => ({ label: statuses[s.status], values: [drawn(s.cell)] }))} />
        <DataTable
          caption={t("caseload.title")}
          rowHeader
          columns={countColumns(t("caseload.status"), t("count"))}
          rows={[...data.caseload.statuses.map((s) => ({ key: s.status, label: statuses[s.status], value: show(s.cell) })), total(data.caseload.total)]}
          rowKey={(r) => r.key}
        />
      </section>

      <section aria-labelledby="professions" className="space-y-3">
        <h2 id="professions" className="text-xl font-semibold">
          {t("professions.title")}
        </h2>
        <p>{t("professions.intro")}</p>
        <BarChart caption={t("professions.title")} rows={data.professions.rows.map((p) => ({ label: profession(p), values: [drawn(p.cell)] }))} />
        <DataTable
          caption={t("professions.title")}
          rowHeader
          columns={countColumns(t("professions.profession"), t("count"))}
          rows={[...data.professions.rows.map((p) => ({ key: p.code ?? "", label: profession(p), value: show(p.cell) })), total(data.professions.total)]}
          rowKey={(r) => r.key}
        />
      </section>

      <section aria-labelledby="milestone" className="space-y-3">
        <h2 id="milestone" className="text-xl font-semibold">
          {t("milestone.title")}
        </h2>
        <p>{t("milestone.intro")}</p>
        <DataTable
          caption={t("milestone.title")}
          rowHeader
          columns={countColumns(t("milestone.measure"), t("count"))}
          rows={[
            { key: "cohort", label: t("milestone.cohort"), value: show(m.cohort) },
            { key: "reached", label: t("milestone.reached"), value: show(m.reached) },
            { key: "notYet", label: t("milestone.notYet"), value: show(m.notYet) },
            ...(m.days
              ? [
                  { key: "p25", label: t("milestone.p25"), value: t("milestone.days", { count: m.days.p25 }) },
                  { key: "median", label: t("milestone.median"), value: t("milestone.days", { count: m.days.median }) },
                  { key: "p75", label: t("milestone.p75"), value: t("milestone.days", { count: m.days.p75 }) },
                ]
              : []),
          ]}
          rowKey={(r) => r.key}
        />
        {m.days ? null : <p>{t("milestone.tooFew")}</p>}
      </section>

      <section aria-labelledby="employment" className="space-y-3">
        <h2 id="employment" className="text-xl font-semibold">
          {t("employment.title")}
        </h2>
        <p>{t("employment.intro")}</p>
        <StackedChart
          caption={t("employment.title")}
          series={JOB_CATEGORIES.map(tj)}
          periods={data.employment.map((q) => ({ label: q.quarter, parts: JOB_CATEGORIES.map((c) => drawn(q.cells[c])) }))}
        />
        <DataTable
          caption={t("employment.title")}
          rowHeader
          columns={[
            { header: t("employment.quarter"), cell: (q) => q.quarter },
            ...JOB_CATEGORIES.map((c): Column<QuarterRow> => ({ header: tj(c), numeric: true, cell: (q) => show(q.cells[c]) })),
            { header: t("employment.employed"), numeric: true, cell: (q) => show(q.total) },
            { header: t("employment.fieldShare"), numeric: true, cell: (q) => pct(q.shares.field) },
          ]}
          rows={data.employment}
          rowKey={(q) => q.quarter}
        />
      </section>

      <section aria-labelledby="referrals" className="space-y-3">
        <h2 id="referrals" className="text-xl font-semibold">
          {t("referrals.title")}
        </h2>
        <p>{t("referrals.intro")}</p>
        <BarChart
          caption={t("referrals.title")}
          series={[t("referrals.made"), t("referrals.completed")]}
          rows={data.referrals.map((r) => ({ label: kinds[r.kind], values: [drawn(r.made), drawn(r.completed)] }))}
        />
        <DataTable
          caption={t("referrals.title")}
          rowHeader
          columns={[
            { header: t("referrals.kind"), cell: (r) => kinds[r.kind] },
            { header: t("referrals.made"), numeric: true, cell: (r) => show(r.made) },
            { header: t("referrals.completed"), numeric: true, cell: (r) => show(r.completed) },
            { header: t("referrals.rate"), numeric: true, cell: (r) => pct(r.rate) },
          ]}
          rows={data.referrals}
          rowKey={(r) => r.kind}
        />
      </section>
    </div>
  );
}
