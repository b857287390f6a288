import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  const base = env().SITE_URL.replace(/\/+$/, "");
  return {
    // The JSON API and the embeds are for programs and partner sites, not for search results.
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/embed/"] },
    sitemap: `${base}/sitemap.xml`,
  };
}
