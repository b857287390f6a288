import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button, FieldError, describedBy, inputClass } from "@/components/journeys/ui";
import { Alert } from "@/components/workspace/Notice";
import { pageContext } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isLocale } from "@/lib/i18n/routing";
import { organizationShareCode } from "@/lib/workspace/organizations";
import { incomingShares } from "@/lib/workspace/shares";
import { importShareAction } from "../../actions";
import { NO_INDEX, dateFormats, errorText, one, type OrgParams, type SearchParams } from "../../page-helpers";

type Props = { params: OrgParams; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workspace.shares" });
  return { title: t("title"), robots: NO_INDEX };
}

/** Journeys clients shared with the organization, each opened as a client file under a name the counsellor chooses; and the code to give clients. */
export default async function SharesPage({ params, searchParams }: Props) {
  const { locale, org } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "client.read", "/shares");
  const [shares, code] = await Promise.all([incomingShares(ctx), organizationShareCode(ctx)]);
  const search = await searchParams;
  const t = await getTranslations("workspace.shares");
  const tp = await getTranslations("journeys.provinces");
  const { moment } = await dateFormats();
  const base = `/${locale}/workspace/${ctx.org.slug}`;
  const canImport = can(ctx.role, "share.import") && can(ctx.role, "client.write");
  const failedShare = one(search, "share");
  const failure = one(search, "error");
  const failureText = failure === "name" ? t("nameMissing") : await errorText(failure);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <section aria-labelledby="share-code" className="max-w-3xl space-y-2 rounded bg-[var(--color-surface)] p-4">
        <h2 id="share-code" className="text-xl font-semibold">
          {t("code")}
        </h2>
        <p className="font-mono text-2xl font-bold tracking-widest" data-testid="share-code">
          {code}
        </p>
        <p>{t("codeHelp")}</p>
      </section>
      {failureText && !failedShare ? <Alert>{failureText}</Alert> : null}
      {shares.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-4">
          {shares.map((s) => {
            const error = failedShare === s.id ? (failureText ?? undefined) : undefined;
            const field = `name-${s.id}`;
            return (
              <li key={s.id} id={`share-${s.id}`} className="space-y-2 rounded border border-slate-300 p-4">
                <h2 className="text-lg font-semibold">
                  {t(`kind.${s.kind === "post-assessment" ? "post-assessment" : "pre-arrival"}`)} · {t("sharedOn", { date: moment(s.consentedAt) })}
                </h2>
                <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-medium">{t("occupation")}</dt>
                  <dd>{s.occupation ? `${s.occupation.title} (${s.occupation.code})` : t("unknown")}</dd>
                  <dt className="font-medium">{t("country")}</dt>
                  <dd>{s.country ?? t("unknown")}</dd>
                  <dt className="font-medium">{t("provinces")}</dt>
                  <dd>{s.provinces.length ? s.provinces.map((p) => tp(p as "ON")).join(", ") : t("unknown")}</dd>
                </dl>
                <details>
                  <summary className="cursor-pointer">{t("consent")}</summary>
                  <p className="mt-1 text-sm">{s.consentText}</p>
                </details>
                {s.importedClientId ? (
                  <p>
                    {t("imported")} <a href={`${base}/clients/${s.importedClientId}`}>{t("openFile")}</a>
                  </p>
                ) : canImport ? (
                  <form action={importShareAction} className="flex flex-wrap items-end gap-3" noValidate>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="org" value={ctx.org.slug} />
                    <input type="hidden" name="share" value={s.id} />
                    <div>
                      <label htmlFor={`f-${field}`} className="block font-medium">
                        {t("name")}
                      </label>
                      <input
                        id={`f-${field}`}
                        name="displayName"
                        type="text"
                        maxLength={120}
                        autoComplete="off"
                        aria-invalid={error ? true : undefined}
                        aria-describedby={describedBy(field, error, false)}
                        className={inputClass}
                      />
                      <FieldError name={field} message={error} />
                    </div>
                    <Button>{t("import")}</Button>
                  </form>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
