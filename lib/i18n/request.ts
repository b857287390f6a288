import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";
import { typesetTree } from "./typography";

/** Messages are split by area (one file per area and language) and merged here. */
const AREAS = ["common", "professions", "journeys", "corrections", "auth", "workspace", "reports", "casework", "embed", "privacy"] as const;

/** Merged messages per locale, French typeset once (non-breaking spaces, "1er"; see typography.ts). */
const loaded = new Map<string, Promise<Record<string, unknown>>>();
function messagesFor(locale: string): Promise<Record<string, unknown>> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = Promise.all(AREAS.map(async (area) => (await import(`./messages/${area}.${locale}.json`)).default)).then((parts) => typesetTree(Object.assign({}, ...parts), locale));
    loaded.set(locale, messages);
  }
  return messages;
}

/**
 * Embed pages (/embed/...) have no locale segment: proxy.ts names their
 * language in x-embed-locale (and removes the header from every other
 * request). It wins over the request's cached locale, which a not-found
 * boundary rendered alongside the page may have set to the default.
 */
async function embedLocale(): Promise<string | null> {
  try {
    return (await headers()).get("x-embed-locale");
  } catch (error) {
    // Outside a request (a script): no embed. Next's own control-flow errors go on.
    unstable_rethrow(error);
    return null;
  }
}

export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await embedLocale()) ?? (await requestLocale);
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: (await messagesFor(locale)) as never };
});
