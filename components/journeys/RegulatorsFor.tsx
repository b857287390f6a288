import { getTranslations } from "next-intl/server";
import { provinceSlug, regulatorsFor } from "@/lib/content/regulators";
import { typeset } from "@/lib/i18n/typography";
import type { Locale } from "@/lib/content/schema";

/** Who regulates the profession in each province the person chose, each linked to its province page. */
export async function RegulatorsFor({ slug, provinces, locale }: { slug: string; provinces: readonly string[]; locale: Locale }) {
  const rows = regulatorsFor(slug, provinces, locale);
  if (!rows.length) return null;
  const t = await getTranslations("professions.regulators");
  const tp = await getTranslations("provinces");
  return (
    <div data-testid="journey-regulators">
      <h3 className="text-lg font-semibold">{t("journeyTitle")}</h3>
      <ul className="list-disc space-y-1 pl-5">
        {rows.map((r) => (
          <li key={r.province}>
            <a className="underline" href={`/${locale}/professions/${slug}/${provinceSlug(r.province)}`}>
              {r.body ? typeset(`${tp(r.province)}: ${r.body}${r.abbreviation ? ` (${r.abbreviation})` : ""}`, locale) : t("journeyNotRegulated", { province: tp(r.province) })}
            </a>
            {r.verified ? null : <span className="text-sm text-[var(--color-muted)]"> {t("journeyUnverified")}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
