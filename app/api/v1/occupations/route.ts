import { preflight, publicApi } from "@/lib/api/handler";
import { searchOccupations } from "@/lib/occupations/search";
import { occupationSearchQuery } from "@/lib/validation/occupations";

export const dynamic = "force-dynamic";

export const GET = publicApi({ query: occupationSearchQuery, limit: "search", cache: "public, max-age=300, stale-while-revalidate=3600" }, async ({ query }) => {
  const results = await searchOccupations(query.q, query.locale, query.limit);
  return { query: query.q, locale: query.locale, count: results.length, results };
});

export const OPTIONS = preflight;
