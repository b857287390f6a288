import { getTranslations } from "next-intl/server";
import type { ExplainedTarget, MatchResult } from "@/lib/matching";
import { Link } from "@/lib/i18n/navigation";

/**
 * "Parallel careers from here": the engine's top alternatives for an
 * occupation, each with its explanation, what transfers and what to build.
 */
export async function ParallelCareers({ origin, result, locale }: { origin: string; result: MatchResult; locale: "en" | "fr" }) {
  const t = await getTranslations("alternatives");
  const explained = result.results.filter((r): r is ExplainedTarget => r.explained);
  const name = (d: { nameEn: string; nameFr: string }) => (locale === "fr" ? d.nameFr : d.nameEn);
  return (
    <section aria-labelledby="parallel-careers" className="space-y-3">
      <h2 id="parallel-careers" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="max-w-prose text-sm">{t("intro")}</p>
      <ol className="space-y-4">
        {explained.map((r, i) => (
          <li key={r.code} className="break-inside-avoid rounded border border-slate-200 p-3">
            <h3 className="font-semibold">
              {i + 1}. <Link href={`/occupations/${r.code}`}>{r.title}</Link>{" "}
              <span className="text-sm font-normal text-[var(--color-muted)]">
                ({t("code", { code: r.code })})
              </span>
            </h3>
            <p className="mt-1 flex flex-wrap gap-2 text-xs">
              <span className="rounded bg-[var(--color-surface)] px-2 py-0.5">{t(`kinds.${r.kind}`)}</span>
              <span className="rounded bg-[var(--color-surface)] px-2 py-0.5">{t(`paths.${r.path}`)}</span>
              <span className="rounded bg-[var(--color-surface)] px-2 py-0.5">{t("match", { percent: Math.round(r.score * 100) })}</span>
              {r.regulated ? <span className="rounded bg-amber-100 px-2 py-0.5">{t("regulated")}</span> : null}
              {!r.viable ? <span className="rounded bg-slate-200 px-2 py-0.5">{t("belowThreshold")}</span> : null}
            </p>
            <p className="mt-2">{locale === "fr" ? r.explanation.fr : r.explanation.en}</p>
            <div className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
              {r.transfers.length ? (
                <div>
                  <h4 className="font-medium">{t("transfers")}</h4>
                  <ul className="list-disc pl-5">
                    {r.transfers.slice(0, 5).map((d) => (
                      <li key={d.code}>{name(d)}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <div>
                <h4 className="font-medium">{t("gaps")}</h4>
                {r.gaps.length ? (
                  <ul className="list-disc pl-5">
                    {r.gaps.slice(0, 4).map((g) => (
                      <li key={g.code}>
                        {name(g)}: {t("gapSize", { required: g.requiredLevel, person: g.personLevel, max: g.scaleMax })}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{t("noGaps")}</p>
                )}
              </div>
            </div>
            <p className="no-print mt-2 text-sm">
              <Link href={`/compare?a=${origin}&b=${r.code}`}>{t("compare")}</Link>
            </p>
          </li>
        ))}
      </ol>
      <p className="text-xs text-[var(--color-muted)]">{t("versions", { engine: result.engineVersion, data: result.dataVersion })}</p>
    </section>
  );
}
