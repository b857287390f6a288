import type { EmbedQuery } from "./views";

/** An embed page's language: the snippet's, else the organization's. */
export function embedLocale(query: EmbedQuery, org: { locale: "en" | "fr" }): "en" | "fr" {
  return query.locale ?? org.locale;
}
