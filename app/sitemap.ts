import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { provincePages } from "@/lib/content/regulators";
import { routing } from "@/lib/i18n/routing";
import { professionPages } from "@/lib/professions/content";
import { nocUnitGroupCodes, sitemapEntries } from "@/lib/sitemap";

export default function sitemap(): MetadataRoute.Sitemap {
  const professions = professionPages().filter((page) => page.locale === routing.defaultLocale);
  return sitemapEntries({
    base: env().SITE_URL,
    locales: routing.locales,
    occupationCodes: nocUnitGroupCodes(),
    professions,
    professionProvinces: provincePages(),
  });
}
