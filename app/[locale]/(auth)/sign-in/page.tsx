import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PasskeyButton } from "@/components/auth/PasskeyButton";
import { Button, FieldError, Hint, describedBy, fieldId, inputClass } from "@/components/journeys/ui";
import { requestSignInLink } from "@/lib/auth/actions";
import { signedInUser } from "@/lib/auth/guards";
import { safeNext } from "@/lib/auth/next-path";
import { isLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.signIn" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

const FORM_ERRORS = ["invalidEmail", "tooMany"] as const;
const AUTH_ERRORS = ["Verification", "AccessDenied", "Configuration"] as const;

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const one = (k: string) => (typeof query[k] === "string" ? (query[k] as string) : undefined);
  const next = safeNext(one("callbackUrl"), locale);
  if (await signedInUser()) redirect(next);
  const t = await getTranslations("auth.signIn");
  const error = one("error");
  const fieldError = (FORM_ERRORS as readonly string[]).includes(error ?? "") ? t(error as (typeof FORM_ERRORS)[number]) : undefined;
  const pageError = error && !fieldError ? t(`errors.${(AUTH_ERRORS as readonly string[]).includes(error) ? error : "Default"}` as "errors.Default") : undefined;
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      {pageError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 font-medium text-red-900">
          {pageError}
        </p>
      ) : null}
      <form action={requestSignInLink} className="space-y-4" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="callbackUrl" value={next} />
        <div>
          <label htmlFor={fieldId("email")} className="block font-semibold">
            {t("email")}
          </label>
          <Hint name="email">{t("emailHint")}</Hint>
          <input
            id={fieldId("email")}
            name="email"
            type="email"
            autoComplete="username webauthn"
            required
            defaultValue={one("email") ?? ""}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={describedBy("email", fieldError, true)}
            className={inputClass}
          />
          <FieldError name="email" message={fieldError} />
        </div>
        <Button>{t("send")}</Button>
      </form>
      <div className="space-y-2 border-t border-slate-300 pt-4">
        <p className="text-sm text-[var(--color-muted)]">{t("or")}</p>
        <PasskeyButton mode="signin" label={t("passkey")} failed={t("passkeyFailed")} next={next} />
        <p className="text-sm text-[var(--color-muted)]">{t("passkeyHint")}</p>
      </div>
      <p className="text-sm">{t("noAccount")}</p>
    </div>
  );
}
