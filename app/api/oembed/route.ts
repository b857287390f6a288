import { NextResponse } from "next/server";
import { cachedJson, CORS_HEADERS, endpoint, preflight } from "@/lib/api/handler";
import { oembedFor } from "@/lib/embed/oembed";
import { oembedQuery } from "@/lib/embed/oembed-schema";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

const CACHE = "public, max-age=3600, stale-while-revalidate=86400";

/** oEmbed (JSON only: format=xml is answered 501, as the specification asks). */
export const GET = endpoint(
  { headers: CORS_HEADERS, success: (result) => (result instanceof Response ? result : null) },
  { query: oembedQuery, limit: "search" },
  async ({ query, request, locale }) => {
    if (query.format === "xml") {
      return NextResponse.json(
        { error: "not_implemented", message: locale === "fr" ? "Seul le format json est servi." : "Only format=json is served.", fields: { format: "json" } },
        { status: 501, headers: CORS_HEADERS },
      );
    }
    return cachedJson(request, await oembedFor(query, env().SITE_URL), { ...CORS_HEADERS, "Cache-Control": CACHE });
  },
);

export const OPTIONS = preflight;
