import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("layout");
  return (
    <footer className="mt-8 border-t border-slate-200 bg-[var(--color-surface)]">
      <p className="mx-auto max-w-5xl px-4 py-4 text-sm text-[var(--color-muted)] sm:px-6">{t("footer")}</p>
    </footer>
  );
}
