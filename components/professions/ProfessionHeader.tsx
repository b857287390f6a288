import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { typeset } from "@/lib/i18n/typography";
import { staleClaims } from "@/lib/content/freshness";
import { Link } from "@/lib/i18n/navigation";
import type { ProfessionPageData } from "@/lib/professions/page-data";
import { PrintButton } from "@/components/ui/PrintButton";

/** Title, summary, the occupations (NOC codes) the profession covers and the review date. */
export async function ProfessionHeader({ data }: { data: ProfessionPageData }) {
  const t = await getTranslations("professions.page");
  const format = await getFormatter();
  const { profession } = data;
  const stale = staleClaims(profession, new Date()).length;
  return (
    <header className="space-y-3">
      <p className="no-print text-sm">
        <Link className="underline" href="/professions">{t("breadcrumb")}</Link>
      </p>
      <h1 className="text-2xl font-bold sm:text-3xl">{profession.title}</h1>
      <p className="max-w-prose text-lg">{profession.summary}</p>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-[var(--color-muted)]" data-testid="last-reviewed">
          <ReviewDate date={profession.lastReviewed} label={(date) => t("lastReviewed", { date })} format={format} />
        </p>
        <PrintButton label={t("print")} />
      </div>
      {stale ? (
        <p className="max-w-prose rounded border border-amber-700 bg-amber-50 p-2 text-sm" data-testid="stale-summary" role="note">
          {t("freshness.summary", { count: stale })}
        </p>
      ) : null}
      <div className="text-sm">
        <p className="font-medium">{t("nocCodes", { count: profession.nocCodes.length })}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {profession.nocCodes.map((code) => (
            <li key={code}>
              <Link className="underline" href={`/occupations/${code}`}>{t("occupationLink", { title: data.occupations[code]?.title ?? code, code })}</Link>
            </li>
          ))}
        </ul>
      </div>
    </header>
  );
}

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** "Last reviewed 23 November 2026", with a machine-readable date. */
export async function ReviewDate({ date, label, format }: { date: string; label: (formatted: string) => string; format: Formatter }) {
  const formatted = typeset(format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }), await getLocale());
  return <time dateTime={date}>{label(formatted)}</time>;
}
