import { z } from "zod";
import { profileSchema } from "@/lib/matching";
import { oembedQuery, oembedResponseSchema } from "@/lib/embed/oembed-schema";
import { matchQuery } from "@/lib/validation/match";
import { occupationCodeParam, occupationDetailQuery, occupationSearchQuery } from "@/lib/validation/occupations";
import { professionDetailQuery, professionDetailSchema, professionListQuery, professionListSchema, professionSlugParam } from "@/lib/validation/professions";
import { errorSchema, PUBLIC_ERRORS, type ApiOperation } from "./registry";

/** Public endpoints: anyone may call them (CORS open), rate-limited, cached with ETags. */

const occupationHit = z.object({ code: z.string(), title: z.string(), teer: z.number().int(), matchedTitle: z.string().nullable(), score: z.number() });

export const occupationSearchSchema = z
  .object({ query: z.string(), locale: z.enum(["en", "fr"]), count: z.number().int(), results: z.array(occupationHit) })
  .meta({ id: "OccupationSearch" });

export const occupationDetailSchema = z
  .looseObject({
    code: z.string(),
    teer: z.number().int(),
    title: z.string(),
    otherTitle: z.string(),
    leadStatement: z.string(),
    exampleTitles: z.array(z.string()),
    mainDuties: z.array(z.object({ profile: z.string(), duties: z.array(z.string()) })),
    employmentRequirements: z.array(z.string()),
    competencies: z.record(z.string(), z.array(z.looseObject({ code: z.string(), name: z.string(), level: z.number() }))),
    outlook: z.looseObject({ futureCondition: z.string().nullable() }).nullable(),
    wages: z.looseObject({ year: z.number().int(), provinces: z.array(z.looseObject({})) }).nullable(),
  })
  .meta({ id: "Occupation" });

const target = z.looseObject({
  code: z.string(),
  title: z.string(),
  score: z.number(),
  source: z.enum(["curated", "computed", "both"]),
  explained: z.boolean(),
});

export const matchResultSchema = z
  .looseObject({
    engineVersion: z.string(),
    dataVersion: z.string(),
    origin: z.object({ code: z.string(), unitGroup: z.string() }),
    total: z.number().int(),
    results: z.array(target),
  })
  .meta({ id: "MatchResult", description: "The ranking: each result with its score, source and, for the top ones, the explanation (transfers, gaps, kind, path, licensing or retraining)." });

const CACHED = "Cached (Cache-Control public with stale-while-revalidate); carries a strong ETag: send it back in If-None-Match to get 304.";

export const PUBLIC_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/occupations",
    tag: "Occupations",
    summary: "Search occupations by any title",
    description: `Every title of the 516 NOC 2021 unit groups, English and French, tolerant of accents and small typos. ${CACHED}`,
    auth: "public",
    query: occupationSearchQuery,
    responses: { 200: { description: "Matches, best first.", schema: occupationSearchSchema }, 304: { description: "Not modified (If-None-Match)." }, ...PUBLIC_ERRORS },
    examples: [
      { name: "nurse", query: { q: "nurse", limit: "5" }, status: 200 },
      { name: "French", query: { q: "infirmière", locale: "fr", limit: "3" }, status: 200 },
      { name: "too short", query: { q: "n" }, status: 400 },
    ],
  },
  {
    method: "get",
    path: "/api/v1/occupations/{code}",
    tag: "Occupations",
    summary: "One occupation",
    description: `Lead statement, duties, example titles, requirements, competency profile, COPS outlook and wages by province. ${CACHED}`,
    auth: "public",
    params: occupationCodeParam,
    query: occupationDetailQuery,
    responses: { 200: { description: "The occupation.", schema: occupationDetailSchema }, 304: { description: "Not modified." }, ...PUBLIC_ERRORS, 404: { description: "No such occupation.", schema: errorSchema } },
    examples: [
      { name: "registered nurses", params: { code: "31301" }, status: 200 },
      { name: "malformed", params: { code: "3130" }, status: 400 },
      { name: "unknown", params: { code: "99999" }, status: 404 },
    ],
  },
  {
    method: "get",
    path: "/api/v1/occupations/{code}/alternatives",
    tag: "Occupations",
    summary: "Parallel careers from an occupation",
    description: `The matching engine's ranking, the profession guide's curated options merged in. ${CACHED}`,
    auth: "public",
    params: occupationCodeParam,
    query: matchQuery,
    responses: { 200: { description: "The ranking.", schema: matchResultSchema }, 304: { description: "Not modified." }, ...PUBLIC_ERRORS, 404: { description: "No such occupation.", schema: errorSchema } },
    examples: [
      { name: "from registered nurses", params: { code: "31301" }, query: { limit: "5" }, status: 200 },
      { name: "limit too high", params: { code: "31301" }, query: { limit: "500" }, status: 400 },
    ],
  },
  {
    method: "post",
    path: "/api/v1/match",
    tag: "Occupations",
    summary: "Rank occupations for a person profile",
    description: "The profile is validated by the engine's own schema (lib/matching/profile.ts). Not cached.",
    auth: "public",
    query: matchQuery,
    body: profileSchema,
    responses: {
      200: { description: "The ranking.", schema: matchResultSchema },
      ...PUBLIC_ERRORS,
      413: { description: "Body over 64 kB.", schema: errorSchema },
      422: { description: "The profile is not valid.", schema: errorSchema },
    },
    examples: [
      { name: "a nurse in Alberta", query: { limit: "3" }, body: { origin: "31301", constraints: { provinces: ["AB"], languageClb: 7 } }, status: 200 },
      { name: "no origin", body: { constraints: {} }, status: 422 },
    ],
  },
  {
    method: "get",
    path: "/api/v1/professions",
    tag: "Professions",
    summary: "The profession guides",
    description: `The regulated professions Parallel has a guide for, sorted by title in the language asked. ${CACHED}`,
    auth: "public",
    query: professionListQuery,
    responses: { 200: { description: "The guides.", schema: professionListSchema }, 304: { description: "Not modified." }, ...PUBLIC_ERRORS },
    examples: [
      { name: "English", status: 200 },
      { name: "French", query: { locale: "fr" }, status: 200 },
      { name: "bad locale", query: { locale: "de" }, status: 400 },
    ],
  },
  {
    method: "get",
    path: "/api/v1/professions/{slug}",
    tag: "Professions",
    summary: "One profession guide's content",
    description: `Scope, regulation, licensing steps (time, cost, exams, sources, the year each describes and the day it was checked), figures, odds, related occupations, curated alternatives, bridging, funding and sources; with \`province\`, who regulates it there. ${CACHED}`,
    auth: "public",
    params: professionSlugParam,
    query: professionDetailQuery,
    responses: { 200: { description: "The guide.", schema: professionDetailSchema }, 304: { description: "Not modified." }, ...PUBLIC_ERRORS, 404: { description: "No guide with this slug.", schema: errorSchema } },
    examples: [
      { name: "registered nurses in Alberta, in French", params: { slug: "registered-nurses" }, query: { province: "AB", locale: "fr" }, status: 200 },
      { name: "unknown province", params: { slug: "registered-nurses" }, query: { province: "ZZ" }, status: 400 },
      { name: "unknown guide", params: { slug: "astronauts" }, status: 404 },
    ],
  },
  {
    method: "get",
    path: "/api/oembed",
    tag: "Embeds",
    summary: "oEmbed for profession and occupation pages",
    description:
      "Returns a `rich` oEmbed response whose html is a fixed-height iframe of the page's embed (consumers usually strip scripts). `url` must be a profession or occupation page of this site. Pages advertise it with `<link rel=\"alternate\" type=\"application/json+oembed\">`.",
    auth: "public",
    query: oembedQuery,
    responses: {
      200: { description: "The oEmbed response.", schema: oembedResponseSchema },
      400: { description: "Bad input.", schema: errorSchema },
      404: { description: "Not a page of this site, or an unknown page.", schema: errorSchema },
      501: { description: "format=xml: only JSON is served.", schema: errorSchema },
    },
    examples: [
      { name: "a profession page", query: { url: "{site}/fr/professions/registered-nurses", maxwidth: "600", maxheight: "800" }, status: 200 },
      { name: "an occupation page", query: { url: "{site}/en/occupations/31301" }, status: 200 },
      { name: "another site", query: { url: "https://example.org/en/professions/registered-nurses" }, status: 404 },
      { name: "xml", query: { url: "{site}/en/occupations/31301", format: "xml" }, status: 501 },
      { name: "no url", status: 400 },
    ],
  },
];
