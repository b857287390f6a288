import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProfessionIndex } from "@/components/professions/ProfessionIndex";
import { alternates } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";
import { groupByField } from "@/lib/professions/catalog";
import { professionEntries } from "@/lib/professions/content";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Longer queries cannot match a title; cut them rather than fail. */
const MAX_QUERY = 100;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "professions.index" });
  const meta = await getTranslations({ locale, namespace: "meta" });
  return {
    title: t("title"),
    description: t("metaDescription"),
    alternates: alternates("/professions"),
    openGraph: {
      title: t("title"),
      description: t("metaDescription"),
      siteName: meta("siteName"),
      locale: locale === "fr" ? "fr_CA" : "en_CA",
      type: "website",
      url: `/${locale}/professions`,
    },
  };
}

export default async function ProfessionsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("professions.index");
  const { q } = await searchParams;
  // Without JavaScript the filter form submits here and the list renders filtered on the server.
  const query = typeof q === "string" ? q.slice(0, MAX_QUERY) : "";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      <ProfessionIndex groups={groupByField(professionEntries(locale))} query={query} />
    </div>
  );
}
