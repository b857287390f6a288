import { z } from "zod";

/** Provinces and territories, two-letter postal codes. */
export const PROVINCES = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"] as const;

const teer = z.number().int().min(0).max(5);

export const constraintsSchema = z.strictObject({
  /** Where the person can live and work: each result says whether a licence is needed there, and the wages there. */
  provinces: z.array(z.enum(PROVINCES)).min(1).max(PROVINCES.length).optional(),
  /** Canadian Language Benchmark in the official language they would work in. */
  languageClb: z.number().int().min(1).max(12).optional(),
  /** Most months of retraining the person can put in. */
  retrainingMonths: z.number().min(0).max(240).optional(),
  /** Most the person can spend on retraining, CAD. */
  retrainingBudget: z.number().min(0).max(10_000_000).optional(),
  /** False leaves out occupations that need a licence or registration. */
  acceptRegulated: z.boolean().default(true),
  /** Only targets with a TEER in [min, max]. */
  teerRange: z
    .tuple([teer, teer])
    .refine(([min, max]) => min <= max, { message: "The first TEER must not exceed the second." })
    .optional(),
});

/**
 * A person as the engine sees them: the profession they trained in, what
 * they actually did where it differs from that profession's usual levels,
 * and their constraints. `POST /api/v1/match` validates bodies with it.
 */
export const profileSchema = z.strictObject({
  /** NOC 2021 unit group (five digits) or OaSIS profile (NNNNN.NN). */
  origin: z.string().regex(/^\d{5}(\.\d{2})?$/, "Use a five-digit NOC code or an OaSIS code like 31301.01."),
  /** Descriptor code -> the level the person actually worked at, on the descriptor's scale (0-5, knowledge 0-3). */
  adjustments: z
    .record(z.string().max(12).regex(/^[A-Z]\d{2}[a-z]\d{2}(\.\d)?$/, "Not a descriptor code."), z.number().min(0).max(5))
    // Bounded so a request's work (and its error list) stays small; the engine scores fewer descriptors than this.
    .refine((r) => Object.keys(r).length <= 500, "At most 500 adjustments.")
    .default({}),
  constraints: constraintsSchema.default({ acceptRegulated: true }),
  /** The outcome of a credential assessment for the person's own profession, when they had one. */
  assessment: z.strictObject({ outcome: z.enum(["eligible", "conditions", "gaps", "not-eligible"]) }).optional(),
});

/** A validated person profile (defaults filled in). */
export type PersonProfile = z.output<typeof profileSchema>;
/** What a client may send (optional fields may be left out). */
export type PersonProfileInput = z.input<typeof profileSchema>;
export type Constraints = z.output<typeof constraintsSchema>;
