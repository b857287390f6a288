import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SavedJourneyView } from "@/components/journeys/SavedJourneyView";
import { ShareWithOrganization } from "@/components/sharing/ShareWithOrganization";
import { isLocale } from "@/lib/i18n/routing";
import { requestOrigin } from "@/lib/journeys/origin";
import { loadJourney } from "@/lib/journeys/store";
import { env } from "@/lib/env";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "journeys.saved" });
  // A private link: never indexed, never sent to another site as a referrer ("no-referrer" would also make
  // form posts from the page send "Origin: null", which proxy.ts refuses as a foreign form).
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

/** A private link: resumes a saved journey in any browser, or says clearly that it has expired. */
export default async function SavedPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const journey = await loadJourney(token);
  const query = await searchParams;
  const one = (key: string) => (typeof query[key] === "string" ? (query[key] as string) : undefined);
  const confirmDelete = query.delete === "confirm";
  // The link shown is on the site the person is using, not a configured address.
  const origin = requestOrigin(await headers(), env().SITE_URL);
  return (
    <>
      <SavedJourneyView locale={locale} token={token} journey={journey} origin={origin} confirmDelete={confirmDelete} />
      {journey && !confirmDelete ? (
        <ShareWithOrganization
          locale={locale}
          token={token}
          notice={{ shared: one("shared"), error: one("shareError"), code: one("code"), withdrawn: query.withdrawn === "1" }}
        />
      ) : null}
    </>
  );
}
