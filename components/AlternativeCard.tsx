import { getTranslations } from "next-intl/server";
import { frenchTypography } from "@/lib/i18n/typography";
import type { ExplainedTarget } from "@/lib/matching";

const badge = "rounded bg-[var(--color-surface)] px-2 py-0.5";

function money(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA", { style: "currency", currency: "CAD", maximumFractionDigits: 0 }).format(value);
}

/**
 * One alternative, explained the same way wherever it is shown (journeys,
 * occupation pages, profession pages): where it comes from, the kind, the
 * explanation, what transfers, the gaps in plain words, and how to get
 * there: a rough training estimate for work without a licence, or what is
 * known of the licence (never a figure derived from gaps).
 */
export async function AlternativeCard({
  target,
  locale,
  rank,
  headingLevel = 3,
  children,
}: {
  target: ExplainedTarget;
  locale: "en" | "fr";
  rank?: number;
  headingLevel?: 3 | 4;
  /** Extra lines at the end of the card (a compare link). */
  children?: React.ReactNode;
}) {
  const t = await getTranslations("alternatives");
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <li className="break-inside-avoid rounded border border-slate-300 p-3 [overflow-wrap:anywhere]" data-code={target.code} data-source={target.source}>
      <Heading className="font-semibold">
        {rank !== undefined ? `${rank}. ` : null}
        <a className="underline" href={`/${locale}/occupations/${target.code}`}>
          {target.title}
        </a>{" "}
        <span className="text-sm font-normal text-[var(--color-muted)]">({t("code", { code: target.code })})</span>
      </Heading>
      <p className="mt-1 flex flex-wrap gap-2 text-xs">
        <span className={badge}>{t(`source.${target.source}`)}</span>
        <span className={badge}>{t(`kinds.${target.kind}`)}</span>
        <span className={badge}>{t("match", { percent: Math.round(target.score * 100) })}</span>
        {target.regulated ? <span className="rounded bg-amber-100 px-2 py-0.5">{t("licenceRequired")}</span> : null}
        {!target.viable ? <span className="rounded bg-slate-200 px-2 py-0.5">{t("belowThreshold")}</span> : null}
      </p>
      <AlternativeBody target={target} locale={locale} headingLevel={headingLevel} />
      {children}
    </li>
  );
}

/**
 * What an alternative card explains below its title and badges: the
 * explanation, what the guide says, what transfers, the gaps and how to get
 * there. The journeys' results show it behind a disclosure.
 */
export async function AlternativeBody({ target, locale, headingLevel = 3 }: { target: ExplainedTarget; locale: "en" | "fr"; headingLevel?: 3 | 4 }) {
  const t = await getTranslations("alternatives");
  const pick = (b: { en: string; fr: string }) => (locale === "fr" ? frenchTypography(b.fr) : b.en);
  const name = (d: { nameEn: string; nameFr: string }) => (locale === "fr" ? frenchTypography(d.nameFr) : d.nameEn);
  const Sub = headingLevel === 3 ? "h4" : "h5";
  const { retraining, licensing, curated } = target;
  return (
    <>
      <p className="mt-2 text-sm">{pick(target.explanation)}</p>
      {curated ? (
        <p className="mt-2 text-sm">
          <span className="font-medium">{t("guideSays")} </span>
          {pick(curated.entry)}
        </p>
      ) : null}
      <div className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
        {target.transfers.length ? (
          <div>
            <Sub className="font-medium">{t("transfers")}</Sub>
            <ul className="list-disc pl-5">
              {target.transfers.slice(0, 4).map((d) => (
                <li key={d.code}>{name(d)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div>
          <Sub className="font-medium">{t("gaps")}</Sub>
          {target.gapSummary.length ? (
            <ul className="list-disc pl-5">
              {target.gapSummary.slice(0, 4).map((line) => (
                <li key={line.en}>{pick(line)}</li>
              ))}
            </ul>
          ) : (
            <p>{t("noGaps")}</p>
          )}
        </div>
      </div>
      <div className="mt-2 text-sm">
        <Sub className="font-medium">{t("gettingThere")}</Sub>
        {licensing ? (
          <>
            <p>{pick(licensing.summary)}</p>
            {licensing.prerequisites.map((p) => (
              <p key={p.en}>
                <span className="font-medium">{t("first")} </span>
                {pick(p)}
              </p>
            ))}
            {licensing.advancedStanding.map((p) => (
              <p key={p.en}>
                <span className="font-medium">{t("standing")} </span>
                {pick(p)}
              </p>
            ))}
            {licensing.route ? (
              <p>
                <a className="underline" href={`/${locale}/professions/${licensing.route.slug}#steps`}>
                  {t("route")}
                </a>
              </p>
            ) : null}
          </>
        ) : retraining && retraining.months > 0 ? (
          <p>{t("estimate", { months: Math.max(1, Math.round(retraining.months)), cost: money(retraining.costCad, locale) })}</p>
        ) : (
          <p>{t("noTraining")}</p>
        )}
      </div>
    </>
  );
}
