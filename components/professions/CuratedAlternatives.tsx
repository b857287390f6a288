import { getTranslations } from "next-intl/server";
import type { Alternative } from "@/lib/content/schema";
import { Link } from "@/lib/i18n/navigation";
import { groupAlternatives } from "@/lib/professions/sections";
import { Badge } from "./Badge";

/** The editors' alternatives under the four kinds, each with what transfers and how to get in. */
export async function CuratedAlternatives({ alternatives }: { alternatives: readonly Alternative[] }) {
  const t = await getTranslations("professions.page.alternatives");
  return (
    <div className="space-y-4" data-testid="curated-alternatives">
      <div>
        <h3 className="text-lg font-semibold">
          {t("curated")}
        </h3>
        <p className="mt-1 text-sm">{t("curatedIntro")}</p>
      </div>
      {groupAlternatives(alternatives).map((group) => (
        <div key={group.kind} className="space-y-2">
          <h4 className="font-semibold">{t(`kinds.${group.kind}`)}</h4>
          <p className="text-sm text-[var(--color-muted)]">{t(`kindHints.${group.kind}`)}</p>
          <ul className="space-y-3">
            {group.alternatives.map((a) => (
              <li key={a.nocCode + a.title} className="break-inside-avoid rounded border border-slate-200 p-3">
                <h5 className="font-semibold">
                  <Link href={`/occupations/${a.nocCode}`}>{a.title}</Link>{" "}
                  <span className="text-sm font-normal text-[var(--color-muted)]">({t("code", { code: a.nocCode })})</span>
                </h5>
                <p className="mt-1 flex flex-wrap gap-1">
                  {a.interim ? <Badge tone="positive">{t("interim")}</Badge> : null}
                  <Badge tone={a.regulated ? "notice" : "neutral"}>{a.regulated ? t("regulated") : t("notRegulated")}</Badge>
                </p>
                <p className="mt-2 text-sm">
                  <span className="font-medium">{t("transfers")} </span>
                  {a.transferableCompetencies.join(", ")}
                </p>
                <p className="mt-1 text-sm">
                  <span className="font-medium">{t("entry")} </span>
                  {a.entry}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
