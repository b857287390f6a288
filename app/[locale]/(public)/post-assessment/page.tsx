import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { JourneyPage } from "@/components/journeys/JourneyPage";
import { alternates } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "journeys.post-assessment" });
  return { title: t("title"), description: t("intro"), alternates: alternates("/post-assessment"), robots: { index: true, follow: false } };
}

/** The post-assessment journey: one step per request (?step=), forms post to server actions. */
export default async function PostAssessmentPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const sp = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  return <JourneyPage kind="post-assessment" locale={locale} search={{ step: one(sp.step), q: one(sp.q), deleted: one(sp.deleted) }} />;
}
