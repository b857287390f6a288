import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { switchedPath } from "@/lib/islands/language";

/**
 * Links to the same page in the other language, keeping the query string.
 * The address is the one this page was asked by (set in proxy.ts); the
 * islands script takes it from the page itself at the click, for pages that
 * changed without reloading.
 */
export async function LanguageSwitcher({ label, description }: { label: string; description: string }) {
  const locale = await getLocale();
  const other = locale === "fr" ? "en" : "fr";
  const asked = new URL((await headers()).get("x-request-path") ?? `/${locale}`, "http://x");
  return (
    <a
      href={switchedPath(asked.pathname, asked.search, other)}
      data-switch-locale={other}
      lang={other}
      hrefLang={other}
      aria-label={description}
      className="rounded border border-current px-2 py-1 font-medium no-underline"
    >
      {label}
    </a>
  );
}
