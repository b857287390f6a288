import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SavedJourneyView } from "@/components/journeys/SavedJourneyView";
import { isLocale } from "@/lib/i18n/routing";
import { loadJourney } from "@/lib/journeys/store";
import { env } from "@/lib/env";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "journeys.saved" });
  // A private link: never indexed, never sent as a referrer.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** A private link: resumes a saved journey in any browser, or says clearly that it has expired. */
export default async function SavedPage({ params }: Props) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const journey = await loadJourney(token);
  return <SavedJourneyView locale={locale} token={token} journey={journey} origin={env().SITE_URL} />;
}
