import { getFormatter, getTranslations } from "next-intl/server";
import type { OccupationDetail } from "@/lib/occupations/detail";
import { Section } from "./Section";

/** The COPS outlook and the wages by province for the profession's main occupation. */
export async function LabourMarket({ occupation, hasOtherCodes }: { occupation: OccupationDetail | null; hasOtherCodes: boolean }) {
  const t = await getTranslations("professions.page");
  const tl = await getTranslations("professions.page.labourMarket");
  if (!occupation) {
    return (
      <Section id="labour-market" title={t("sections.labourMarket")}>
        <p>{tl("noData")}</p>
      </Section>
    );
  }
  const to = await getTranslations("occupation");
  const tp = await getTranslations("provinces");
  const format = await getFormatter();
  const money = (n: number | null) => (n === null ? "–" : format.number(n, { style: "currency", currency: "CAD", currencyDisplay: "narrowSymbol" }));
  const count = (n: number | null) => (n === null ? tl("notPublished") : format.number(n));
  const condition = (c: string | null) => (c ? to(`conditions.${c}`) : tl("notPublished"));
  const { outlook, wages } = occupation;

  return (
    <Section id="labour-market" title={t("sections.labourMarket")}>
      <p className="text-sm">
        {tl("intro", { title: occupation.title, code: occupation.code })} {hasOtherCodes ? tl("otherCodes") : null}
      </p>
      <div className="break-inside-avoid">
        <h3 className="mb-2 text-lg font-semibold">{tl("outlook")}</h3>
        {outlook ? (
          <dl className="grid grid-cols-1 gap-2 sm:grid-cols-2">
            {(
              [
                ["recent", condition(outlook.recentCondition)],
                ["future", condition(outlook.futureCondition)],
                ["employment2023", count(outlook.employment2023)],
                ["jobOpenings", count(outlook.jobOpenings)],
                ["jobSeekers", count(outlook.jobSeekers)],
              ] as const
            ).map(([key, value]) => (
              <div key={key} className="rounded border border-slate-200 p-2">
                <dt className="text-sm text-[var(--color-muted)]">{tl(key)}</dt>
                <dd className="font-semibold">{value}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p>{tl("noData")}</p>
        )}
        <p className="mt-2 text-xs text-[var(--color-muted)]">{tl("outlookSource")}</p>
      </div>
      <div>
        <h3 className="mb-2 text-lg font-semibold">{tl("wages", { year: wages?.year ?? "" })}</h3>
        {wages ? (
          // Scrolls sideways on narrow screens, so it must take keyboard focus and have a name.
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={tl("wagesCaption", { title: occupation.title, year: wages.year })}>
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">{tl("wagesCaption", { title: occupation.title, year: wages.year })}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 pr-4">
                    {tl("province")}
                  </th>
                  <th scope="col" className="py-1 pr-4 text-right">
                    {tl("low")}
                  </th>
                  <th scope="col" className="py-1 pr-4 text-right">
                    {tl("median")}
                  </th>
                  <th scope="col" className="py-1 text-right">
                    {tl("high")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {wages.provinces.map((w) => (
                  <tr key={w.province} className="break-inside-avoid border-b border-slate-100">
                    <th scope="row" className="py-1 pr-4 font-normal">
                      {tp(w.province)}
                    </th>
                    <td className="py-1 pr-4 text-right">{money(w.low)}</td>
                    <td className="py-1 pr-4 text-right">{money(w.median)}</td>
                    <td className="py-1 text-right">{money(w.high)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{tl("noWages")}</p>
        )}
        <p className="mt-2 text-xs text-[var(--color-muted)]">{tl("wagesSource")}</p>
      </div>
    </Section>
  );
}
