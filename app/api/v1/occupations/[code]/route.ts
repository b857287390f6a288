import { HttpError, preflight, publicApi } from "@/lib/api/handler";
import { getOccupation } from "@/lib/occupations/detail";
import { occupationCodeParam, occupationDetailQuery } from "@/lib/validation/occupations";

export const dynamic = "force-dynamic";

export const GET = publicApi(
  { params: occupationCodeParam, query: occupationDetailQuery, cache: "public, max-age=3600" },
  async ({ params, query }) => {
    const occupation = await getOccupation(params.code, query.locale);
    if (!occupation) throw new HttpError(404, `There is no NOC 2021 unit group with the code ${params.code}.`);
    return occupation;
  },
);

export const OPTIONS = preflight;
