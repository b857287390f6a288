import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.checkEmail" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** After asking for a link: the same page whether or not the address has an account. */
export default async function CheckEmailPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("auth.checkEmail");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("body")}</p>
      <p className="text-sm text-[var(--color-muted)]">{t("serverLog")}</p>
      <p>
        <a className="underline" href={`/${locale}/sign-in`}>
          {t("again")}
        </a>
      </p>
    </div>
  );
}
