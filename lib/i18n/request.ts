import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

/** Messages are split by area (one file per area and language) and merged here. */
const AREAS = ["common", "professions", "journeys", "corrections", "auth", "workspace"] as const;

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const parts = await Promise.all(AREAS.map(async (area) => (await import(`./messages/${area}.${locale}.json`)).default));
  return { locale, messages: Object.assign({}, ...parts) };
});
