import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { NextIntlClientProvider, hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { IslandsScript } from "@/components/IslandsScript";
import { NavigationProgress } from "@/components/NavigationProgress";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { routing } from "@/lib/i18n/routing";
import { env } from "@/lib/env";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5563" };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    metadataBase: new URL(env().SITE_URL),
    title: { default: `${t("siteName")} – ${t("tagline")}`, template: `%s | ${t("siteName")}` },
    description: t("description"),
    openGraph: { siteName: t("siteName"), locale: locale === "fr" ? "fr_CA" : "en_CA", type: "website" },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Rendered per request: Next.js marks its scripts with the Content-Security-Policy nonce proxy.ts sets (lib/http/security.ts).
  await connection();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "layout" });
  return (
    <html lang={locale === "fr" ? "fr-CA" : "en-CA"}>
      <head>
        <IslandsScript />
      </head>
      <body className="flex min-h-screen flex-col bg-white">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          {t("skipToContent")}
        </a>
        <NavigationProgress label={t("loading")} />
        {/* The language for links rendered by client components; no messages (those forms get their texts as props, the workspace its own). */}
        <NextIntlClientProvider messages={null}>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
