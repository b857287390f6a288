"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";

function Switcher({ label, description }: { label: string; description: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const query = useSearchParams();
  const other = locale === "fr" ? "en" : "fr";
  const search = query.toString();
  return (
    <Link
      href={search ? `${pathname}?${search}` : pathname}
      locale={other}
      lang={other}
      hrefLang={other}
      aria-label={description}
      className="rounded border border-current px-2 py-1 font-medium no-underline"
    >
      {label}
    </Link>
  );
}

/** Links to the same page in the other language, keeping the query string. */
export function LanguageSwitcher(props: { label: string; description: string }) {
  return (
    <Suspense fallback={<span lang={props.label === "English" ? "en" : "fr"}>{props.label}</span>}>
      <Switcher {...props} />
    </Suspense>
  );
}
