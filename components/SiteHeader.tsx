import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "./LanguageSwitcher";

export async function SiteHeader() {
  const t = await getTranslations("layout");
  return (
    <header className="border-b border-slate-200 bg-[var(--color-surface)]">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-xl font-bold text-[var(--color-brand-dark)] no-underline">
          Parallel
        </Link>
        <nav aria-label={t("mainNav")} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <Link href="/pre-arrival">{t("preArrival")}</Link>
          <Link href="/post-assessment">{t("postAssessment")}</Link>
          <Link href="/professions">{t("professions")}</Link>
          <Link href="/occupations">{t("occupations")}</Link>
          <Link href="/compare">{t("compare")}</Link>
          <LanguageSwitcher label={t("switchTo")} description={t("switchToLabel")} />
        </nav>
      </div>
    </header>
  );
}
