import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { loadRegulators, provinceSlug } from "@/lib/content/regulators";
import { PROVINCES, type Locale } from "@/lib/content/schema";
import { Section } from "./Section";

/**
 * One link per province and territory to the profession's province page:
 * plain links, so it works without JavaScript. Each link says who regulates
 * the profession there, or that it is not regulated.
 */
export async function ProvinceSelector({ slug, profession, locale, current }: { slug: string; profession: string; locale: Locale; current?: string }) {
  const data = loadRegulators(slug);
  if (!data) return null;
  const t = await getTranslations("professions.regulators");
  const tp = await getTranslations("provinces");
  const list = (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="province-selector">
      {PROVINCES.map((code) => {
        const entry = data.provinces[code];
        const detail = entry.status === "regulated" ? (entry.body.abbreviation ?? entry.body.name[locale]) : t("notRegulatedShort");
        const isCurrent = current === code;
        return (
          <li key={code}>
            <Link
              href={`/professions/${slug}/${provinceSlug(code)}`}
              aria-current={isCurrent ? "page" : undefined}
              className={`block rounded border p-2 ${isCurrent ? "border-[var(--color-brand)] font-semibold" : "border-slate-200"}`}
            >
              <span className="block">{tp(code)}</span>
              <span className="block text-sm text-[var(--color-muted)]">{detail}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
  if (current) {
    return (
      <nav aria-labelledby="other-provinces-title" className="no-print space-y-3">
        <h2 id="other-provinces-title" className="text-xl font-semibold">
          {t("otherProvinces")}
        </h2>
        {list}
      </nav>
    );
  }
  return (
    <Section id="provinces" title={t("selectorTitle")}>
      <p className="max-w-prose">{t("selectorIntro", { profession })}</p>
      <nav aria-label={t("selectorTitle")}>{list}</nav>
    </Section>
  );
}
