"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { SearchForm } from "@/components/ui/SearchForm";
import { Link } from "@/lib/i18n/navigation";

export interface SearchHit {
  code: string;
  title: string;
  teer: number;
  matchedTitle: string | null;
}

type Status = "idle" | "loading" | "done" | "error";

/**
 * Search as you type. The form is a plain GET form, so without JavaScript
 * (or before it loads) pressing Search renders results on the server.
 */
export function OccupationSearch({ initialQuery, initialResults }: { initialQuery: string; initialResults: SearchHit[] | null }) {
  const t = useTranslations("search");
  const locale = useLocale();
  const [query, setQuery] = useState(initialQuery);
  const [results, setResults] = useState<SearchHit[] | null>(initialResults);
  const [status, setStatus] = useState<Status>(initialResults ? "done" : "idle");
  const latest = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setStatus("idle");
      setResults(null);
      return;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      setStatus("loading");
      try {
        const res = await fetch(`/api/v1/occupations?${new URLSearchParams({ q, locale, limit: "20" })}`);
        if (!res.ok) throw new Error(String(res.status));
        const data = (await res.json()) as { results: SearchHit[] };
        if (ticket !== latest.current) return;
        setResults(data.results);
        setStatus("done");
        window.history.replaceState(null, "", `?${new URLSearchParams({ q })}`);
      } catch {
        if (ticket === latest.current) setStatus("error");
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [query, locale]);

  const announcement =
    status === "loading" ? t("searching") : status === "error" ? t("error") : results ? t("results", { count: results.length }) : "";

  return (
    <div>
      <SearchForm
        action={`/${locale}/occupations`}
        label={t("label")}
        placeholder={t("placeholder")}
        submitLabel={t("submit")}
        value={query}
        onChange={setQuery}
      />
      <p aria-live="polite" role="status" className="mt-3 text-sm text-[var(--color-muted)]">
        {announcement}
      </p>
      {results && results.length === 0 && status === "done" ? <p>{t("noResults", { query: query.trim() })}</p> : null}
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
  );
}
