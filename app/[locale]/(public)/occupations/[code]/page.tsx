import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompetencyChart } from "@/components/CompetencyChart";
import { OutlookFigures, WagesTable } from "@/components/LabourMarketFigures";
import { ParallelCareers } from "@/components/ParallelCareers";
import { StartJourney } from "@/components/journeys/StartJourney";
import { alternativesFor } from "@/lib/alternatives/service";
import { professionsForOccupation } from "@/lib/professions/content";
import { Link } from "@/lib/i18n/navigation";
import { alternates } from "@/lib/i18n/metadata";
import { oembedDiscovery } from "@/lib/embed/discovery";
import { typesetTree } from "@/lib/i18n/typography";
import { isLocale } from "@/lib/i18n/routing";
import { CHART_CATEGORIES, getOccupation } from "@/lib/occupations/detail";
import { occupationCodeParam } from "@/lib/validation/occupations";

type Props = { params: Promise<{ locale: string; code: string }> };

async function load({ params }: Props) {
  const { locale, code } = await params;
  if (!isLocale(locale) || !occupationCodeParam.safeParse({ code }).success) return null;
  const occupation = await getOccupation(code, locale);
  return occupation ? { locale, occupation } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props);
  if (!loaded) return {};
  const { occupation, locale } = loaded;
  return {
    title: `${occupation.title} (${locale === "fr" ? "CNP" : "NOC"} ${occupation.code})`,
    description: occupation.leadStatement.slice(0, 200),
    alternates: { ...alternates(`/occupations/${occupation.code}`), types: oembedDiscovery(`/${locale}/occupations/${occupation.code}`) },
    openGraph: { title: occupation.title, description: occupation.leadStatement.slice(0, 200) },
  };
}

export default async function OccupationPage(props: Props) {
  const loaded = await load(props);
  if (!loaded) notFound();
  const { locale } = loaded;
  // Names and texts from the reference data get the same French typography as the messages.
  const o = typesetTree(loaded.occupation, locale);
  setRequestLocale(locale);
  const alternatives = await alternativesFor(o.code, { limit: 10, explainTop: 10, locale });
  const guides = professionsForOccupation(o.code, locale);
  const t = await getTranslations("occupation");
  const englishOnly = locale === "fr" ? { lang: "en" } : {};

  return (
    // Long slash-joined titles ("Infirmiers autorisés/infirmières autorisées...") wrap instead of scrolling sideways on a phone.
    <article className="space-y-8 [overflow-wrap:anywhere]">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/occupations">{t("breadcrumb")}</Link>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{o.title}</h1>
        <p className="text-[var(--color-muted)]">
          {t("code", { code: o.code })} · {t("teerExplained", { teer: o.teer, label: t(`teerLabels.${o.teer}` as "teerLabels.1") })}
        </p>
        <p className="text-sm text-[var(--color-muted)]" lang={locale === "fr" ? "en" : "fr"}>
          {t("alsoKnownAs", { language: t("otherLanguage"), title: o.otherTitle })}
        </p>
        {guides.map((g) => (
          <p key={g.slug} className="rounded border-l-4 border-[var(--color-brand)] bg-[var(--color-surface)] p-3">
            <Link href={`/professions/${g.slug}`}>{t("professionGuide", { title: g.title })}</Link>
          </p>
        ))}
        <StartJourney locale={locale} code={o.code} title={o.title} />
      </header>

      <section aria-labelledby="lead">
        <h2 id="lead" className="mb-2 text-xl font-semibold">
          {t("leadStatement")}
        </h2>
        {locale === "fr" ? <p className="text-sm italic">{t("englishOnly")}</p> : null}
        <p {...englishOnly}>{o.leadStatement}</p>
      </section>

      {o.mainDuties.length ? (
        <section aria-labelledby="duties">
          <h2 id="duties" className="mb-2 text-xl font-semibold">
            {t("mainDuties")}
          </h2>
          {o.mainDuties.map((group) => (
            <div key={group.profile} className="mb-3" {...englishOnly}>
              {o.mainDuties.length > 1 ? <h3 className="font-semibold">{group.profile}</h3> : null}
              <ul className="list-disc space-y-1 pl-6">
                {group.duties.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="competencies">
        <h2 id="competencies" className="mb-2 text-xl font-semibold">
          {t("competencies")}
        </h2>
        <p className="mb-4 max-w-prose text-sm">{t("competenciesIntro")}</p>
        <div className="grid gap-6 md:grid-cols-2">
          {CHART_CATEGORIES.filter((c) => o.competencies[c].length > 0).map((category) => (
            <div key={category}>
              <CompetencyChart
                title={t(`categories.${category}`)}
                levelHeading={t("level")}
                descriptorHeading={t("descriptor")}
                items={o.competencies[category].map((c) => ({
                  code: c.code,
                  name: c.name,
                  definition: c.definition,
                  percent: Math.round((c.level / c.scaleMax) * 100),
                  label: t("levelOf", { level: c.level, max: c.scaleMax }),
                }))}
              />
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer">{t(`categories.${category}`)}: {t("descriptor")}</summary>
                <dl className="mt-2 space-y-2">
                  {o.competencies[category].map((c) => (
                    <div key={c.code}>
                      <dt className="font-medium">
                        {c.name} – {t("levelOf", { level: c.level, max: c.scaleMax })}
                      </dt>
                      <dd>{c.definition}</dd>
                    </div>
                  ))}
                </dl>
              </details>
            </div>
          ))}
        </div>
        {o.interests.length ? (
          <div className="mt-4">
            <h3 className="font-semibold">{t("interests")}</h3>
            <ol className="list-decimal pl-6">
              {o.interests.map((i) => (
                <li key={i.code}>{i.name}</li>
              ))}
            </ol>
          </div>
        ) : null}
      </section>

      {alternatives ? <ParallelCareers origin={o.code} result={alternatives} locale={locale} /> : null}

      <section aria-labelledby="outlook">
        <h2 id="outlook" className="mb-2 text-xl font-semibold">
          {t("outlook")}
        </h2>
        {o.outlook ? <OutlookFigures outlook={o.outlook} /> : null}
        <p className="mt-2 text-sm text-[var(--color-muted)]">{t("outlookSource")}</p>
      </section>

      <section aria-labelledby="wages">
        <h2 id="wages" className="mb-2 text-xl font-semibold">
          {o.wages ? t("wages", { year: o.wages.year }) : t("wages", { year: "" })}
        </h2>
        {o.wages ? (
          <WagesTable wages={o.wages} caption={t("wages", { year: o.wages.year })} />
        ) : (
          <p>{t("noWages")}</p>
        )}
        <p className="mt-2 text-sm text-[var(--color-muted)]">{t("wagesProvisional")}</p>
      </section>

      {o.employmentRequirements.length ? (
        <section aria-labelledby="requirements">
          <h2 id="requirements" className="mb-2 text-xl font-semibold">
            {t("requirements")}
          </h2>
          <ul className="list-disc space-y-1 pl-6" {...englishOnly}>
            {o.employmentRequirements.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {o.exampleTitles.length ? (
        <section aria-labelledby="titles">
          <h2 id="titles" className="mb-2 text-xl font-semibold">
            {t("exampleTitles")}
          </h2>
          <ul className="columns-1 text-sm sm:columns-2">
            {o.exampleTitles.slice(0, 12).map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
          {o.exampleTitles.length > 12 ? (
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer">{t("showAllTitles", { count: o.exampleTitles.length })}</summary>
              <ul className="columns-1 sm:columns-2">
                {o.exampleTitles.slice(12).map((title) => (
                  <li key={title}>{title}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
