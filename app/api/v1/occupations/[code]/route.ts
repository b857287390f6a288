import { preflight, publicApi } from "@/lib/api/handler";
import { getOccupation } from "@/lib/occupations/detail";
import { unknownOccupation } from "@/lib/occupations/errors";
import { occupationCodeParam, occupationDetailQuery } from "@/lib/validation/occupations";

export const dynamic = "force-dynamic";

export const GET = publicApi(
  { params: occupationCodeParam, query: occupationDetailQuery, cache: "public, max-age=3600, stale-while-revalidate=86400" },
  async ({ params, query }) => {
    const occupation = await getOccupation(params.code, query.locale);
    if (!occupation) throw unknownOccupation(params.code);
    return occupation;
  },
);

export const OPTIONS = preflight;
