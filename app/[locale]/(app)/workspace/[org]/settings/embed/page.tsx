import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CopyButton } from "@/components/ui/CopyButton";
import { Button, SelectField, TextField } from "@/components/journeys/ui";
import { Alert, Notice } from "@/components/workspace/Notice";
import { pageContext } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { FORM_FIELDS, parseSettingsForm, type FormValues } from "@/lib/embed/form";
import { getEmbedSettings } from "@/lib/embed/settings";
import { FONT_NAMES } from "@/lib/embed/theme";
import { embedPath, EMBED_VIEWS, snippet, type EmbedTarget } from "@/lib/embed/views";
import { isLocale } from "@/lib/i18n/routing";
import { NO_INDEX, errorText, one, type OrgParams, type SearchParams } from "../../../page-helpers";
import { saveEmbedSettingsAction } from "./actions";

type Props = { params: OrgParams; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "embed.settings" });
  return { title: t("title"), robots: NO_INDEX };
}

const EXAMPLES: Record<(typeof EMBED_VIEWS)[number], Omit<EmbedTarget, "organizationId" | "locale">> = {
  profession: { view: "profession", profession: "registered-nurses", province: "AB" },
  search: { view: "search" },
  alternatives: { view: "alternatives", noc: "31301" },
  journey: { view: "journey", noc: "31301" },
};

/** Embed settings (administrators): allowed sites, look and language, a live preview and the snippets to copy. */
export default async function EmbedSettingsPage({ params, searchParams }: Props) {
  const { locale, org } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "embed.manage", "/settings/embed");
  const settings = await getEmbedSettings(ctx);
  const search = await searchParams;
  const t = await getTranslations("embed.settings");
  const error = await errorText(one(search, "error"));
  const refused = one(search, "invalid") === "1";
  const saved: FormValues = {
    origins: settings.origins.join("\n"),
    primary: settings.theme.primary,
    text: settings.theme.text,
    background: settings.theme.background,
    radius: String(settings.theme.radius),
    font: settings.theme.font,
    locale: settings.locale,
  };
  const values: FormValues = refused ? Object.fromEntries(FORM_FIELDS.map((f) => [f, one(search, f) ?? ""])) : saved;
  const parsed = refused ? parseSettingsForm(values) : null;
  const problems = parsed && !parsed.ok ? parsed.errors : {};
  const number = (n: string | number) => (typeof n === "number" && locale === "fr" ? String(n).replace(".", ",") : n);
  const errors = Object.fromEntries(
    Object.entries(problems).map(([field, p]) => [field, t(`errors.${p.key}` as "errors.colour", Object.fromEntries(Object.entries(p.values).map(([k, v]) => [k, number(v)])))]),
  ) as Partial<Record<(typeof FORM_FIELDS)[number], string>>;
  const site = env().SITE_URL.replace(/\/$/, "");
  const preview = embedPath({ organizationId: settings.organizationId, locale: settings.locale, ...EXAMPLES.profession });
  const colour = (name: "primary" | "text" | "background") => (
    <div>
      <label htmlFor={`embed-${name}`} className="block font-medium">
        {t(name)}
      </label>
      <div className="flex items-center gap-2">
        <input id={`embed-${name}`} name={name} type="color" defaultValue={/^#[0-9a-f]{6}$/i.test(values[name] ?? "") ? values[name] : saved[name]} aria-invalid={errors[name] ? true : undefined} aria-describedby={errors[name] ? `embed-${name}-error` : undefined} className="h-11 w-16 rounded border border-slate-400" />
      </div>
      {errors[name] ? (
        <p id={`embed-${name}-error`} className="mt-1 text-sm font-medium text-red-800">
          {errors[name]}
        </p>
      ) : null}
    </div>
  );
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
        <p className="text-sm">{t("organizationId", { id: settings.organizationId })}</p>
      </div>
      {one(search, "notice") === "saved" ? <Notice>{t("saved")}</Notice> : null}
      {refused ? <Alert>{t("invalid")}</Alert> : null}
      {error ? <Alert>{error}</Alert> : null}
      <form action={saveEmbedSettingsAction} className="max-w-2xl space-y-6" noValidate>
        <input type="hidden" name="locale_ui" value={locale} />
        <input type="hidden" name="org" value={ctx.org.slug} />
        <section aria-labelledby="embed-origins" className="space-y-2">
          <h2 id="embed-origins" className="text-xl font-semibold">
            <label htmlFor="embed-origins-field">{t("origins")}</label>
          </h2>
          <p id="embed-origins-hint" className="text-sm">
            {t("originsHint")}
          </p>
          <textarea
            id="embed-origins-field"
            name="origins"
            rows={4}
            defaultValue={values.origins}
            spellCheck={false}
            aria-invalid={errors.origins ? true : undefined}
            aria-describedby={`embed-origins-hint${errors.origins ? " embed-origins-error" : ""}`}
            className="w-full rounded border border-slate-400 p-2 font-mono text-sm"
          />
          {errors.origins ? (
            <p id="embed-origins-error" className="text-sm font-medium text-red-800">
              {errors.origins}
            </p>
          ) : null}
          {!refused && settings.origins.length === 0 ? <p className="text-sm">{t("noOrigins")}</p> : null}
        </section>
        <fieldset className="space-y-3">
          <legend className="text-xl font-semibold">{t("theme")}</legend>
          <p className="text-sm">{t("contrastHint")}</p>
          <div className="flex flex-wrap gap-6">
            {colour("primary")}
            {colour("text")}
            {colour("background")}
          </div>
          <TextField name="radius" label={t("radius")} defaultValue={values.radius} error={errors.radius} inputMode="numeric" width="w-24" />
          <SelectField name="font" label={t("font")} defaultValue={values.font} error={errors.font} options={FONT_NAMES.map((f) => ({ value: f, label: t(`fonts.${f}`) }))} />
          <SelectField name="locale" label={t("locale")} defaultValue={values.locale} error={errors.locale} options={[{ value: "en", label: "English" }, { value: "fr", label: "Français" }]} />
        </fieldset>
        <Button>{t("save")}</Button>
      </form>
      <section aria-labelledby="embed-preview" className="space-y-2">
        <h2 id="embed-preview" className="text-xl font-semibold">
          {t("preview")}
        </h2>
        <p className="text-sm">{t("previewIntro")}</p>
        {preview ? <iframe src={preview} title={t("previewTitle")} className="h-[36rem] w-full max-w-3xl rounded border border-slate-300" data-testid="embed-preview" /> : null}
      </section>
      <section aria-labelledby="embed-snippets" className="space-y-4">
        <h2 id="embed-snippets" className="text-xl font-semibold">
          {t("snippets")}
        </h2>
        <p className="max-w-3xl text-sm">{t("snippetsIntro")}</p>
        {EMBED_VIEWS.map((view) => {
          const code = snippet(site, { organizationId: settings.organizationId, locale: settings.locale, ...EXAMPLES[view] }, t(`views.${view}`));
          return (
            <div key={view}>
              <label htmlFor={`snippet-${view}`} className="block font-medium">
                {t(`views.${view}`)}
              </label>
              <textarea id={`snippet-${view}`} readOnly rows={3} value={code} className="w-full rounded border border-slate-400 p-2 font-mono text-xs" data-testid={`snippet-${view}`} />
              <CopyButton targetId={`snippet-${view}`} label={t("copy")} copied={t("copied")} failed={t("copyFailed")} />
            </div>
          );
        })}
      </section>
    </div>
  );
}
