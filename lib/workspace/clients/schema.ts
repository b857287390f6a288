import { z } from "zod";
import { PROVINCES } from "@/lib/matching/profile";

/**
 * What a client file holds, checked the same way from the workspace forms and
 * the JSON API. The least personal data that serves the work: a name the
 * counsellor chooses (a pseudonym is fine), an optional way to reach them,
 * what they trained in and where, and their consent.
 */

/** A file is never deleted in daily work: it becomes inactive or is discharged (erasure is its own two-person procedure). */
export const CLIENT_STATUSES = ["intake", "active", "on-hold", "inactive", "discharged"] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

/** What a client agreed to. "record" (keeping this file) is always needed. */
export const CONSENT_SCOPES = ["record", "contact", "match", "outcomes"] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

const isoDate = z.iso.date({ error: "Use a date like 2026-03-01." });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `At most ${max} characters.` })
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();

const clb = z.coerce
  .number({ error: "A level from 1 to 12." })
  .int({ error: "A level from 1 to 12." })
  .min(1, { error: "A level from 1 to 12." })
  .max(12, { error: "A level from 1 to 12." })
  .nullable()
  .optional();

export const consentSchema = z
  .object({
    scopes: z
      .array(z.enum(CONSENT_SCOPES, { error: `One of ${CONSENT_SCOPES.join(", ")}.` }))
      .max(CONSENT_SCOPES.length)
      .refine((s) => s.includes("record"), { error: "The client must agree to the file being kept (record)." })
      .transform((s) => [...new Set(s)]),
    givenAt: isoDate,
    expiresAt: isoDate.nullable().optional(),
  })
  .refine((c) => !c.expiresAt || c.expiresAt > c.givenAt, { error: "The consent must end after it was given.", path: ["expiresAt"] });

const fields = {
  displayName: z.string({ error: "Enter a name or pseudonym." }).trim().min(1, { error: "Enter a name or pseudonym." }).max(120, { error: "At most 120 characters." }),
  contact: optionalText(200),
  languages: z.array(z.string().trim().min(1).max(40)).max(10, { error: "At most 10 languages." }).optional(),
  originCode: z
    .string()
    .regex(/^\d{5}$/, { error: "A NOC 2021 unit group: five digits, e.g. 31301." })
    .nullable()
    .optional(),
  countryOfTraining: optionalText(80),
  provinces: z
    .array(z.enum(PROVINCES, { error: "A province or territory code, e.g. ON." }))
    .max(PROVINCES.length)
    .transform((p) => [...new Set(p)])
    .optional(),
  arrivalDate: isoDate.nullable().optional(),
  clbEnglish: clb,
  nclcFrench: clb,
  consent: consentSchema,
  counsellorId: z.uuid({ error: "A member id of this organization." }).nullable().optional(),
  status: z.enum(CLIENT_STATUSES, { error: `One of ${CLIENT_STATUSES.join(", ")}.` }).optional(),
};

export const clientCreateSchema = z.strictObject(fields);
export type ClientCreate = z.infer<typeof clientCreateSchema>;

export const clientPatchSchema = z
  .strictObject(fields)
  .partial()
  .refine((p) => Object.keys(p).length > 0, { error: "Send at least one field to change." });
export type ClientPatch = z.infer<typeof clientPatchSchema>;

export const CLIENT_SORTS = ["updated", "name", "created", "arrival"] as const;
export const PAGE_SIZES = [10, 25, 50, 100] as const;

export const clientListSchema = z.object({
  q: z.string().trim().max(80, { error: "At most 80 characters." }).optional(),
  status: z.enum(CLIENT_STATUSES).optional(),
  /** "me", "none" (not assigned) or a member id. */
  counsellor: z.union([z.literal("me"), z.literal("none"), z.uuid()]).optional(),
  origin: z.string().regex(/^\d{5}$/, { error: "Five digits." }).optional(),
  sort: z.enum(CLIENT_SORTS).default("updated"),
  dir: z.enum(["asc", "desc"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), { error: `One of ${PAGE_SIZES.join(", ")}.` })
    .default(25),
});
export type ClientListQuery = z.infer<typeof clientListSchema>;
