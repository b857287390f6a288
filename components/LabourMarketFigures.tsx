import { getFormatter, getTranslations } from "next-intl/server";
import type { OccupationDetail } from "@/lib/occupations/detail";

/** The COPS 2024-2033 headline figures of one occupation, as a list of cards. */
export async function OutlookFigures({ outlook }: { outlook: NonNullable<OccupationDetail["outlook"]> }) {
  const t = await getTranslations("occupation");
  const format = await getFormatter();
  const count = (n: number | null) => (n === null ? t("notPublished") : format.number(n));
  const condition = (c: string | null) => (c ? t(`conditions.${c}` as "conditions.balance") : t("notPublished"));
  const figures = [
    ["recent", condition(outlook.recentCondition)],
    ["future", condition(outlook.futureCondition)],
    ["employment2023", count(outlook.employment2023)],
    ["jobOpenings", count(outlook.jobOpenings)],
    ["jobSeekers", count(outlook.jobSeekers)],
  ] as const;
  return (
    <dl className="grid grid-cols-1 gap-2 sm:grid-cols-2">
      {figures.map(([key, value]) => (
        <div key={key} className="rounded border border-slate-200 p-2">
          <dt className="text-sm text-[var(--color-muted)]">{t(key)}</dt>
          <dd className="font-semibold">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Hourly wages by province; scrolls sideways on narrow screens, so it takes keyboard focus and has a name. */
export async function WagesTable({ wages, caption }: { wages: NonNullable<OccupationDetail["wages"]>; caption: string }) {
  const t = await getTranslations("occupation");
  const tp = await getTranslations("provinces");
  const format = await getFormatter();
  const money = (n: number | null) => (n === null ? "–" : format.number(n, { style: "currency", currency: "CAD", currencyDisplay: "narrowSymbol" }));
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-4">{t("province")}</th>
            <th scope="col" className="py-1 pr-4 text-right">{t("low")}</th>
            <th scope="col" className="py-1 pr-4 text-right">{t("median")}</th>
            <th scope="col" className="py-1 text-right">{t("high")}</th>
          </tr>
        </thead>
        <tbody>
          {wages.provinces.map((w) => (
            <tr key={w.province} className="break-inside-avoid border-b border-slate-100">
              <th scope="row" className="py-1 pr-4 font-normal">{tp(w.province as "CA")}</th>
              <td className="py-1 pr-4 text-right">{money(w.low)}</td>
              <td className="py-1 pr-4 text-right">{money(w.median)}</td>
              <td className="py-1 text-right">{money(w.high)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
