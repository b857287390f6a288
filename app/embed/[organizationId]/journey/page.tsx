import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmbedFrame, ParallelLink } from "@/components/embed/EmbedFrame";
import { ReferenceData } from "@/components/embed/DataFooter";
import { embedLocale } from "@/lib/embed/page";
import { publicEmbed } from "@/lib/embed/settings";
import { fullPagePath, readEmbedQuery } from "@/lib/embed/views";
import { typeset } from "@/lib/i18n/typography";
import { getOccupation } from "@/lib/occupations/detail";
import { preparedData } from "@/lib/alternatives/reference";

type Props = { params: Promise<{ organizationId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Parallel" };

/**
 * The start of a journey: the journeys keep their answers in a cookie-less
 * saved link on Parallel itself, so both open there, in a new tab, with the
 * occupation chosen when the snippet names one.
 */
export default async function EmbedJourney({ params, searchParams }: Props) {
  const { organizationId } = await params;
  const org = await publicEmbed(organizationId);
  if (!org) notFound();
  const query = readEmbedQuery(await searchParams);
  const locale = embedLocale(query, org);
  setRequestLocale(locale);
  const t = await getTranslations("embed.journey");
  const occupation = query.occupation ? await getOccupation(query.occupation, locale) : null;
  const suffix = occupation ? `?${new URLSearchParams({ occupation: occupation.code })}` : "";
  const version = (await preparedData()).dataVersion;
  return (
    <EmbedFrame
      theme={org.theme}
      query={query}
      organization={org.organizationName}
      fullPage={fullPagePath({ view: "journey", noc: occupation?.code }, locale)}
      footer={<ReferenceData version={version} />}
    >
      <h1 className="text-xl font-bold sm:text-2xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      {occupation ? <p className="font-medium">{t("with", { title: typeset(occupation.title, locale) })}</p> : null}
      <ul className="flex flex-wrap gap-3" data-testid="embed-journey">
        <li>
          <ParallelLink path={`/${locale}/pre-arrival${suffix}`} className="embed-button">
            {t("preArrival")}
          </ParallelLink>
        </li>
        <li>
          <ParallelLink path={`/${locale}/post-assessment${suffix}`} className="embed-button embed-button-outline">
            {t("postAssessment")}
          </ParallelLink>
        </li>
      </ul>
    </EmbedFrame>
  );
}
