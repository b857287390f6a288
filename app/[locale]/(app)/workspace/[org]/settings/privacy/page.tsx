import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button, TextField } from "@/components/journeys/ui";
import { Alert, Notice } from "@/components/workspace/Notice";
import { pageContext } from "@/lib/auth/guards";
import { isLocale } from "@/lib/i18n/routing";
import { getRetentionSettings } from "@/lib/workspace/retention";
import { RETENTION_MONTHS } from "@/lib/workspace/retention-policy";
import { NO_INDEX, errorText, one, type OrgParams, type SearchParams } from "../../../page-helpers";
import { saveRetentionAction } from "./actions";

type Props = { params: OrgParams; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "privacy.settings" });
  return { title: t("title"), robots: NO_INDEX };
}

/** The organization's privacy settings: how long inactive and discharged files are kept (owners and administrators). */
export default async function PrivacySettingsPage({ params, searchParams }: Props) {
  const { locale, org } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "settings.manage", "/settings/privacy");
  const settings = await getRetentionSettings(ctx);
  const search = await searchParams;
  const t = await getTranslations("privacy.settings");
  const code = one(search, "error");
  const monthsError = code === "months" ? t("monthsError", { min: RETENTION_MONTHS.min, max: RETENTION_MONTHS.max }) : undefined;
  const otherError = code && code !== "months" ? await errorText(code) : null;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      {one(search, "notice") === "saved" ? <Notice>{t("saved", { months: settings.retentionMonths })}</Notice> : null}
      {otherError ? <Alert>{otherError}</Alert> : null}
      <section aria-labelledby="retention" className="space-y-3">
        <h2 id="retention" className="text-xl font-semibold">
          {t("retentionTitle")}
        </h2>
        <p>{t("retentionIntro")}</p>
        <p data-testid="retention-current">{t("current", { months: settings.retentionMonths })}</p>
        <form action={saveRetentionAction} className="space-y-4" noValidate>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="org" value={ctx.org.slug} />
          <TextField
            name="retentionMonths"
            label={t("months")}
            hint={t("monthsHint", { min: RETENTION_MONTHS.min, max: RETENTION_MONTHS.max, default: RETENTION_MONTHS.default })}
            inputMode="numeric"
            defaultValue={one(search, "value") ?? String(settings.retentionMonths)}
            error={monthsError}
            width="max-w-32"
          />
          <Button>{t("save")}</Button>
        </form>
        <p className="text-sm text-[var(--color-muted)]">{t("audited")}</p>
      </section>
    </div>
  );
}
