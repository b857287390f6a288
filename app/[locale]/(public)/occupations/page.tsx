import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OccupationSearch } from "@/components/OccupationSearch";
import { isLocale } from "@/lib/i18n/routing";
import { searchOccupations } from "@/lib/occupations/search";
import { occupationSearchQuery } from "@/lib/validation/occupations";
import { alternates } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "search" });
  return { title: t("title"), description: t("intro"), alternates: alternates("/occupations") };
}

export default async function OccupationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("search");
  const { q } = await searchParams;
  const query = typeof q === "string" ? q : "";
  // Without JavaScript the form submits here, and results render on the server.
  const parsed = occupationSearchQuery.safeParse({ q: query, locale, limit: "20" });
  const results = parsed.success && isLocale(locale) ? await searchOccupations(parsed.data.q, locale, 20) : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      <OccupationSearch query={query} results={results} />
    </div>
  );
}
