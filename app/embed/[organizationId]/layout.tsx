import type { Metadata } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { setRequestLocale } from "next-intl/server";
import { publicEmbed } from "@/lib/embed/settings";
import { RESIZE_SCRIPT } from "@/lib/embed/resize";
import "../embed.css";

export const metadata: Metadata = { robots: { index: false, follow: true } };

type Props = { children: ReactNode; params: Promise<{ organizationId: string }> };

/**
 * The embed pages' own document: no site header or footer, links open
 * Parallel in a new tab (base target), and one small script that tells the
 * parent page its height. The language is the page's `?locale=` (proxy.ts
 * passes it on as x-embed-locale), else the organization's.
 */
export default async function EmbedLayout({ children, params }: Props) {
  // Per request, so Next.js marks its scripts with the Content-Security-Policy nonce.
  await connection();
  const { organizationId } = await params;
  const org = await publicEmbed(organizationId);
  if (!org) notFound();
  const requestHeaders = await headers();
  const asked = requestHeaders.get("x-embed-locale");
  const locale = asked === "fr" || asked === "en" ? asked : org.locale;
  setRequestLocale(locale);
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  return (
    <html lang={locale === "fr" ? "fr-CA" : "en-CA"}>
      <head>
        <base target="_blank" />
      </head>
      <body className="bg-transparent">
        {children}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: RESIZE_SCRIPT }} />
      </body>
    </html>
  );
}
