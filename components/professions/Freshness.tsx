import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { typeset } from "@/lib/i18n/typography";
import { CHECK_MAX_AGE_MONTHS, FIGURE_MAX_AGE_YEARS, freshnessOf, type StaleReason } from "@/lib/content/freshness";

type Kind = "figure" | "step" | "source";

/**
 * The dates of one claim: the year its figure describes ("Figure from 2013",
 * or "Published 2013" for a source), the day it was last checked, and, when
 * the claim is older than the limits in lib/content/freshness.ts, a visible
 * "May be out of date" note with the reason. Judged on the day the page is
 * rendered (for statically generated pages, the day of the build).
 */
export async function ClaimDates({ claim, kind, today = new Date() }: { claim: { year: number; checked: string }; kind: Kind; today?: Date }) {
  const t = await getTranslations("professions.page.freshness");
  const format = await getFormatter();
  const checked = typeset(format.dateTime(new Date(`${claim.checked}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }), await getLocale());
  const { stale, reasons } = freshnessOf(claim, today);
  const yearText =
    kind === "figure" ? t("figureFrom", { year: claim.year }) : kind === "step" ? t("stepFrom", { year: claim.year }) : t("published", { year: claim.year });
  const reasonText = (reason: StaleReason) =>
    reason === "not-rechecked"
      ? t("reasons.not-rechecked", { months: CHECK_MAX_AGE_MONTHS })
      : t(kind === "source" ? "reasons.old-source" : "reasons.old-figure", { years: FIGURE_MAX_AGE_YEARS });
  return (
    <span className="block text-xs text-[var(--color-muted)]" data-testid="claim-dates">
      {yearText} · {t("checked", { date: checked })}
      {stale ? (
        <strong className="mt-1 block font-medium text-amber-900" data-testid="stale-note" role="note">
          {t("stale")} {reasons.map(reasonText).join(" ")}
        </strong>
      ) : null}
    </span>
  );
}
