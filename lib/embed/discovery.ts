import { env } from "@/lib/env";

/** The oEmbed discovery link of a page (`<link rel="alternate" type="application/json+oembed">`), for Next metadata's alternates.types. */
export function oembedDiscovery(pagePath: string): Record<string, string> {
  const site = env().SITE_URL.replace(/\/$/, "");
  const href = `${site}/api/oembed?${new URLSearchParams({ url: `${site}${pagePath}`, format: "json" })}`;
  return { "application/json+oembed": href };
}
