import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button, ButtonLink } from "@/components/journeys/ui";
import { acceptInvitationAction, signOutHere } from "@/lib/auth/actions";
import { signedInUser } from "@/lib/auth/guards";
import { ROLE_LABELS, isRole } from "@/lib/auth/permissions";
import { isLocale } from "@/lib/i18n/routing";
import { isToken } from "@/lib/journeys/token";
import { invitationByToken } from "@/lib/workspace/organizations";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.invitation" });
  // A private link: never indexed, never sent to another site as a referrer ("no-referrer" would also make
  // form posts from the page send "Origin: null", which proxy.ts refuses as a foreign form).
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

/** An invitation link: who invites whom; sign in with the invited address, then accept. */
export default async function InvitationPage({ params }: Props) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("auth.invitation");
  const invitation = isToken(token) ? await invitationByToken(token) : null;
  if (!invitation) {
    return (
      <div className="max-w-xl space-y-4">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p role="alert">{t("gone")}</p>
      </div>
    );
  }
  const user = await signedInUser();
  const role = isRole(invitation.role) ? ROLE_LABELS[invitation.role][locale] : invitation.role;
  const here = `/${locale}/invitations/${token}`;
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("offer", { organization: invitation.organization, email: invitation.email, role })}</p>
      {!user ? (
        <>
          <p>{t("signInFirst", { email: invitation.email })}</p>
          <ButtonLink href={`/${locale}/sign-in?${new URLSearchParams({ callbackUrl: here, email: invitation.email })}`}>{t("signIn", { email: invitation.email })}</ButtonLink>
        </>
      ) : user.email.toLowerCase() !== invitation.email ? (
        <>
          <p role="alert">{t("wrongAccount", { current: user.email, email: invitation.email })}</p>
          <form action={signOutHere}>
            <input type="hidden" name="locale" value={locale} />
            <Button variant="secondary">{t("signIn", { email: invitation.email })}</Button>
          </form>
        </>
      ) : (
        <form action={acceptInvitationAction}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="token" value={token} />
          <Button>{t("accept")}</Button>
        </form>
      )}
    </div>
  );
}
