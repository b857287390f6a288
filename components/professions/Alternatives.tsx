import { getTranslations } from "next-intl/server";
import { AlternativeCard } from "@/components/AlternativeCard";
import type { Locale } from "@/lib/content/schema";
import type { ExplainedTarget } from "@/lib/matching";
import { Section } from "./Section";

/**
 * Plan 1A: one ranked list, the guide's curated options merged with the
 * matching engine's, each labelled with where it comes from and explained
 * the same way (what transfers, the gaps, how to get there).
 */
export async function Alternatives(props: {
  alternatives: readonly ExplainedTarget[];
  computedFor: string;
  engine: { engineVersion: string; dataVersion: string } | null;
  locale: Locale;
}) {
  const t = await getTranslations("professions.page");
  return (
    <Section id="alternatives" title={t("sections.alternatives")}>
      <p className="max-w-prose">{t("alternatives.intro")}</p>
      <p className="max-w-prose text-sm">{t("alternatives.computedIntro", { title: props.computedFor })}</p>
      {props.alternatives.length ? (
        <ol className="space-y-3" data-testid="alternatives">
          {props.alternatives.map((target, i) => (
            <AlternativeCard key={target.code} target={target} locale={props.locale} rank={i + 1} />
          ))}
        </ol>
      ) : (
        <p>{t("alternatives.none")}</p>
      )}
      {props.engine ? (
        <p className="text-xs text-[var(--color-muted)]">
          {t("alternatives.versions", { engine: props.engine.engineVersion, data: props.engine.dataVersion })}
        </p>
      ) : null}
    </Section>
  );
}
