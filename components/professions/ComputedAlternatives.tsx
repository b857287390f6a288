import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/content/schema";
import { Link } from "@/lib/i18n/navigation";
import type { ComputedAlternative } from "@/lib/professions/sections";
import { Badge } from "./Badge";

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The matching engine's alternatives for the profession's main occupation,
 * each with its explanation in the page language, what transfers and the
 * largest gaps, so no score stands without the competencies behind it.
 */
export async function ComputedAlternatives({
  title,
  alternatives,
  engine,
  locale,
}: {
  title: string;
  alternatives: readonly ComputedAlternative[];
  engine: { engineVersion: string; dataVersion: string } | null;
  locale: Locale;
}) {
  const t = await getTranslations("professions.page.alternatives");
  const name = (d: { nameEn: string; nameFr: string }) => (locale === "fr" ? d.nameFr : d.nameEn);
  return (
    <div className="space-y-4" data-testid="computed-alternatives">
      <div>
        <h3 className="text-lg font-semibold">
          {t("computed")}
        </h3>
        <p className="mt-1 text-sm">{t("computedIntro", { title })}</p>
      </div>
      {alternatives.length ? (
        <ol className="space-y-3">
          {alternatives.map((r) => (
            <li key={r.code} className="break-inside-avoid rounded border border-slate-200 p-3">
              <h4 className="font-semibold">
                <Link href={`/occupations/${r.code}`}>{r.title}</Link>{" "}
                <span className="text-sm font-normal text-[var(--color-muted)]">({t("code", { code: r.code })})</span>
              </h4>
              <p className="mt-1 flex flex-wrap gap-1">
                <Badge>{t(`kinds.${r.kind}`)}</Badge>
                <Badge>{t("match", { percent: Math.round(r.score * 100) })}</Badge>
                {r.regulated ? <Badge tone="notice">{t("regulated")}</Badge> : null}
                {r.alsoCurated ? <Badge tone="positive">{t("alsoCurated")}</Badge> : null}
                {r.viable ? null : <Badge>{t("belowThreshold")}</Badge>}
              </p>
              <p className="mt-2 text-sm">{locale === "fr" ? r.explanation.fr : r.explanation.en}</p>
              {r.transfers.length ? (
                <p className="mt-2 text-sm">
                  <span className="font-medium">{t("transfers")} </span>
                  {r.transfers
                    .slice(0, 5)
                    .map((d) => name(d))
                    .join(", ")}
                </p>
              ) : null}
              <div className="mt-1 text-sm">
                <p className="font-medium">{t("gaps")}</p>
                {r.gaps.length ? (
                  <ul className="list-disc pl-5">
                    {r.gaps.slice(0, 3).map((g) => (
                      <li key={g.code}>
                        {t("gapSize", { name: name(g), required: round(g.requiredLevel), max: g.scaleMax, person: round(g.personLevel) })}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{t("noGaps")}</p>
                )}
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("none")}</p>
      )}
      {engine ? (
        <p className="text-xs text-[var(--color-muted)]">{t("versions", { engine: engine.engineVersion, data: engine.dataVersion })}</p>
      ) : null}
    </div>
  );
}
