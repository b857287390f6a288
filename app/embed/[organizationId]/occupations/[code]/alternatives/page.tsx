import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AlternativeCard } from "@/components/AlternativeCard";
import { EmbedFrame } from "@/components/embed/EmbedFrame";
import { ReferenceData } from "@/components/embed/DataFooter";
import { alternativesFor } from "@/lib/alternatives/service";
import { embedLocale } from "@/lib/embed/page";
import { publicEmbed } from "@/lib/embed/settings";
import { fullPagePath, NOC, readEmbedQuery } from "@/lib/embed/views";
import { typesetTree } from "@/lib/i18n/typography";
import type { ExplainedTarget } from "@/lib/matching";
import { getOccupation } from "@/lib/occupations/detail";

type Props = { params: Promise<{ organizationId: string; code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Parallel" };

/** An occupation's parallel careers (the engine's top ten, curated options merged), for an organization's site. */
export default async function EmbedAlternatives({ params, searchParams }: Props) {
  const { organizationId, code } = await params;
  const org = await publicEmbed(organizationId);
  if (!org || !NOC.test(code)) notFound();
  const query = readEmbedQuery(await searchParams);
  const locale = embedLocale(query, org);
  setRequestLocale(locale);
  const occupation = await getOccupation(code, locale);
  if (!occupation) notFound();
  const result = await alternativesFor(code, { limit: 10, explainTop: 10, locale });
  if (!result) notFound();
  const t = await getTranslations("embed.alternatives");
  const title = typesetTree(occupation.title, locale);
  const explained = typesetTree(result.results.filter((r): r is ExplainedTarget => r.explained), locale);
  return (
    <EmbedFrame
      theme={org.theme}
      query={query}
      organization={org.organizationName}
      fullPage={fullPagePath({ view: "alternatives", noc: code }, locale)}
      footer={<ReferenceData version={result.dataVersion} />}
    >
      <header className="space-y-1">
        <h1 className="text-xl font-bold sm:text-2xl">{t("title", { title })}</h1>
        <p className="text-sm">{t("intro", { title })}</p>
      </header>
      <ol className="space-y-3" data-testid="embed-alternatives">
        {explained.map((r, i) => (
          <AlternativeCard key={r.code} target={r} locale={locale} rank={i + 1} />
        ))}
      </ol>
    </EmbedFrame>
  );
}
