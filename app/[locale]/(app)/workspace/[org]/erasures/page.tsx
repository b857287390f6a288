import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DataTable } from "@/components/ui/DataTable";
import { Alert, Notice } from "@/components/workspace/Notice";
import { pageContext } from "@/lib/auth/guards";
import { isLocale } from "@/lib/i18n/routing";
import { listErasureRequests } from "@/lib/workspace/erasure";
import { NO_INDEX, dateFormats, errorText, one, type OrgParams, type SearchParams } from "../../page-helpers";

type Props = { params: OrgParams; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workspace.erasures" });
  return { title: t("title"), robots: NO_INDEX };
}

/** Erasure requests of the organization: waiting ones first (decided on the client's file), then what was decided, with counts only. */
export default async function ErasuresPage({ params, searchParams }: Props) {
  const { locale, org } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "client.erase", "/erasures");
  const requests = await listErasureRequests(ctx);
  const search = await searchParams;
  const t = await getTranslations("workspace.erasures");
  const tc = await getTranslations("workspace.client");
  const { day } = await dateFormats();
  const base = `/${locale}/workspace/${ctx.org.slug}`;
  const error = await errorText(one(search, "error"));

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      {one(search, "erased") ? <Notice>{t("erased")}</Notice> : null}
      {error ? <Alert>{error}</Alert> : null}
      <p className="max-w-3xl">{t("intro")}</p>
      {requests.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          caption={t("title")}
          rows={requests}
          rowKey={(r) => r.id}
          columns={[
            {
              header: t("client"),
              cell: (r) =>
                r.status === "approved" ? (
                  <span className="font-mono text-xs">
                    {r.clientId.slice(0, 8)} ({t("gone")})
                  </span>
                ) : (
                  <a href={`${base}/clients/${r.clientId}`}>{t("open")}</a>
                ),
            },
            { header: t("reason"), cell: (r) => tc(`reasons.${r.reason}`) },
            { header: t("asked"), cell: (r) => `${r.requestedBy}, ${day(r.requestedAt)}` },
            {
              header: t("status"),
              cell: (r) => (
                <>
                  {t(`statuses.${r.status}`)}
                  {r.counts ? <div className="text-xs text-[var(--color-muted)]">{t("erasedCounts", { ...r.counts })}</div> : null}
                </>
              ),
            },
            { header: t("decided"), cell: (r) => (r.decidedBy ? `${r.decidedBy}, ${r.decidedAt ? day(r.decidedAt) : ""}` : "") },
          ]}
        />
      )}
    </div>
  );
}
