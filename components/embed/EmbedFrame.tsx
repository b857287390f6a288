import type { CSSProperties, ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { themeStyle, withOverrides, type Theme } from "@/lib/embed/theme";
import type { EmbedQuery } from "@/lib/embed/views";

/** A link to Parallel, opened in a new tab. */
export async function ParallelLink({ path, children, className }: { path: string; children: ReactNode; className?: string }) {
  const t = await getTranslations("embed");
  return (
    <a href={`${env().SITE_URL.replace(/\/$/, "")}${path}`} target="_blank" rel="noopener" className={className ?? "underline"}>
      {children}
      <span className="sr-only"> {t("newTab")}</span>
    </a>
  );
}

/**
 * The root of every embed page: the organization's theme (with the
 * snippet's overrides) as CSS custom properties, the content, then the
 * data's date and sources and the link to the full page on Parallel.
 */
export async function EmbedFrame({
  theme,
  query,
  organization,
  fullPage,
  footer,
  children,
}: {
  theme: Theme;
  query: EmbedQuery;
  organization: string;
  /** The full page's path on Parallel. */
  fullPage: string;
  /** The data's date and sources. */
  footer: ReactNode;
  children: ReactNode;
}) {
  const t = await getTranslations("embed");
  const applied = withOverrides(theme, query);
  return (
    <div
      data-embed-root
      data-theme-primary={applied.primary}
      style={themeStyle(applied) as CSSProperties}
      className="embed-root space-y-5 p-4 [overflow-wrap:anywhere]"
    >
      {children}
      <footer className="space-y-2 border-t border-slate-300 pt-3 text-sm">
        <div className="space-y-1 opacity-90">{footer}</div>
        <p>
          <ParallelLink path={fullPage} className="embed-button">
            {t("fullPage")}
          </ParallelLink>
        </p>
        <p className="text-xs opacity-90">
          {t("poweredBy")} · {t("forOrganization", { organization })}
        </p>
      </footer>
    </div>
  );
}
