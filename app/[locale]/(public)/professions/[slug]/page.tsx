import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Alternatives } from "@/components/professions/Alternatives";
import { FiguresAndOdds } from "@/components/professions/FiguresAndOdds";
import { LabourMarket } from "@/components/professions/LabourMarket";
import { LicensingSteps } from "@/components/professions/LicensingSteps";
import { OnThisPage } from "@/components/professions/OnThisPage";
import { ProfessionHeader, ReviewDate } from "@/components/professions/ProfessionHeader";
import { Regulation } from "@/components/professions/Regulation";
import { ProvinceSelector } from "@/components/professions/ProvinceSelector";
import { RelatedOccupations } from "@/components/professions/RelatedOccupations";
import { SourcesList } from "@/components/professions/SourcesList";
import { Stories } from "@/components/professions/Stories";
import { Support } from "@/components/professions/Support";
import { WorkInCanada } from "@/components/professions/WorkInCanada";
import { ReportCorrection } from "@/components/ReportCorrection";
import { StartJourney } from "@/components/journeys/StartJourney";
import { loadProfession } from "@/lib/content/load";
import { alternates } from "@/lib/i18n/metadata";
import { oembedDiscovery } from "@/lib/embed/discovery";
import { isLocale } from "@/lib/i18n/routing";
import { professionPages } from "@/lib/professions/content";
import { getProfessionPage } from "@/lib/professions/page-data";
import { pageSections } from "@/lib/professions/sections";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Every profession page is built ahead; any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return professionPages()
    .filter((page) => page.locale === params.locale)
    .map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const file = isLocale(locale) ? loadProfession(slug, locale) : undefined;
  if (!file) return {};
  const { title, summary, lastReviewed } = file.frontmatter;
  const meta = await getTranslations({ locale, namespace: "meta" });
  return {
    title,
    description: summary,
    alternates: { ...alternates(`/professions/${slug}`), types: oembedDiscovery(`/${locale}/professions/${slug}`) },
    openGraph: {
      title,
      description: summary,
      siteName: meta("siteName"),
      locale: locale === "fr" ? "fr_CA" : "en_CA",
      type: "article",
      url: `/${locale}/professions/${slug}`,
      modifiedTime: lastReviewed,
    },
  };
}

export default async function ProfessionPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const data = await getProfessionPage(slug, locale);
  if (!data) notFound();
  const t = await getTranslations("professions.page");
  const format = await getFormatter();
  const { profession: p } = data;
  const primary = data.occupations[data.primaryCode];

  return (
    <article className="space-y-10 break-words">
      <ProfessionHeader data={data} />
      <StartJourney locale={locale} code={data.primaryCode} title={primary?.title ?? p.title} />
      <OnThisPage
        title={t("onThisPage")}
        sections={pageSections(p.figures.length > 0).map(({ id, key }) => ({ id, title: t(`sections.${key}`) }))}
      />
      <WorkInCanada title={t("sections.work")} scope={p.scope} bodyHtml={data.bodyHtml} />
      <Regulation regulation={p.regulation} />
      <ProvinceSelector slug={slug} profession={p.title} locale={locale} />
      <LicensingSteps steps={p.licensingSteps} footnotes={data.footnotes} />
      <FiguresAndOdds figures={p.figures} odds={p.odds} footnotes={data.footnotes} />
      <RelatedOccupations profession={p.title} related={p.relatedOccupations} primary={primary} occupations={data.occupations} />
      <Alternatives
        alternatives={data.alternatives}
        computedFor={primary?.title ?? p.title}
        engine={data.engine}
        locale={locale}
      />
      <Support bridging={p.bridging} funding={p.funding} />
      <Stories stories={p.stories} />
      <LabourMarket occupation={data.labourMarket} hasOtherCodes={p.nocCodes.length > 1} />
      <SourcesList sources={p.sources} footnotes={data.footnotes} />
      <p className="text-sm text-[var(--color-muted)]">
        <ReviewDate date={p.lastReviewed} label={(date) => t("lastReviewed", { date })} format={format} />
      </p>
      <ReportCorrection
        page={`/professions/${slug}`}
        sections={pageSections(p.figures.length > 0).map(({ id, key }) => ({ id, title: t(`sections.${key}`) }))}
      />
    </article>
  );
}
