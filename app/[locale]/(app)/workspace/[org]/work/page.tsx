import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
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
          <div className="overflow-x-auto">
            <table className="min-w-full text-left">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-4">{t("due")}</th>
                  <th scope="col" className="py-2 pr-4">{t("client")}</th>
                  <th scope="col" className="py-2 pr-4">{t("action")}</th>
                  <th scope="col" className="py-2 pr-4">{t("owner")}</th>
                  <th scope="col" className="py-2 pr-4">{t("status")}</th>
                </tr>
              </thead>
              <tbody>
                {work.items.map((i) => (
                  <tr key={i.id} className={`border-b border-slate-200 ${i.overdue ? "bg-red-50" : ""}`} data-testid="work-item">
                    <td className="py-2 pr-4 whitespace-nowrap">
                      {i.dueOn ? day(i.dueOn) : ""}
                      {i.overdue ? <strong className="ml-2 text-red-800">{t("overdue")}</strong> : null}
                    </td>
                    <td className="py-2 pr-4">
                      <a href={clientHref(i.clientId, "plan")}>{i.clientName}</a>
                    </td>
                    <td className="py-2 pr-4">{i.title}</td>
                    <td className="py-2 pr-4">{i.owner ? i.owner.name : tp("ownerClient")}</td>
                    <td className="py-2 pr-4">{ACTION_STATUS_LABELS[lang][i.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="waiting" className="space-y-2">
        <h2 id="waiting" className="text-xl font-semibold">
          {t("referrals")}
        </h2>
        {work.referrals.length === 0 ? (
          <p>{t("noReferrals")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-left">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-4">{t("since")}</th>
                  <th scope="col" className="py-2 pr-4">{t("client")}</th>
                  <th scope="col" className="py-2 pr-4">{t("kind")}</th>
                  <th scope="col" className="py-2 pr-4">{t("partner")}</th>
                  <th scope="col" className="py-2 pr-4">{t("status")}</th>
                </tr>
              </thead>
              <tbody>
                {work.referrals.map((r) => (
                  <tr key={r.id} className="border-b border-slate-200" data-testid="work-referral">
                    <td className="py-2 pr-4 whitespace-nowrap">{day(r.referredOn)}</td>
                    <td className="py-2 pr-4">
                      <a href={clientHref(r.clientId, "referrals")}>{r.clientName}</a>
                    </td>
                    <td className="py-2 pr-4">{REFERRAL_KIND_LABELS[lang][r.kind]}</td>
                    <td className="py-2 pr-4">{r.partner}</td>
                    <td className="py-2 pr-4">{REFERRAL_STATUS_LABELS[lang][r.status]}</td>
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
