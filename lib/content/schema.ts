import { z } from "zod";

/**
 * The frontmatter of one profession page in one language
 * (`content/professions/<slug>/<locale>.md`). Language-neutral fields
 * (codes, figures, dates, source ids) must agree between the English and the
 * French file of a profession; `tests/unit/content.test.ts` checks that.
 */

export const LOCALES = ["en", "fr"] as const;
export const localeSchema = z.enum(LOCALES);

const nocCode = z.string().regex(/^\d{5}$/, "a NOC 2021 unit group code has five digits, e.g. 31301");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date is written YYYY-MM-DD");
const sourceRefs = z.array(z.string().min(1)).min(1, "every figure names at least one source id");

export const FIELDS = ["health", "engineering", "education", "business", "built-environment"] as const;
export const ALTERNATIVE_KINDS = ["similar-scope", "same-field", "related-field", "unrelated-field"] as const;
export const REGULATION_STATUSES = ["regulated-everywhere", "regulated-some-provinces", "not-regulated"] as const;
export const BODY_KINDS = [
  "provincial-regulator",
  "national-assessment-body",
  "national-exam-body",
  "credential-assessment-service",
  "certification-body",
] as const;
export const BRIDGING_TYPES = [
  "bridging-program",
  "prior-learning-assessment",
  "supervised-practice",
  "college-program",
  "university-program",
  "language-training",
  "mentoring",
  "work-placement",
] as const;
export const FUNDING_TYPES = ["credential-recognition-loan", "training-subsidy", "micro-loan", "employer-funded", "other"] as const;
export const PROVINCES = ["NL", "PE", "NS", "NB", "QC", "ON", "MB", "SK", "AB", "BC", "YT", "NT", "NU"] as const;

/** A range in months; `max` >= `min`. */
const monthsRange = z
  .object({ minMonths: z.number().nonnegative(), maxMonths: z.number().nonnegative() })
  .refine((r) => r.maxMonths >= r.minMonths, { message: "maxMonths must be at least minMonths" });

/** A cost range in Canadian dollars; `max` >= `min`. */
const cadRange = z
  .object({ min: z.number().nonnegative(), max: z.number().nonnegative() })
  .refine((r) => r.max >= r.min, { message: "max must be at least min" });

export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "source ids are lower-case words joined by hyphens"),
  title: z.string().min(3),
  publisher: z.string().min(2),
  year: z.number().int().min(1990).max(2100),
  url: z.url().optional(),
});

export const licensingStepSchema = z.object({
  title: z.string().min(3),
  description: z.string().min(20),
  time: monthsRange,
  cost: cadRange.optional(),
  exams: z.array(z.string().min(2)).default([]),
  sources: sourceRefs,
});

export const figureSchema = z.object({
  label: z.string().min(3),
  value: z.string().min(1),
  sources: sourceRefs,
});

export const bodySchema = z.object({
  kind: z.enum(BODY_KINDS),
  name: z.string().min(2),
  role: z.string().min(10),
});

export const relatedOccupationSchema = z.object({
  nocCode,
  title: z.string().min(3),
  difference: z.string().min(30),
});

export const alternativeSchema = z.object({
  nocCode,
  title: z.string().min(3),
  kind: z.enum(ALTERNATIVE_KINDS),
  /** Close enough to the profession to hold while pursuing licensure. */
  interim: z.boolean(),
  regulated: z.boolean(),
  transferableCompetencies: z.array(z.string().min(3)).min(2),
  entry: z.string().min(20),
});

export const bridgingSchema = z.object({
  type: z.enum(BRIDGING_TYPES),
  description: z.string().min(20),
});

export const fundingSchema = z.object({
  type: z.enum(FUNDING_TYPES),
  description: z.string().min(20),
});

export const storySchema = z.object({
  /** Stories are composites, never real people; pages label them so. */
  illustrative: z.literal(true),
  title: z.string().min(3),
  text: z.string().min(80),
});

export const professionFrontmatterSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  locale: localeSchema,
  title: z.string().min(3),
  field: z.enum(FIELDS),
  nocCodes: z.array(nocCode).min(1),
  /** Titles people use abroad or in everyday speech, to find the page. */
  otherTitles: z.array(z.string().min(2)).min(2),
  summary: z.string().min(60).max(400),
  scope: z.string().min(80),
  regulation: z.object({
    status: z.enum(REGULATION_STATUSES),
    /** Provinces and territories where the title or the practice is protected. */
    provinces: z.array(z.enum(PROVINCES)),
    where: z.string().min(20),
    bodies: z.array(bodySchema).min(1),
  }),
  licensingSteps: z.array(licensingStepSchema).min(2),
  figures: z.array(figureSchema).default([]),
  odds: z.string().min(120),
  relatedOccupations: z.array(relatedOccupationSchema).min(1),
  alternatives: z.array(alternativeSchema).min(4),
  bridging: z.array(bridgingSchema).min(2),
  funding: z.array(fundingSchema).min(1),
  stories: z.array(storySchema).min(1).max(2),
  sources: z.array(sourceSchema).min(1),
  lastReviewed: isoDate,
});

export type ProfessionFrontmatter = z.infer<typeof professionFrontmatterSchema>;
export type Alternative = z.infer<typeof alternativeSchema>;
export type AlternativeKind = (typeof ALTERNATIVE_KINDS)[number];
export type Locale = z.infer<typeof localeSchema>;
