import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button } from "@/components/journeys/ui";
import { ApiKeyForm } from "@/components/workspace/ApiKeyForm";
import { Alert, Notice } from "@/components/workspace/Notice";
import { pageContext } from "@/lib/auth/guards";
import { API_KEY_ROLES, isRole } from "@/lib/auth/permissions";
import { isLocale } from "@/lib/i18n/routing";
import { listApiKeys } from "@/lib/workspace/api-keys";
import { createApiKeyAction, revokeApiKeyAction } from "../../../actions";
import { NO_INDEX, dateFormats, errorText, one, type OrgParams, type SearchParams } from "../../../page-helpers";

type Props = { params: OrgParams; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workspace.apiKeys" });
  return { title: t("title"), robots: NO_INDEX };
}

/** The organization's API keys: create one (shown once), see when each was last used, revoke. */
export default async function ApiKeysPage({ params, searchParams }: Props) {
  const { locale, org } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "apiKey.manage", "/settings/api-keys");
  const keys = await listApiKeys(ctx);
  const search = await searchParams;
  const t = await getTranslations("workspace");
  const { moment } = await dateFormats();
  const roleLabel = (role: string) => (isRole(role) ? t(`roles.${role}`) : role);
  const error = await errorText(one(search, "error"));
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("apiKeys.title")}</h1>
        <p className="max-w-3xl">{t("apiKeys.intro")}</p>
      </div>
      {one(search, "notice") === "revoked" ? <Notice>{t("apiKeys.revoked")}</Notice> : null}
      {error ? <Alert>{error}</Alert> : null}
      <section aria-labelledby="create-key" className="max-w-xl space-y-2">
        <h2 id="create-key" className="text-xl font-semibold">
          {t("apiKeys.create")}
        </h2>
        <ApiKeyForm action={createApiKeyAction} locale={locale} org={ctx.org.slug} roles={API_KEY_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} />
      </section>
      <section aria-labelledby="key-list" className="space-y-2">
        <h2 id="key-list" className="text-xl font-semibold">
          {t("apiKeys.list")}
        </h2>
        {keys.length === 0 ? (
          <p>{t("apiKeys.empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t("apiKeys.list")}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="px-2 py-2">{t("apiKeys.name")}</th>
                  <th scope="col" className="px-2 py-2">{t("apiKeys.prefix")}</th>
                  <th scope="col" className="px-2 py-2">{t("apiKeys.role")}</th>
                  <th scope="col" className="px-2 py-2">{t("apiKeys.created")}</th>
                  <th scope="col" className="px-2 py-2">{t("apiKeys.lastUsed")}</th>
                  <th scope="col" className="px-2 py-2">{t("apiKeys.status")}</th>
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="px-2 py-2 font-medium">{k.name}</th>
                    <td className="px-2 py-2 font-mono text-sm">{k.prefix}</td>
                    <td className="px-2 py-2">{roleLabel(k.role)}</td>
                    <td className="px-2 py-2">{moment(k.createdAt)}</td>
                    <td className="px-2 py-2">{k.lastUsedAt ? moment(k.lastUsedAt) : t("apiKeys.never")}</td>
                    <td className="px-2 py-2">
                      {k.revokedAt ? (
                        t("apiKeys.revokedOn", { date: moment(k.revokedAt) })
                      ) : (
                        <div className="flex flex-wrap items-center gap-2">
                          <span>{t("apiKeys.active")}</span>
                          <form action={revokeApiKeyAction}>
                            <input type="hidden" name="locale" value={locale} />
                            <input type="hidden" name="org" value={ctx.org.slug} />
                            <input type="hidden" name="id" value={k.id} />
                            <Button variant="danger">
                              <span aria-hidden="true">{t("apiKeys.revoke")}</span>
                              <span className="sr-only">{t("apiKeys.revokeLabel", { name: k.name })}</span>
                            </Button>
                          </form>
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
