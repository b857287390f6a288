import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUserPage } from "@/lib/auth/guards";
import { isRole } from "@/lib/auth/permissions";
import { isLocale } from "@/lib/i18n/routing";
import { myOrganizations } from "@/lib/workspace/organizations";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workspace.home" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The way in: straight to the organization when there is one, a choice when several, what to do when none. */
export default async function WorkspaceHome({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const user = await requireUserPage(locale, `/${locale}/workspace`);
  const organizations = await myOrganizations(user.id);
  if (organizations.length === 1) redirect(`/${locale}/workspace/${organizations[0]!.slug}/clients`);
  const t = await getTranslations("workspace");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("home.title")}</h1>
      {organizations.length === 0 ? (
        <>
          <p className="font-medium">{t("home.none")}</p>
          <p>{t("home.noneHelp", { email: user.email })}</p>
        </>
      ) : (
        <section aria-labelledby="choose" className="space-y-2">
          <h2 id="choose" className="text-xl font-semibold">
            {t("home.choose")}
          </h2>
          <ul className="divide-y divide-slate-200 rounded border border-slate-200">
            {organizations.map((o) => (
              <li key={o.id}>
                <a href={`/${locale}/workspace/${o.slug}/clients`} className="block px-3 py-2 no-underline hover:bg-[var(--color-surface)]">
                  <span className="block font-medium underline">{o.name}</span>
                  <span className="block text-sm text-[var(--color-muted)]">{t("home.role", { role: isRole(o.role) ? t(`roles.${o.role}`) : o.role })}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
