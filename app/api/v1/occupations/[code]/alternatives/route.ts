import { preflight, publicApi } from "@/lib/api/handler";
import { alternativesFor } from "@/lib/alternatives/service";
import { unknownOccupation } from "@/lib/occupations/errors";
import { matchQuery } from "@/lib/validation/match";
import { occupationCodeParam } from "@/lib/validation/occupations";

export const dynamic = "force-dynamic";

export const GET = publicApi(
  { params: occupationCodeParam, query: matchQuery, limit: "match", cache: "public, max-age=3600, stale-while-revalidate=86400" },
  async ({ params, query }) => {
    const result = await alternativesFor(params.code, { limit: query.limit, locale: query.locale, explainTop: Math.min(query.limit, 20) });
    if (!result) throw unknownOccupation(params.code);
    return result;
  },
);

export const OPTIONS = preflight;
