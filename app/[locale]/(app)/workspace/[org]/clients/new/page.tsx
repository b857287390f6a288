import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientForm } from "@/components/workspace/ClientForm";
import { pageContext } from "@/lib/auth/guards";
import { isLocale } from "@/lib/i18n/routing";
import { saveClientAction } from "../../../actions";
import { NO_INDEX, type OrgParams } from "../../../page-helpers";
import { clientFormChoices } from "../client-form-data";

type Props = { params: OrgParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workspace.form" });
  return { title: t("newTitle"), robots: NO_INDEX };
}

/** A new client file: consent to keep it given today, assigned to the member opening it. */
export default async function NewClientPage({ params }: Props) {
  const { locale, org } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "client.write", "/clients/new");
  const [{ members, provinces }, t] = await Promise.all([clientFormChoices(ctx), getTranslations("workspace.form")]);
  const base = `/${locale}/workspace/${ctx.org.slug}/clients`;
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("newTitle")}</h1>
      <ClientForm
        action={saveClientAction}
        locale={locale}
        org={ctx.org.slug}
        initial={{ consentScopes: ["record"], consentGivenAt: new Date().toISOString().slice(0, 10), status: "intake", counsellorId: ctx.membershipId ?? "" }}
        initialOrigin={null}
        members={members}
        provinces={provinces}
        cancelHref={base}
      />
    </div>
  );
}
