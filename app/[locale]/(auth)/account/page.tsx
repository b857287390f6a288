import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PasskeyButton } from "@/components/auth/PasskeyButton";
import { SignInHistory } from "@/components/auth/SignInHistory";
import { Button, ButtonLink } from "@/components/journeys/ui";
import { signOutEverywhere, signOutHere } from "@/lib/auth/actions";
import { requireUserPage } from "@/lib/auth/guards";
import { signInHistory } from "@/lib/auth/sign-in-log";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.account" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The signed-in person's account: passkeys, signing out here or everywhere. */
export default async function AccountPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const user = await requireUserPage(locale, `/${locale}/account`);
  const t = await getTranslations("auth.account");
  const [passkeys, signIns] = await Promise.all([db().authenticator.count({ where: { userId: user.id } }), signInHistory(user.id, 20)]);
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("signedInAs", { email: user.email })}</p>
      <p className="text-sm text-[var(--color-muted)]">{t("session", { minutes: env().SESSION_IDLE_MINUTES })}</p>
      <ButtonLink href={`/${locale}/workspace`}>{t("workspace")}</ButtonLink>
      <section aria-labelledby="passkeys" className="space-y-3">
        <h2 id="passkeys" className="text-xl font-semibold">
          {t("passkeys")}
        </h2>
        <p>{t("passkeysIntro")}</p>
        <p data-testid="passkey-count">{t("passkeyCount", { count: passkeys })}</p>
        <PasskeyButton mode="register" label={t("addPasskey")} failed={t("passkeyFailed")} done={t("passkeyAdded")} next={`/${locale}/account`} />
      </section>
      <SignInHistory rows={signIns} />
      <section className="flex flex-wrap gap-3 border-t border-slate-300 pt-4">
        <form action={signOutHere}>
          <input type="hidden" name="locale" value={locale} />
          <Button variant="secondary">{t("signOut")}</Button>
        </form>
        <form action={signOutEverywhere}>
          <input type="hidden" name="locale" value={locale} />
          <Button variant="secondary">{t("signOutEverywhere")}</Button>
          <p className="mt-1 text-sm text-[var(--color-muted)]">{t("signOutEverywhereHint")}</p>
        </form>
      </section>
    </div>
  );
}
