import { preflight, publicApi } from "@/lib/api/handler";
import { matchProfile } from "@/lib/alternatives/service";
import { profileSchema } from "@/lib/matching";
import { matchQuery } from "@/lib/validation/match";

export const dynamic = "force-dynamic";

/** Ranks every occupation for a posted person profile (see lib/matching/README.md). */
export const POST = publicApi({ query: matchQuery, body: profileSchema, limit: "match" }, async ({ query, body }) =>
  matchProfile(body, { limit: query.limit, locale: query.locale, explainTop: Math.min(query.limit, 20) }),
);

export const OPTIONS = preflight;
