import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { typeset } from "@/lib/i18n/typography";

/** "Content reviewed on 23 November 2026." with a machine-readable date. */
export async function ReviewedOn({ date }: { date: string }) {
  const t = await getTranslations("embed");
  const format = await getFormatter();
  const formatted = typeset(format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }), await getLocale());
  return (
    <p data-testid="embed-date">
      <time dateTime={date}>{t("dataDate", { date: formatted })}</time>
    </p>
  );
}

/** The reference data the engine's figures come from, with its version. */
export async function ReferenceData({ version }: { version: string | null }) {
  const t = await getTranslations("embed");
  return <p data-testid="embed-sources">{t("referenceData", { version: version ?? "–" })}</p>;
}

/** Numbered sources, each linked (in a new tab) when it has an address. */
export async function SourceLinks({ sources }: { sources: { id: string; title: string; publisher: string; year: number; url?: string }[] }) {
  const t = await getTranslations("embed");
  return (
    <details data-testid="embed-sources">
      <summary className="cursor-pointer">
        {t("sources")} ({sources.length})
      </summary>
      <ol className="mt-1 list-decimal space-y-1 pl-6">
        {sources.map((s) => (
          <li key={s.id}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener">
                {s.title}
              </a>
            ) : (
              s.title
            )}
            . {s.publisher}, {s.year}.
          </li>
        ))}
      </ol>
    </details>
  );
}
