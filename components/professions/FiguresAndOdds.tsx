import { getTranslations } from "next-intl/server";
import type { ProfessionFrontmatter } from "@/lib/content/schema";
import { ClaimDates } from "./Freshness";
import { Section } from "./Section";
import { SourceRefs } from "./SourceRefs";

/** The sourced figures, then the honest account of the odds. */
export async function FiguresAndOdds({
  figures,
  odds,
  footnotes,
}: {
  figures: ProfessionFrontmatter["figures"];
  odds: string;
  footnotes: Record<string, number>;
}) {
  const t = await getTranslations("professions.page");
  return (
    <>
      {figures.length ? (
        <Section id="figures" title={t("sections.figures")}>
          <p className="text-sm">{t("figures.intro")}</p>
          <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2" data-testid="figures">
            {figures.map((figure) => (
              <div key={figure.label} className="break-inside-avoid rounded border border-slate-200 p-3">
                <dt className="text-sm">{figure.label}</dt>
                <dd className="text-xl font-semibold">
                  {figure.value}
                  <SourceRefs ids={figure.sources} footnotes={footnotes} />
                </dd>
                <dd className="mt-1">
                  <ClaimDates claim={figure} kind="figure" />
                </dd>
              </div>
            ))}
          </dl>
        </Section>
      ) : null}
      <Section id="odds" title={t("sections.odds")}>
        <p className="max-w-prose" data-testid="odds">
          {odds}
        </p>
      </Section>
    </>
  );
}
