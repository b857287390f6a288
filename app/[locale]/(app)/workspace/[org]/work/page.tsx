import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DataTable } from "@/components/ui/DataTable";
import { pageContext } from "@/lib/auth/guards";
import { isLocale } from "@/lib/i18n/routing";
import { ACTION_STATUS_LABELS, REFERRAL_KIND_LABELS, REFERRAL_STATUS_LABELS } from "@/lib/workspace/casework/labels";
import { myWork } from "@/lib/workspace/casework/service";
import { NO_INDEX, dateFormats, type OrgParams } from "../../page-helpers";

type Props = { params: OrgParams };

const HORIZON_DAYS = 14;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "casework.work" });
  return { title: t("title"), robots: NO_INDEX };
}

/** The signed-in member's next work across their clients: overdue and soon-due actions first, then referrals waiting for a result. */
export default async function MyWorkPage({ params }: Props) {
  const { locale, org } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "client.write", "/work");
  const lang = locale as "en" | "fr";
  const [work, t, { day }] = await Promise.all([myWork(ctx, HORIZON_DAYS), getTranslations("casework.work"), dateFormats()]);
  const clientHref = (id: string, section: string) => `/${locale}/workspace/${ctx.org.slug}/clients/${id}/${section}`;
  const tp = await getTranslations("casework.plan");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro", { days: HORIZON_DAYS })}</p>
      <section aria-labelledby="due" className="space-y-2">
        <h2 id="due" className="text-xl font-semibold">
          {t("items")}
        </h2>
        {work.items.length === 0 ? (
          <p>{t("noItems")}</p>
        ) : (
          <DataTable
            caption={t("items")}
            rows={work.items}
            rowKey={(i) => i.id}
            rowClassName={(i) => (i.overdue ? "bg-red-50" : "")}
            rowProps={() => ({ "data-testid": "work-item" })}
            columns={[
              {
                header: t("due"),
                className: "whitespace-nowrap",
                cell: (i) => (
                  <>
                    {i.dueOn ? day(i.dueOn) : ""}
                    {i.overdue ? <strong className="ml-2 text-red-800">{t("overdue")}</strong> : null}
                  </>
                ),
              },
              { header: t("client"), cell: (i) => <a href={clientHref(i.clientId, "plan")}>{i.clientName}</a> },
              { header: t("action"), cell: (i) => i.title },
              { header: t("owner"), cell: (i) => (i.owner ? i.owner.name : tp("ownerClient")) },
              { header: t("status"), cell: (i) => ACTION_STATUS_LABELS[lang][i.status] },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="waiting" className="space-y-2">
        <h2 id="waiting" className="text-xl font-semibold">
          {t("referrals")}
        </h2>
        {work.referrals.length === 0 ? (
          <p>{t("noReferrals")}</p>
        ) : (
          <DataTable
            caption={t("referrals")}
            rows={work.referrals}
            rowKey={(r) => r.id}
            rowProps={() => ({ "data-testid": "work-referral" })}
            columns={[
              { header: t("since"), className: "whitespace-nowrap", cell: (r) => day(r.referredOn) },
              { header: t("client"), cell: (r) => <a href={clientHref(r.clientId, "referrals")}>{r.clientName}</a> },
              { header: t("kind"), cell: (r) => REFERRAL_KIND_LABELS[lang][r.kind] },
              { header: t("partner"), cell: (r) => r.partner },
              { header: t("status"), cell: (r) => REFERRAL_STATUS_LABELS[lang][r.status] },
            ]}
          />
        )}
      </section>
    </div>
  );
}
