import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { frenchTypography } from "@/lib/i18n/typography";
import { isEmptyDiff, type ReportDiff } from "@/lib/workspace/reports/diff";

/** "Changes since version n-1": options that appeared, left or moved, gaps closed or opened, engine, data and answers changed. */
export async function ReportChanges({ diff, locale }: { diff: ReportDiff; locale: "en" | "fr" }) {
  const t = await getTranslations("reports.changes");
  const title = (o: { titleEn: string; titleFr: string; code: string }) => `${locale === "fr" ? frenchTypography(o.titleFr) : o.titleEn} (${o.code})`;
  const name = (g: { nameEn: string; nameFr: string }) => (locale === "fr" ? frenchTypography(g.nameFr) : g.nameEn);
  const colon = locale === "fr" ? "\u00a0: " : ": ";
  const fields = diff.answers.map((f) => (t.has(`fields.${f}`) ? t(`fields.${f}` as "fields.origin") : f));
  return (
    <section aria-labelledby="changes" className="space-y-3 rounded border border-[var(--color-brand)] p-4" data-testid="report-changes">
      <h2 id="changes" className="text-xl font-semibold">
        {t("title", { version: diff.fromVersion })}
      </h2>
      {diff.engine ? <p>{t("engine", diff.engine)}</p> : null}
      {diff.data ? <p>{t("data", diff.data)}</p> : null}
      {fields.length ? <p>{t("answers", { fields: fields.join(", ") })}</p> : null}
      {isEmptyDiff(diff) || (!diff.appeared.length && !diff.left.length && !diff.moved.length && !diff.gaps.length) ? <p>{t("none")}</p> : null}
      <Group heading={t("appeared")} items={diff.appeared} render={(o) => `${title(o)}, ${t("rank", { rank: o.rank })}`} />
      <Group heading={t("left")} items={diff.left} render={(o) => `${title(o)}, ${t("rank", { rank: o.rank })}`} />
      <Group
        heading={t("moved")}
        items={diff.moved}
        render={(o) => (
          <>
            {title(o)}
            {colon}
            <span aria-hidden="true">{o.to < o.from ? "↑ " : "↓ "}</span>
            {t(o.to < o.from ? "up" : "down", { from: o.from, to: o.to })}
          </>
        )}
      />
      <Group
        heading={t("gaps")}
        items={diff.gaps}
        render={(g) =>
          `${title(g)}${colon}${[g.closed.length ? t("closed", { names: g.closed.map(name).join(", ") }) : null, g.opened.length ? t("opened", { names: g.opened.map(name).join(", ") }) : null].filter(Boolean).join("; ")}`
        }
      />
      <p className="text-sm text-[var(--color-muted)]">{t("unchanged", { count: diff.unchanged })}</p>
    </section>
  );
}

/** One kind of change: a heading and its list, nothing when there is none. */
function Group<T extends { code: string }>({ heading, items, render }: { heading: string; items: T[]; render: (item: T) => ReactNode }) {
  if (!items.length) return null;
  return (
    <div>
      <h3 className="font-medium">{heading}</h3>
      <ul className="list-disc pl-5">
        {items.map((item) => (
          <li key={item.code}>{render(item)}</li>
        ))}
      </ul>
    </div>
  );
}
