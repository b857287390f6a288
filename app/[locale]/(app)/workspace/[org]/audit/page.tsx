import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { buttonClass, inputClass } from "@/components/journeys/ui";
import { LinkButton } from "@/components/workspace/LinkButton";
import { DataTable } from "@/components/ui/DataTable";
import { pageContext } from "@/lib/auth/guards";
import { isLocale } from "@/lib/i18n/routing";
import { AUDIT_ACTIONS, auditQuerySchema, listAudit } from "@/lib/workspace/audit";
import { NO_INDEX, dateFormats, one, type OrgParams, type SearchParams } from "../../page-helpers";

/** Events after which the file is gone: the trail names it without a link. */
const ERASING = new Set(["client.delete", "erasure.approve", "retention.erase"]);

type Props = { params: OrgParams; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workspace.audit" });
  return { title: t("title"), robots: NO_INDEX };
}

type Action = (typeof AUDIT_ACTIONS)[number];

/** The organization's audit trail for administrators: newest first, filtered by event (or one file), 50 at a time, downloadable. */
export default async function AuditPage({ params, searchParams }: Props) {
  const { locale, org } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "audit.read", "/audit");
  const search = await searchParams;
  const raw = { action: one(search, "action") || undefined, subject: one(search, "subject") || undefined, before: one(search, "before") || undefined };
  const parsed = auditQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : auditQuerySchema.parse({});
  const { entries, next } = await listAudit(ctx, query);
  const t = await getTranslations("workspace.audit");
  const { moment } = await dateFormats();
  const base = `/${locale}/workspace/${ctx.org.slug}`;
  const here = `${base}/audit`;
  const link = (before?: string) => {
    const p = new URLSearchParams();
    if (query.action) p.set("action", query.action);
    if (query.subject) p.set("subject", query.subject);
    if (before) p.set("before", before);
    const s = p.toString();
    return s ? `${here}?${s}` : here;
  };
  const actionLabel = (a: string) => ((AUDIT_ACTIONS as readonly string[]).includes(a) ? t(`actions.${a as Action}`) : a);
  const exportHref = (format: "json" | "csv") => `/api/v1/workspace/audit/export?${new URLSearchParams({ org: ctx.org.slug, format })}`;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
      </div>
      <section aria-labelledby="download" className="space-y-2">
        <h2 id="download" className="text-lg font-semibold">
          {t("download")}
        </h2>
        <div className="flex flex-wrap gap-3">
          <LinkButton href={exportHref("json")} variant="secondary">
            {t("json")}
          </LinkButton>
          <LinkButton href={exportHref("csv")} variant="secondary">
            {t("csv")}
          </LinkButton>
        </div>
        <p className="text-sm text-[var(--color-muted)]">{t("downloadHint")}</p>
      </section>
      <form method="get" action={here} className="flex flex-wrap items-end gap-3 rounded bg-[var(--color-surface)] p-4">
        {query.subject ? <input type="hidden" name="subject" value={query.subject} /> : null}
        <div>
          <label htmlFor="audit-action" className="block font-medium">
            {t("action")}
          </label>
          <select id="audit-action" name="action" defaultValue={query.action ?? ""} className={`${inputClass} w-auto`}>
            <option value="">{t("allActions")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("primary")}>
          {t("filter")}
        </button>
      </form>
      {entries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          caption={t("title")}
          rows={entries}
          rowKey={(e) => e.id}
          columns={[
            { header: t("when"), className: "whitespace-nowrap", cell: (e) => moment(e.at) },
            { header: t("who"), cell: (e) => e.actor },
            { header: t("what"), cell: (e) => actionLabel(e.action) },
            {
              header: t("subject"),
              cell: (e) =>
                e.subjectType === "client" && e.subjectId ? (
                  ERASING.has(e.action) ? (
                    t("deletedClient", { id: e.subjectId.slice(0, 8) })
                  ) : (
                    <a href={`${base}/clients/${e.subjectId}`}>
                      {t("clientLink")} {e.subjectId.slice(0, 8)}
                    </a>
                  )
                ) : e.subjectId ? (
                  `${e.subjectType} ${e.subjectId.slice(0, 8)}`
                ) : (
                  e.subjectType
                ),
            },
            { header: t("request"), className: "break-all", cell: (e) => e.route },
          ]}
        />
      )}
      <nav aria-label={t("title")} className="flex flex-wrap gap-4">
        {query.before ? <a href={link()}>{t("newest")}</a> : null}
        {next ? <a href={link(next)}>{t("older")}</a> : null}
      </nav>
    </div>
  );
}
