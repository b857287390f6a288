import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("layout");
  const privacy = await getTranslations("privacy");
  const developers = await getTranslations("embed.developers");
  return (
    <footer className="mt-8 border-t border-slate-200 bg-[var(--color-surface)]">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-4 text-sm text-[var(--color-muted)] sm:px-6">
        <p>{t("footer")}</p>
        <p>
          <Link href="/privacy">{privacy("footerLink")}</Link> · <Link href="/developers">{developers("footerLink")}</Link>
        </p>
      </div>
    </footer>
  );
}
