import { z } from "zod";
import { PROVINCES } from "@/lib/content/schema";
import { localeParam } from "./occupations";

/** Input and output shapes of the professions API (GET /api/v1/professions, /api/v1/professions/{slug}). */

export const professionListQuery = z.object({ locale: localeParam.default("en") });

export const professionSlugParam = z.object({
  slug: z.string().regex(/^[a-z0-9-]{2,80}$/, "slug is the profession's address, e.g. registered-nurses").meta({ example: "registered-nurses" }),
});

export const professionDetailQuery = z.object({
  locale: localeParam.default("en"),
  province: z
    .string()
    .transform((v) => v.toUpperCase())
    .pipe(z.enum(PROVINCES, { error: `province is one of ${PROVINCES.join(", ")}` }))
    .optional()
    .meta({ description: "A province or territory code: adds who regulates the profession there.", example: "AB" }),
});

const bilingual = z.object({ en: z.string(), fr: z.string() });

const source = z.looseObject({ id: z.string(), title: z.string(), publisher: z.string(), year: z.number().int(), url: z.string().optional(), checked: z.string() });

export const professionSummarySchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    field: z.string(),
    summary: z.string(),
    nocCodes: z.array(z.string()),
    lastReviewed: z.string().meta({ description: "The day the page's facts were last checked (YYYY-MM-DD)." }),
    url: z.string().meta({ description: "The page on Parallel." }),
  })
  .meta({ id: "ProfessionSummary" });

export const professionListSchema = z
  .object({ locale: z.enum(["en", "fr"]), count: z.number().int(), professions: z.array(professionSummarySchema) })
  .meta({ id: "ProfessionList" });

export const provinceRegulationSchema = z
  .looseObject({
    province: z.enum(PROVINCES),
    status: z.enum(["regulated", "not-regulated"]),
    body: z.looseObject({ name: bilingual, website: z.string() }).optional(),
    source: z.looseObject({ checked: z.string() }),
  })
  .meta({ id: "ProvinceRegulation" });

export const professionDetailSchema = z
  .looseObject({
    slug: z.string(),
    locale: z.enum(["en", "fr"]),
    title: z.string(),
    field: z.string(),
    summary: z.string(),
    scope: z.string(),
    nocCodes: z.array(z.string()),
    otherTitles: z.array(z.string()),
    regulation: z.looseObject({ status: z.string(), provinces: z.array(z.string()), where: z.string(), bodies: z.array(z.looseObject({ name: z.string(), kind: z.string(), role: z.string() })) }),
    licensingSteps: z.array(
      z.looseObject({ title: z.string(), description: z.string(), time: z.object({ minMonths: z.number(), maxMonths: z.number() }), exams: z.array(z.string()), sources: z.array(z.string()), year: z.number().int(), checked: z.string() }),
    ),
    figures: z.array(z.looseObject({ label: z.string(), value: z.string(), sources: z.array(z.string()), year: z.number().int(), checked: z.string() })),
    odds: z.string(),
    alternatives: z.array(z.looseObject({ title: z.string(), kind: z.string() })),
    sources: z.array(source),
    lastReviewed: z.string(),
    lastChecked: z.string(),
    province: provinceRegulationSchema.nullable().meta({ description: "Who regulates it in the province asked for; null when none was asked." }),
    url: z.string(),
  })
  .meta({ id: "ProfessionDetail" });
