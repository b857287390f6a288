import { getLocale, getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/ui/SearchForm";
import { Link } from "@/lib/i18n/navigation";

export interface SearchHit {
  code: string;
  title: string;
  teer: number;
  matchedTitle: string | null;
}

/** The ids the occupations page and the home page share, so typing on either shows the occupations page's results. */
const RESULTS_ID = "occupation-results";
const STATUS_ID = "occupation-search-status";

/**
 * The occupation search: a plain GET form to the occupations page, which
 * renders the results on the server. It searches as you type through the
 * islands script, which loads that page and shows its results here.
 * `results` is null before a search (or for a query under two letters).
 */
export async function OccupationSearch({ query, results }: { query: string; results: SearchHit[] | null }) {
  const t = await getTranslations("search");
  const locale = await getLocale();
  const trimmed = query.trim();
  return (
    <div>
      <SearchForm
        id="occupation-search"
        action={`/${locale}/occupations`}
        label={t("label")}
        placeholder={t("placeholder")}
        submitLabel={t("submit")}
        value={query}
        live={{ resultsId: RESULTS_ID, statusId: STATUS_ID, minLength: 2, searching: t("searching"), error: t("error") }}
      />
      <p id={STATUS_ID} aria-live="polite" role="status" className="mt-3 text-sm text-[var(--color-muted)]">
        {results ? t("results", { count: results.length }) : ""}
      </p>
      <div id={RESULTS_ID}>
        {results && results.length === 0 ? <p>{t("noResults", { query: trimmed })}</p> : null}
        {results && results.length > 0 ? (
          <ul className="mt-2 divide-y divide-slate-200 rounded border border-slate-200" data-testid="search-results">
            {results.map((hit) => (
              <li key={hit.code}>
                <Link href={`/occupations/${hit.code}`} className="block px-3 py-2 no-underline hover:bg-[var(--color-surface)]">
                  <span className="block font-medium underline">{hit.title}</span>
                  <span className="block text-sm text-[var(--color-muted)]">
                    {t("code", { code: hit.code })} · {t("teer", { teer: hit.teer })}
                    {hit.matchedTitle ? <> · {t("matchedTitle", { title: hit.matchedTitle })}</> : null}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
