import { getTranslations } from "next-intl/server";
import { AlternativeCard } from "@/components/AlternativeCard";
import type { ExplainedTarget, MatchResult } from "@/lib/matching";
import { Link } from "@/lib/i18n/navigation";

/**
 * "Parallel careers from here": the engine's top alternatives for an
 * occupation (with the profession guide's curated options merged in, where
 * a guide covers it), each explained the same way as everywhere else.
 */
export async function ParallelCareers({ origin, result, locale }: { origin: string; result: MatchResult; locale: "en" | "fr" }) {
  const t = await getTranslations("alternatives");
  const explained = result.results.filter((r): r is ExplainedTarget => r.explained);
  return (
    <section aria-labelledby="parallel-careers" className="space-y-3">
      <h2 id="parallel-careers" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="max-w-prose text-sm">{t("intro")}</p>
      <ol className="space-y-4">
        {explained.map((r, i) => (
          <AlternativeCard key={r.code} target={r} locale={locale} rank={i + 1}>
            <p className="no-print mt-2 text-sm">
              <Link href={`/compare?a=${origin}&b=${r.code}`}>{t("compare")}</Link>
            </p>
          </AlternativeCard>
        ))}
      </ol>
      <p className="text-xs text-[var(--color-muted)]">{t("versions", { engine: result.engineVersion, data: result.dataVersion })}</p>
    </section>
  );
}
