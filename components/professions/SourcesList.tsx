import { getTranslations } from "next-intl/server";
import type { ProfessionFrontmatter } from "@/lib/content/schema";
import { sourceAnchor } from "@/lib/professions/sections";
import { ClaimDates } from "./Freshness";
import { Section } from "./Section";

/**
 * The numbered sources the footnotes point to. In print, each link's address
 * is written out, since a handout cannot be clicked.
 */
export async function SourcesList({ sources, footnotes }: { sources: ProfessionFrontmatter["sources"]; footnotes: Record<string, number> }) {
  const t = await getTranslations("professions.page");
  return (
    <Section id="sources" title={t("sections.sources")}>
      <p className="text-sm">{t("sources.intro")}</p>
      <ol className="space-y-2 text-sm" data-testid="sources">
        {sources.map((source) => (
          <li key={source.id} id={sourceAnchor(source.id)} className="flex scroll-mt-4 gap-2 rounded target:bg-amber-50">
            <span className="shrink-0 font-medium">[{footnotes[source.id]}]</span>
            <span className="min-w-0 break-words">
              {source.url ? (
                <a href={source.url} className="underline">
                  {source.title}
                </a>
              ) : (
                source.title
              )}. {source.publisher}, {source.year}.
              {source.url ? <span className="hidden print:inline"> {source.url}</span> : null}
              <ClaimDates claim={source} kind="source" />
            </span>
          </li>
        ))}
      </ol>
      <p className="text-sm">
        {t("sources.data")} {t("sources.dataList")}
      </p>
    </Section>
  );
}
