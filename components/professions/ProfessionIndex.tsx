"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { SearchForm } from "@/components/ui/SearchForm";
import { Link } from "@/lib/i18n/navigation";
import type { FieldGroup, ProfessionEntry } from "@/lib/professions/catalog";
import { filterProfessions } from "@/lib/professions/filter";

/**
 * The profession index with its filter. The form is a plain GET form, so
 * without JavaScript the server filters; with it, the list filters as you type.
 */
export function ProfessionIndex({ groups, initialQuery }: { groups: FieldGroup<ProfessionEntry>[]; initialQuery: string }) {
  const t = useTranslations("professions");
  const locale = useLocale();
  const [query, setQuery] = useState(initialQuery);

  const shown = groups
    .map((group) => ({ ...group, entries: filterProfessions(group.entries, query) }))
    .filter((group) => group.entries.length > 0);
  const count = shown.reduce((n, group) => n + group.entries.length, 0);
  const trimmed = query.trim();

  function update(value: string) {
    setQuery(value);
    const q = value.trim();
    window.history.replaceState(null, "", q ? `?${new URLSearchParams({ q })}` : window.location.pathname);
  }

  return (
    <div className="space-y-4">
      <SearchForm
        action={`/${locale}/professions`}
        label={t("index.filterLabel")}
        hint={t("index.filterHint")}
        placeholder={t("index.filterPlaceholder")}
        submitLabel={t("index.filterSubmit")}
        value={query}
        onChange={update}
        onSubmit={(event) => event.preventDefault()}
      />

      <p role="status" className="text-sm text-[var(--color-muted)]">
        {trimmed ? t("index.countFiltered", { count, query: trimmed }) : t("index.count", { count })}
      </p>

      {count === 0 ? (
        <p>
          {t("index.noMatch")}{" "}
          <Link className="underline" href={`/occupations?${new URLSearchParams({ q: trimmed })}`}>{t("index.searchOccupations")}</Link>
        </p>
      ) : null}

      {shown.map((group) => (
        <section key={group.field} aria-labelledby={`field-${group.field}`} className="space-y-2">
          <h2 id={`field-${group.field}`} className="text-xl font-semibold">
            {t(`fields.${group.field}`)}
          </h2>
          <ul className="grid grid-cols-1 gap-3 break-words sm:grid-cols-2" data-testid="profession-list">
            {group.entries.map((entry) => (
              <ProfessionCard key={entry.slug} entry={entry} />
            ))}
          </ul>
        </section>
      ))}

      {trimmed ? (
        <p>
          {/* Without JavaScript the link reloads the full list; with it, the filter clears in place. */}
          <Link
            href="/professions"
            onClick={(event) => {
              event.preventDefault();
              update("");
            }}
          >
            {t("index.showAll")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function ProfessionCard({ entry }: { entry: ProfessionEntry }) {
  const t = useTranslations("professions.index");
  return (
    <li className="break-inside-avoid rounded border border-slate-200 p-3">
      <h3 className="font-semibold">
        <Link className="underline" href={`/professions/${entry.slug}`}>{entry.title}</Link>
      </h3>
      <p className="mt-1 text-sm">{entry.summary}</p>
      <p className="mt-1 text-xs text-[var(--color-muted)]">{t("otherTitles", { titles: entry.otherTitles.join(", ") })}</p>
      <p className="mt-1 text-xs text-[var(--color-muted)]">
        {t("nocCodes", { count: entry.nocCodes.length, codes: entry.nocCodes.join(", ") })}
      </p>
    </li>
  );
}
