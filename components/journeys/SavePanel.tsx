import { getFormatter, getTranslations } from "next-intl/server";
import { typeset } from "@/lib/i18n/typography";
import { saveLink } from "@/lib/journeys/actions";
import type { JourneyKind } from "@/lib/journeys/schema";
import { Button, ButtonLink } from "./ui";

/** What is kept, for how long, and the two controls: a private link, and deleting everything. */
export async function SavePanel({ kind, locale, step, hasDraft, expiresAt, retentionDays }: { kind: JourneyKind; locale: string; step?: string; hasDraft: boolean; expiresAt: Date | null; retentionDays: number }) {
  const t = await getTranslations("journeys.saved");
  const format = await getFormatter();
  return (
    <aside aria-labelledby="your-answers" className="no-print space-y-3 rounded border border-slate-300 p-4">
      <h2 id="your-answers" className="text-lg font-semibold">
        {t("panelTitle")}
      </h2>
      <details className="max-w-prose text-sm">
        <summary className="cursor-pointer underline">{t("whatWeStoreSummary")}</summary>
        <p className="mt-1">{t("whatWeStore", { days: retentionDays })}</p>
      </details>
      {hasDraft && expiresAt ? <p className="text-sm">{t("expires", { date: typeset(format.dateTime(expiresAt, { dateStyle: "long" }), locale) })}</p> : null}
      <div className="flex flex-wrap gap-3">
        <form action={saveLink} method="post">
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="locale" value={locale} />
          <Button variant="secondary">{t("saveLink")}</Button>
        </form>
        {hasDraft ? (
          <ButtonLink href={`/${locale}/${kind}?${new URLSearchParams({ ...(step ? { step } : {}), delete: "confirm" })}`} variant="danger">
            {t("delete")}
          </ButtonLink>
        ) : null}
      </div>
    </aside>
  );
}
