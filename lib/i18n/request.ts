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

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: (await messagesFor(locale)) as never };
});
