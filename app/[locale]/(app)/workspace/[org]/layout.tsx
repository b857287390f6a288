import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button } from "@/components/journeys/ui";
import { WorkspaceNav } from "@/components/workspace/WorkspaceNav";
import { signOutHere } from "@/lib/auth/actions";
import { pageContext } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isLocale } from "@/lib/i18n/routing";

type Props = { children: ReactNode; params: Promise<{ locale: string; org: string }> };

/** The workspace header: the organization, its sections (those the role opens), who is signed in, sign out. */
export default async function OrganizationLayout({ children, params }: Props) {
  const { locale, org } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ctx = await pageContext(locale, org, "member.read", "/clients");
  const t = await getTranslations("workspace.header");
  const tc = await getTranslations("casework.nav");
  const te = await getTranslations("embed.settings");
  const tp = await getTranslations("privacy.settings");
  const base = `/${locale}/workspace/${ctx.org.slug}`;
  const items = [
    { href: `${base}/clients`, label: t("clients") },
    ...(can(ctx.role, "client.write") ? [{ href: `${base}/work`, label: tc("work") }] : []),
    { href: `${base}/shares`, label: t("shares") },
    { href: `${base}/settings/members`, label: t("members") },
    ...(can(ctx.role, "apiKey.manage") ? [{ href: `${base}/settings/api-keys`, label: t("apiKeys") }] : []),
    ...(can(ctx.role, "embed.manage") ? [{ href: `${base}/settings/embed`, label: te("nav") }] : []),
    ...(can(ctx.role, "settings.manage") ? [{ href: `${base}/settings/privacy`, label: tp("nav") }] : []),
    ...(can(ctx.role, "audit.read") ? [{ href: `${base}/audit`, label: t("audit") }] : []),
    ...(can(ctx.role, "indicators.read") ? [{ href: `${base}/indicators`, label: tc("indicators") }] : []),
    ...(can(ctx.role, "client.erase") ? [{ href: `${base}/erasures`, label: t("erasures") }] : []),
  ];
  return (
    <div className="space-y-6">
      <div className="-mx-4 -mt-6 border-b border-slate-300 bg-[var(--color-surface)] px-4 py-3 sm:-mx-6 sm:px-6">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <p className="text-lg font-semibold">
            <span className="sr-only">{t("label")} – </span>
            {ctx.org.name}
          </p>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <span>{t("signedInAs", { email: ctx.actor.label })}</span>
            <a href={`/${locale}/account`}>{t("account")}</a>
            <form action={signOutHere}>
              <input type="hidden" name="locale" value={locale} />
              <Button variant="secondary">{t("signOut")}</Button>
            </form>
          </div>
        </div>
        <div className="mt-2">
          <WorkspaceNav label={t("nav")} items={items} />
        </div>
      </div>
      {children}
    </div>
  );
}
