import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Button, inputClass } from "@/components/journeys/ui";
import { BarChart, StackedChart } from "@/components/workspace/casework/IndicatorCharts";
import { LinkButton } from "@/components/workspace/LinkButton";
import { Alert } from "@/components/workspace/Notice";
import { pageContext } from "@/lib/auth/guards";
import { isLocale } from "@/lib/i18n/routing";
import { CLIENT_STATUS_LABELS, REFERRAL_KIND_LABELS } from "@/lib/workspace/casework/labels";
import { JOB_CATEGORIES, indicators, indicatorsQuerySchema } from "@/lib/workspace/indicators/service";
import type { Cell } from "@/lib/workspace/indicators/suppress";
import { NO_INDEX, dateFormats, one, type OrgParams, type SearchParams } from "../../page-helpers";

type Props = { params: OrgParams; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "casework.indicators" });
  return { title: t("title"), robots: NO_INDEX };
}

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {head.map((h, i) => (
              <th key={h} scope="col" className={`py-2 pr-4 ${i ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([first, ...rest], r) => (
            <tr key={r} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                {first}
              </th>
              {rest.map((c, i) => (
                <td key={i} className="py-2 pr-4 text-right tabular-nums">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

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
        <Table
          caption={t("caseload.title")}
          head={[t("caseload.status"), t("count")]}
          rows={[...data.caseload.statuses.map((s) => [statuses[s.status], show(s.cell)]), [<strong key="t">{t("total")}</strong>, show(data.caseload.total)]]}
        />
      </section>

      <section aria-labelledby="professions" className="space-y-3">
        <h2 id="professions" className="text-xl font-semibold">
          {t("professions.title")}
        </h2>
        <p>{t("professions.intro")}</p>
        <BarChart caption={t("professions.title")} rows={data.professions.rows.map((p) => ({ label: profession(p), values: [drawn(p.cell)] }))} />
        <Table
          caption={t("professions.title")}
          head={[t("professions.profession"), t("count")]}
          rows={[...data.professions.rows.map((p) => [profession(p), show(p.cell)]), [<strong key="t">{t("total")}</strong>, show(data.professions.total)]]}
        />
      </section>

      <section aria-labelledby="milestone" className="space-y-3">
        <h2 id="milestone" className="text-xl font-semibold">
          {t("milestone.title")}
        </h2>
        <p>{t("milestone.intro")}</p>
        <Table
          caption={t("milestone.title")}
          head={[t("milestone.measure"), t("count")]}
          rows={[
            [t("milestone.cohort"), show(m.cohort)],
            [t("milestone.reached"), show(m.reached)],
            [t("milestone.notYet"), show(m.notYet)],
            ...(m.days
              ? [
                  [t("milestone.p25"), t("milestone.days", { count: m.days.p25 })],
                  [t("milestone.median"), t("milestone.days", { count: m.days.median })],
                  [t("milestone.p75"), t("milestone.days", { count: m.days.p75 })],
                ]
              : []),
          ]}
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
        <Table
          caption={t("employment.title")}
          head={[t("employment.quarter"), ...JOB_CATEGORIES.map(tj), t("employment.employed"), t("employment.fieldShare")]}
          rows={data.employment.map((q) => [q.quarter, ...JOB_CATEGORIES.map((c) => show(q.cells[c])), show(q.total), pct(q.shares.field)])}
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
        <Table
          caption={t("referrals.title")}
          head={[t("referrals.kind"), t("referrals.made"), t("referrals.completed"), t("referrals.rate")]}
          rows={data.referrals.map((r) => [kinds[r.kind], show(r.made), show(r.completed), pct(r.rate)])}
        />
      </section>
    </div>
  );
}
