import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { alternates } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";
import type { JourneyKind } from "@/lib/journeys/schema";
import { journeyView, type JourneySearch } from "@/lib/journeys/view";
import { JourneyPage } from "./JourneyPage";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function searchOf(props: Props): Promise<JourneySearch> {
  const sp = await props.searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  return { step: one(sp.step), q: one(sp.q), deleted: one(sp.deleted), occupation: one(sp.occupation), delete: one(sp.delete) };
}

/**
 * Metadata of a journey's route (`/[locale]/<kind>`). The title names the
 * step ("Step 3 of 6: … – journey"), so it changes with every step, and
 * screen readers and browser tabs say where the person is.
 */
export function journeyMetadata(kind: JourneyKind) {
  return async function generateMetadata(props: Props): Promise<Metadata> {
    const { locale } = await props.params;
    const t = await getTranslations({ locale, namespace: "journeys" });
    const base = { description: t(`${kind}.intro`), alternates: alternates(`/${kind}`), robots: { index: true, follow: false } };
    if (!isLocale(locale)) return { title: t(`${kind}.title`), ...base };
    const search = await searchOf(props);
    const { steps, step, index, current } = await journeyView(kind, search);
    const journey = t(`${kind}.title`);
    const title =
      search.delete === "confirm" && current
        ? `${t("deleteConfirm.title")} – ${journey}`
        : t("progress.pageTitle", { step: index + 1, total: steps.length, title: t(`steps.${step}.title`), journey });
    return { title, ...base };
  };
}

/** A journey's page: one step per request (?step=), forms post to server actions. */
export function journeyRoute(kind: JourneyKind) {
  return async function JourneyRoutePage(props: Props) {
    const { locale } = await props.params;
    if (!isLocale(locale)) notFound();
    setRequestLocale(locale);
    return <JourneyPage kind={kind} locale={locale} search={await searchOf(props)} />;
  };
}
