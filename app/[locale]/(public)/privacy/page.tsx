import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SIGN_IN_RETENTION_MONTHS } from "@/lib/auth/sign-in-log";
import { env } from "@/lib/env";
import { alternates } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";
import { RETENTION_DAYS } from "@/lib/journeys/store";
import { RETENTION_MONTHS } from "@/lib/workspace/retention-policy";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "privacy.page" });
  return { title: t("title"), description: t("metaDescription"), alternates: alternates("/privacy") };
}

/** What Parallel keeps, why, for how long, who sees it, and how to get a copy or have it erased; every figure comes from the code that enforces it. */
export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("privacy.page");
  const days = RETENTION_DAYS;
  const list = (key: "visitors.cookies" | "clients.fields" | "howLong.items" | "who.items" | "rights.items") => t.raw(key) as string[];
  const fill = (text: string) =>
    text
      .replaceAll("{days}", String(days))
      .replaceAll("{months}", String(SIGN_IN_RETENTION_MONTHS))
      .replaceAll("{min}", String(RETENTION_MONTHS.min))
      .replaceAll("{max}", String(RETENTION_MONTHS.max))
      .replaceAll("{default}", String(RETENTION_MONTHS.default));
  const section = "space-y-3";
  const heading = "text-xl font-semibold";
  const bullets = "list-disc space-y-1 pl-6";
  return (
    <article className="max-w-prose space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
      </header>
      <section aria-labelledby="visitors" className={section}>
        <h2 id="visitors" className={heading}>
          {t("visitors.title")}
        </h2>
        <p>{t("visitors.intro")}</p>
        <p>{t("visitors.journeys", { days })}</p>
        <p>{t("visitors.sharing")}</p>
        <p>{t("visitors.limits")}</p>
        <p>{t("visitors.corrections")}</p>
        <h3 className="font-semibold">{t("visitors.cookiesTitle")}</h3>
        <ul className={bullets}>
          {list("visitors.cookies").map((item) => (
            <li key={item}>{fill(item)}</li>
          ))}
        </ul>
        <p>{t("visitors.noTracking")}</p>
      </section>
      <section aria-labelledby="clients" className={section}>
        <h2 id="clients" className={heading}>
          {t("clients.title")}
        </h2>
        <p>{t("clients.intro")}</p>
        <ul className={bullets}>
          {list("clients.fields").map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p>{t("clients.why")}</p>
      </section>
      <section aria-labelledby="staff" className={section}>
        <h2 id="staff" className={heading}>
          {t("staff.title")}
        </h2>
        <p>{t("staff.body", { minutes: env().SESSION_IDLE_MINUTES })}</p>
      </section>
      <section aria-labelledby="how-long" className={section}>
        <h2 id="how-long" className={heading}>
          {t("howLong.title")}
        </h2>
        <ul className={bullets}>
          {list("howLong.items").map((item) => (
            <li key={item}>{fill(item)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="who" className={section}>
        <h2 id="who" className={heading}>
          {t("who.title")}
        </h2>
        <ul className={bullets}>
          {list("who.items").map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="where" className={section}>
        <h2 id="where" className={heading}>
          {t("where.title")}
        </h2>
        <p>{t("where.body")}</p>
      </section>
      <section aria-labelledby="rights" className={section}>
        <h2 id="rights" className={heading}>
          {t("rights.title")}
        </h2>
        <ul className={bullets}>
          {list("rights.items").map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p>{t("contact")}</p>
      </section>
    </article>
  );
}
