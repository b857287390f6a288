import { getLocale, getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/ui/SearchForm";
import { Link } from "@/lib/i18n/navigation";
import type { FieldGroup, ProfessionEntry } from "@/lib/professions/catalog";
import { filterProfessions } from "@/lib/professions/filter";

const RESULTS_ID = "profession-results";
const STATUS_ID = "profession-count";

/**
 * The profession index with its filter: a plain GET form, so the server
 * filters the list; the islands script filters as you type by loading the
 * filtered page and showing its list here.
 */
export async function ProfessionIndex({ groups, query }: { groups: FieldGroup<ProfessionEntry>[]; query: string }) {
  const t = await getTranslations("professions");
  const locale = await getLocale();
  const shown = groups
    .map((group) => ({ ...group, entries: filterProfessions(group.entries, query) }))
    .filter((group) => group.entries.length > 0);
  const count = shown.reduce((n, group) => n + group.entries.length, 0);
  const trimmed = query.trim();

  return (
    <div className="space-y-4">
      <SearchForm
        id="profession-filter"
        action={`/${locale}/professions`}
        label={t("index.filterLabel")}
        hint={t("index.filterHint")}
        placeholder={t("index.filterPlaceholder")}
        submitLabel={t("index.filterSubmit")}
        value={query}
        live={{ resultsId: RESULTS_ID, statusId: STATUS_ID, stay: true }}
      />

      <p id={STATUS_ID} role="status" className="text-sm text-[var(--color-muted)]">
        {trimmed ? t("index.countFiltered", { count, query: trimmed }) : t("index.count", { count })}
      </p>

      <div id={RESULTS_ID} className="space-y-4">
        {count === 0 ? (
          <p>
            {t("index.noMatch")}{" "}
            <Link className="underline" href={`/occupations?${new URLSearchParams({ q: trimmed })}`}>
              {t("index.searchOccupations")}
            </Link>
          </p>
        ) : null}

        {shown.map((group) => (
          <section key={group.field} aria-labelledby={`field-${group.field}`} className="space-y-2">
            <h2 id={`field-${group.field}`} className="text-xl font-semibold">
              {t(`fields.${group.field}`)}
            </h2>
            <ul className="grid grid-cols-1 gap-3 break-words sm:grid-cols-2" data-testid="profession-list">
              {group.entries.map((entry) => (
                <li key={entry.slug} className="break-inside-avoid rounded border border-slate-200 p-3">
                  <h3 className="font-semibold">
                    <Link className="underline" href={`/professions/${entry.slug}`}>
                      {entry.title}
                    </Link>
                  </h3>
                  <p className="mt-1 text-sm">{entry.summary}</p>
                  <p className="mt-1 text-xs text-[var(--color-muted)]">{t("index.otherTitles", { titles: entry.otherTitles.join(", ") })}</p>
                  <p className="mt-1 text-xs text-[var(--color-muted)]">
                    {t("index.nocCodes", { count: entry.nocCodes.length, codes: entry.nocCodes.join(", ") })}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}

        {trimmed ? (
          <p>
            <Link href="/professions">{t("index.showAll")}</Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}
