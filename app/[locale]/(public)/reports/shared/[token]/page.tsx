import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AlternativeCard } from "@/components/AlternativeCard";
import { frenchTypography } from "@/lib/i18n/typography";
import { isLocale } from "@/lib/i18n/routing";
import { localized } from "@/lib/workspace/reports/snapshot";
import { viewSharedReport } from "@/lib/workspace/reports/service";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "reports.shared" });
  // A private link: never indexed, never sent to another site as a referrer ("no-referrer" would also make
  // form posts from the page send "Origin: null", which proxy.ts refuses as a foreign form).
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

/**
 * A match report shared with the client: read-only, in their language, with
 * the organization's name and the date, never the client's name nor the
 * counsellor's notes. Expired and revoked links say so; an unknown one is a 404.
 */
export default async function SharedReportPage({ params }: Props) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const shared = await viewSharedReport(token, `page /${locale}/reports/shared`);
  if (!shared) notFound();
  const t = await getTranslations("reports.shared");
  if (shared.state !== "ok") {
    return (
      <div className="mx-auto max-w-2xl space-y-3 py-6">
        <h1 className="text-2xl font-bold sm:text-3xl">{t(shared.state === "expired" ? "expiredTitle" : "revokedTitle")}</h1>
        <p>{t(shared.state === "expired" ? "expiredBody" : "revokedBody")}</p>
      </div>
    );
  }
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "UTC" });
  const { report } = shared;
  const pick = (b: { en: string; fr: string }) => (locale === "fr" ? frenchTypography(b.fr) : b.en);
  const td = await getTranslations("reports.report.decisions");
  const shortlisted = report.results.options.filter((o) => shared.decisions[o.code]?.decision === "shortlisted");
  return (
    <div className="space-y-6 py-4">
      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="text-lg">{t("from", { organization: shared.organization, date: day(report.createdAt) })}</p>
        <p className="text-sm text-[var(--color-muted)]">{t("readOnly", { date: day(shared.expiresAt) })}</p>
      </div>
      <section aria-labelledby="own" className="space-y-1">
        <h2 id="own" className="text-xl font-semibold">
          {locale === "fr" ? frenchTypography(report.results.origin.titleFr) : report.results.origin.titleEn}
        </h2>
        <p>{pick(report.results.ownProfession.statement)}</p>
      </section>
      <section aria-labelledby="shortlist" className="space-y-2">
        <h2 id="shortlist" className="text-xl font-semibold">
          {t("shortlist")}
        </h2>
        {shortlisted.length ? (
          <ul className="list-disc pl-5">
            {shortlisted.map((o) => (
              <li key={o.code}>
                <a href={`#option-${o.code}`}>{locale === "fr" ? frenchTypography(o.titleFr) : o.titleEn}</a>
                {shared.decisions[o.code]?.reason ? <span> · {t("decisionReason", { reason: shared.decisions[o.code]!.reason! })}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("shortlistNone")}</p>
        )}
      </section>
      <section aria-labelledby="options" className="space-y-3">
        <h2 id="options" className="text-xl font-semibold">
          {t("options")}
        </h2>
        <ol className="space-y-4">
          {report.results.options.map((option) => {
            const decision = shared.decisions[option.code];
            return (
              <AlternativeCard key={option.code} target={localized(option, locale)} locale={locale} rank={option.rank}>
                <p id={`option-${option.code}`} className="mt-2 text-sm">
                  {decision && decision.decision !== "open" ? (
                    <>
                      <span className="font-medium">{td(decision.decision)}</span>
                      {decision.reason ? ` · ${decision.reason}` : null}
                    </>
                  ) : null}
                </p>
              </AlternativeCard>
            );
          })}
        </ol>
      </section>
      <section aria-labelledby="sources" className="space-y-1 text-sm">
        <h2 id="sources" className="text-lg font-semibold">
          {t("sources")}
        </h2>
        <ul className="list-disc pl-5">
          {report.results.sources
            .filter((s) => !s.guide)
            .map((s) => (
              <li key={s.title}>
                {s.publisher}, {s.title} ({s.edition})
              </li>
            ))}
        </ul>
        <p className="text-[var(--color-muted)]">{t("versions", { engine: report.engineVersion, data: report.dataVersion, version: report.version })}</p>
      </section>
    </div>
  );
}
