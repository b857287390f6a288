import { preflight, publicApi } from "@/lib/api/handler";
import { env } from "@/lib/env";
import { professionApi } from "@/lib/professions/api";
import { professionDetailQuery, professionSlugParam } from "@/lib/validation/professions";

export const dynamic = "force-dynamic";

/** One profession guide's content (what its page shows), with who regulates it in `province` when asked. */
export const GET = publicApi(
  { params: professionSlugParam, query: professionDetailQuery, cache: "public, max-age=3600, stale-while-revalidate=86400" },
  async ({ params, query }) => professionApi(params.slug, query.locale, query.province, env().SITE_URL),
);

export const OPTIONS = preflight;
