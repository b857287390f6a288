import { z } from "zod";

/**
 * The frontmatter of one profession page in one language
 * (`content/professions/<slug>/<locale>.md`). Language-neutral fields
 * (codes, figures, dates, source ids) must agree between the English and the
 * French file of a profession; `tests/unit/content.test.ts` checks that.
 *
 * Dated claims. Every checkable claim says where it comes from and how old it
 * is, so a page never passes off an old number as current:
 * - a source records `year` (when it was published) and `checked` (the day
 *   someone last opened it and compared the page with it);
 * - a figure and a licensing step (its time and cost) record their `sources`,
 *   the figure's own `year` (the year the number describes, e.g. 2013 for an
 *   estimate reported in 2013) and `checked` (the day the number was last
 *   compared with its source).
 * A claim without any of these is refused, with an error naming the file and
 * the field. The odds paragraph states no number that is not also a figure
 * (checked by `tests/unit/content-claims.test.ts`), so its numbers are dated
 * through the figures. How old is too old is decided in `./freshness.ts`.
 * `lastReviewed` is no longer written by hand: it is the oldest `checked`
 * date on the page, i.e. every fact shown was checked on or after that day.
 * `lastChecked` is the newest one, the last day a fact was checked or
 * corrected (the sitemap's last modification).
 */

export const LOCALES = ["en", "fr"] as const;
export const localeSchema = z.enum(LOCALES);

const nocCode = z.string().regex(/^\d{5}$/, "a NOC 2021 unit group code has five digits, e.g. 31301");
const sourceRefs = z.array(z.string().min(1), { error: "every claim names its source ids (sources)" }).min(1, "every claim names at least one source id");

/** The year a figure describes (not the year it was copied onto the page). */
const claimYear = z
  .number({ error: (issue) => (issue.input === undefined ? "every figure records the year it comes from (year)" : "year is a four-digit year") })
  .int("year is a four-digit year")
  .min(1990, "year is a four-digit year from 1990 on")
  .max(2100, "year is a four-digit year");

/** The day the claim or source was last compared with its source. */
const checkedDate = z
  .string({ error: (issue) => (issue.input === undefined ? "every claim records the date its source was checked (checked, YYYY-MM-DD)" : "checked is a date written YYYY-MM-DD") })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "checked is a date written YYYY-MM-DD")
  .refine((value) => {
    const d = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
  }, "checked is not a real date");

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
  /** Year of publication (or of the version read). */
  year: z.number().int().min(1990).max(2100),
  url: z.url().optional(),
  checked: checkedDate,
});

export const licensingStepSchema = z.object({
  title: z.string().min(3),
  description: z.string().min(20),
  time: monthsRange,
  cost: cadRange.optional(),
  exams: z.array(z.string().min(2)).default([]),
  sources: sourceRefs,
  /** The year the time and cost ranges describe. */
  year: claimYear,
  checked: checkedDate,
});

export const figureSchema = z.object({
  label: z.string().min(3),
  value: z.string().min(1),
  sources: sourceRefs,
  year: claimYear,
  checked: checkedDate,
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

const professionFields = z.object({
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
  lastReviewed: z
    .never({ error: "lastReviewed is no longer written by hand: it is computed from the checked dates of the sources, figures and steps" })
    .optional(),
});

/** The oldest `checked` date among a page's sources, figures and licensing steps (dates compare as strings). */
export function oldestChecked(fm: {
  sources: readonly { checked: string }[];
  figures: readonly { checked: string }[];
  licensingSteps: readonly { checked: string }[];
}): string {
  const dates = [...fm.sources, ...fm.figures, ...fm.licensingSteps].map((claim) => claim.checked).sort();
  return dates[0]!;
}

/**
 * The newest `checked` date among a page's sources, figures and licensing
 * steps: the last day any of its facts was compared with a source (and
 * possibly changed), i.e. when the page last changed as far as its facts go.
 */
export function newestChecked(fm: {
  sources: readonly { checked: string }[];
  figures: readonly { checked: string }[];
  licensingSteps: readonly { checked: string }[];
}): string {
  const dates = [...fm.sources, ...fm.figures, ...fm.licensingSteps].map((claim) => claim.checked).sort();
  return dates[dates.length - 1]!;
}

export const professionFrontmatterSchema = professionFields.transform(({ lastReviewed: _written, ...fm }) => ({
  ...fm,
  /** Every fact on the page was checked on or after this day (the oldest `checked` date). */
  lastReviewed: oldestChecked(fm),
  /** The last day a fact on the page was checked (the newest `checked` date): the page's last modification, for the sitemap. */
  lastChecked: newestChecked(fm),
}));

export type ProfessionFrontmatter = z.infer<typeof professionFrontmatterSchema>;
export type DatedClaim = { year: number; checked: string };
export type Alternative = z.infer<typeof alternativeSchema>;
export type AlternativeKind = (typeof ALTERNATIVE_KINDS)[number];
export type Locale = z.infer<typeof localeSchema>;
