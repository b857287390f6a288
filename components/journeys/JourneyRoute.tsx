import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { alternates } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";
import type { JourneyKind } from "@/lib/journeys/schema";
import { JourneyPage } from "./JourneyPage";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Metadata of a journey's route (`/[locale]/<kind>`). */
export function journeyMetadata(kind: JourneyKind) {
  return async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace: `journeys.${kind}` });
    return { title: t("title"), description: t("intro"), alternates: alternates(`/${kind}`), robots: { index: true, follow: false } };
  };
}

/** A journey's page: one step per request (?step=), forms post to server actions. */
export function journeyRoute(kind: JourneyKind) {
  return async function JourneyRoutePage({ params, searchParams }: Props) {
    const { locale } = await params;
    if (!isLocale(locale)) notFound();
    setRequestLocale(locale);
    const sp = await searchParams;
    const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
    return <JourneyPage kind={kind} locale={locale} search={{ step: one(sp.step), q: one(sp.q), deleted: one(sp.deleted) }} />;
  };
}
