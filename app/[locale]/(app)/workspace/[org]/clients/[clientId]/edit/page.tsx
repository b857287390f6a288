import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { ClientForm } from "@/components/workspace/ClientForm";
import { pageContext } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/routing";
import { getClient } from "@/lib/workspace/clients/service";
import { clientValues } from "@/lib/workspace/forms";
import { saveClientAction } from "../../../../actions";
import { NO_INDEX } from "../../../../page-helpers";
import { clientFormChoices } from "../../client-form-data";

type Props = { params: Promise<{ locale: string; org: string; clientId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workspace.client" });
  return { title: `${t("edit")} – ${t("title")}`, robots: NO_INDEX };
}

/** Changes to a client file: the same form, filled with the file. */
export default async function EditClientPage({ params }: Props) {
  const { locale, org, clientId } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "client.write", `/clients/${clientId}/edit`);
  if (!z.uuid().safeParse(clientId).success) notFound();
  const client = await getClient(ctx, clientId).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [{ members, provinces }, t] = await Promise.all([clientFormChoices(ctx), getTranslations("workspace.form")]);
  const href = `/${locale}/workspace/${ctx.org.slug}/clients/${client.id}`;
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("editTitle", { name: client.displayName })}</h1>
      <ClientForm
        action={saveClientAction}
        locale={locale}
        org={ctx.org.slug}
        clientId={client.id}
        initial={clientValues(client)}
        initialOrigin={client.origin ? { code: client.origin.code, title: locale === "fr" ? client.origin.titleFr : client.origin.titleEn, matchedTitle: null } : null}
        members={members}
        provinces={provinces}
        cancelHref={href}
      />
    </div>
  );
}
