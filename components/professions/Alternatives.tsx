import { getTranslations } from "next-intl/server";
import type { Alternative, Locale } from "@/lib/content/schema";
import type { ComputedAlternative } from "@/lib/professions/sections";
import { ComputedAlternatives } from "./ComputedAlternatives";
import { CuratedAlternatives } from "./CuratedAlternatives";
import { Section } from "./Section";

/** Plan 1A: the curated alternatives and the computed ones, side by side on wide screens. */
export async function Alternatives(props: {
  curated: readonly Alternative[];
  computed: readonly ComputedAlternative[];
  computedFor: string;
  engine: { engineVersion: string; dataVersion: string } | null;
  locale: Locale;
}) {
  const t = await getTranslations("professions.page");
  return (
    <Section id="alternatives" title={t("sections.alternatives")}>
      <p className="max-w-prose">{t("alternatives.intro")}</p>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2 print:block print:space-y-6">
        <CuratedAlternatives alternatives={props.curated} />
        <ComputedAlternatives title={props.computedFor} alternatives={props.computed} engine={props.engine} locale={props.locale} />
      </div>
    </Section>
  );
}
