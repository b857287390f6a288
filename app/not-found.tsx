import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { NotFoundBody } from "@/components/NotFoundBody";
import { routing } from "@/lib/i18n/routing";

export const metadata: Metadata = { title: "Page not found | Parallel", robots: { index: false, follow: false } };

/**
 * An address outside any language (one the language redirect does not take,
 * such as `/nope.txt`): the app's own page, with its header, in the default
 * language. Addresses under a language get app/[locale]/not-found.tsx.
 */
export default async function RootNotFound() {
  // Per request, so Next.js marks its scripts with the Content-Security-Policy nonce.
  await connection();
  const locale = routing.defaultLocale;
  setRequestLocale(locale);
  const layout = await getTranslations({ locale, namespace: "layout" });
  return (
    <html lang="en-CA">
      <body className="flex min-h-screen flex-col bg-white">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          {layout("skipToContent")}
        </a>
        <NextIntlClientProvider locale={locale} messages={null}>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6">
            <NotFoundBody locale={locale} />
            <p className="mt-6 text-sm" lang="fr">
              <Link href="/fr">Page introuvable : retour à l’accueil en français</Link>
            </p>
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

