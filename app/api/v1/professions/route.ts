import { preflight, publicApi } from "@/lib/api/handler";
import { env } from "@/lib/env";
import { listProfessionsApi } from "@/lib/professions/api";
import { professionListQuery } from "@/lib/validation/professions";

export const dynamic = "force-dynamic";

/** The profession guides in one language, sorted by title. */
export const GET = publicApi({ query: professionListQuery, cache: "public, max-age=3600, stale-while-revalidate=86400" }, async ({ query }) =>
  listProfessionsApi(query.locale, env().SITE_URL),
);

export const OPTIONS = preflight;
