import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { typeset } from "@/lib/i18n/typography";
import type { ProvinceEntry, RegulatorSource, RegulatoryBody } from "@/lib/content/regulators";
import type { Locale } from "@/lib/content/schema";
import { Badge } from "./Badge";
import { Section } from "./Section";

/** Who regulates a profession in one province, or that it is not regulated there, with the source and its check. */
export async function ProvinceRegulator({ entry, province, locale }: { entry: ProvinceEntry; province: string; locale: Locale }) {
  const t = await getTranslations("professions.regulators");
  if (entry.status === "not-regulated") {
    return (
      <>
        <Section id="regulator" title={t("notRegulated", { province })}>
          <p>
            <Badge tone="neutral">{t("notRegulatedBadge")}</Badge>
          </p>
          <p className="max-w-prose" data-testid="not-regulated">
            {entry.explanation[locale]}
          </p>
          {entry.contact ? (
            <div>
              <h3 className="font-semibold">{t("contact")}</h3>
              <BodyCard body={entry.contact} locale={locale} websiteLabel={t("website")} />
            </div>
          ) : null}
        </Section>
        <SourceBlock source={entry.source} locale={locale} />
      </>
    );
  }
  return (
    <>
      <Section id="regulator" title={t("regulator")}>
        <p>
          <Badge tone="notice">{t("regulatedBadge")}</Badge>
        </p>
        <BodyCard body={entry.body} locale={locale} websiteLabel={t("website")} testId="regulator-name" />
      </Section>
      <Section id="registration" title={t("registration")}>
        <p className="max-w-prose">{entry.registrationRequired ? t("registrationYes") : t("registrationNo")}</p>
        <h3 className="font-semibold">{t("titleProtection")}</h3>
        <p className="max-w-prose">{entry.titleProtection[locale]}</p>
      </Section>
      <Section id="steps" title={t("steps", { province })}>
        <p className="max-w-prose">{entry.steps[locale]}</p>
      </Section>
      <Section id="fees" title={t("fees")}>
        <p className="max-w-prose">{entry.fees ? entry.fees[locale] : t("feesUnknown")}</p>
      </Section>
      <Section id="language" title={t("language")}>
        <p className="max-w-prose">{entry.language[locale]}</p>
      </Section>
      <SourceBlock source={entry.source} locale={locale} />
    </>
  );
}

function BodyCard({ body, locale, websiteLabel, testId }: { body: RegulatoryBody; locale: Locale; websiteLabel: string; testId?: string }) {
  return (
    <div className="break-inside-avoid rounded border border-slate-200 p-3">
      <p className="font-medium" data-testid={testId}>
        {body.name[locale]}
        {body.abbreviation ? ` (${body.abbreviation})` : ""}
      </p>
      <p className="mt-1 text-sm">
        {websiteLabel}:{" "}
        <a className="underline" href={body.website} rel="noopener">
          {body.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
        </a>
      </p>
    </div>
  );
}

async function SourceBlock({ source, locale }: { source: RegulatorSource; locale: Locale }) {
  const t = await getTranslations("professions.regulators");
  const format = await getFormatter();
  const date = typeset(format.dateTime(new Date(`${source.checked}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }), await getLocale());
  const link = (
    <a className="break-all underline" href={source.url} rel="noopener">
      {source.url}
    </a>
  );
  return (
    <Section id="source" title={t("source")}>
      {source.verified ? (
        <p data-testid="source-verified">
          {link}. <time dateTime={source.checked}>{t("verified", { date })}</time>
        </p>
      ) : (
        <div className="space-y-1" data-testid="source-unverified">
          <p>
            <Badge tone="notice">{t("unverified")}</Badge>
          </p>
          <p>
            <time dateTime={source.checked}>{t("unverifiedDetail", { date })}</time> {link}
          </p>
        </div>
      )}
      {source.note ? (
        <p className="max-w-prose text-sm text-[var(--color-muted)]">
          <span className="font-medium">{t("sourceNote")}:</span> {source.note[locale]}
        </p>
      ) : null}
    </Section>
  );
}
