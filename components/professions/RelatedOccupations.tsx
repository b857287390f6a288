import { getFormatter, getTranslations } from "next-intl/server";
import type { ProfessionFrontmatter } from "@/lib/content/schema";
import { Link } from "@/lib/i18n/navigation";
import type { OccupationFacts } from "@/lib/professions/page-data";
import { compareHref } from "@/lib/professions/sections";
import { Section } from "./Section";

type Related = ProfessionFrontmatter["relatedOccupations"][number];

/**
 * Occupations people confuse with this profession (RN and LPN, engineer and
 * technologist): the authored difference, then the reference-data facts of
 * both side by side, and a link to the full comparison.
 */
export async function RelatedOccupations({
  profession,
  related,
  primary,
  occupations,
}: {
  profession: string;
  related: readonly Related[];
  primary: OccupationFacts | undefined;
  occupations: Record<string, OccupationFacts>;
}) {
  const t = await getTranslations("professions.page");
  return (
    <Section id="related" title={t("sections.related")}>
      <p className="max-w-prose text-sm">{t("related.intro")}</p>
      <ul className="space-y-4">
        {related.map((r) => {
          const facts = occupations[r.nocCode];
          return (
            <li key={r.nocCode} className="break-inside-avoid rounded border border-slate-200 p-3">
              <h3 className="text-lg font-semibold">{r.title}</h3>
              {facts ? (
                <p className="text-sm">
                  <Link className="underline" href={`/occupations/${r.nocCode}`}>{t("occupationLink", { title: facts.title, code: r.nocCode })}</Link>
                </p>
              ) : null}
              <p className="mt-1 max-w-prose">{r.difference}</p>
              {primary && facts ? <FactsTable profession={profession} related={r.title} a={primary} b={facts} /> : null}
              {primary && facts ? (
                <p className="no-print mt-2 text-sm">
                  <Link className="underline" href={compareHref(primary.code, r.nocCode)}>{t("related.compare", { profession, related: r.title })}</Link>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="text-xs text-[var(--color-muted)]">{t("related.factsSource")}</p>
    </Section>
  );
}

async function FactsTable({ profession, related, a, b }: { profession: string; related: string; a: OccupationFacts; b: OccupationFacts }) {
  const t = await getTranslations("professions.page.related");
  const to = await getTranslations("occupation");
  const format = await getFormatter();
  const teer = (f: OccupationFacts) => t("teer", { teer: f.teer, label: to(`teerLabels.${f.teer}`) });
  const wage = (f: OccupationFacts) =>
    f.medianWage === null ? t("notPublished") : format.number(f.medianWage, { style: "currency", currency: "CAD", currencyDisplay: "narrowSymbol" });
  const outlook = (f: OccupationFacts) => (f.futureCondition ? to(`conditions.${f.futureCondition}`) : t("notPublished"));
  const wageYear = a.wageYear ?? b.wageYear;
  const rows: [string, (f: OccupationFacts) => string][] = [
    [t("training"), teer],
    [wageYear ? t("wage", { year: wageYear }) : t("wageNoYear"), wage],
    [t("outlook"), outlook],
    [t("regulated"), (f) => (f.regulated ? t("yes") : t("no"))],
  ];
  return (
    <table className="mt-3 w-full table-fixed border-collapse text-left text-sm [&_td]:hyphens-auto [&_td]:break-words [&_th]:hyphens-auto [&_th]:break-words">
      <caption className="mb-1 text-left font-medium">{t("facts", { profession, related })}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="w-1/4 py-1 pr-2 align-bottom sm:w-1/3">
            {t("fact")}
          </th>
          <th scope="col" className="py-1 pr-2 align-bottom">
            {profession}
          </th>
          <th scope="col" className="py-1 align-bottom">
            {related}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label} className="border-b border-slate-100 align-top">
            <th scope="row" className="py-1 pr-2 font-normal text-[var(--color-muted)]">
              {label}
            </th>
            <td className="py-1 pr-2">{value(a)}</td>
            <td className="py-1">{value(b)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
