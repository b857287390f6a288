import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { alternates } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "embed.developers" });
  return { title: t("title"), description: t("intro"), alternates: alternates("/developers") };
}

/** The API for developers: what is open, how to authenticate, and the interactive reference (served from the app, loaded on this page only). */
export default async function DevelopersPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("embed.developers");
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      <p>
        <a href="/api/v1/openapi.json" className="font-medium underline" data-testid="openapi-link">
          {t("document")}
        </a>{" "}
        <span className="text-sm">{t("documentHint")}</span>
      </p>
      <ul className="max-w-prose list-disc space-y-2 pl-6">
        <li>{t("public")}</li>
        <li>{t("workspace")}</li>
        <li>{t("errors")}</li>
        <li>{t("embeds")}</li>
      </ul>
      <section aria-labelledby="reference" className="space-y-2">
        <h2 id="reference" className="text-xl font-semibold">
          {t("reference")}
        </h2>
        <noscript>
          <p>{t("noscript")}</p>
        </noscript>
        {/* eslint-disable-next-line @next/next/no-css-tags -- the reference's own stylesheet, loaded on this page only */}
        <link rel="stylesheet" href="/developers/swagger-ui/swagger-ui.css" precedence="default" />
        {/* Filled by the reference's script: React leaves the inside of an element with inner HTML alone when it hydrates. */}
        <div id="swagger-ui" data-url="/api/v1/openapi.json" lang="en" data-testid="swagger-ui" dangerouslySetInnerHTML={{ __html: "" }} />
        <script src="/developers/swagger-ui/swagger-ui-bundle.js" nonce={nonce} async />
        <script src="/developers/swagger-ui/init.js" nonce={nonce} async />
      </section>
    </div>
  );
}
