import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { PROVINCES, type Locale } from "./schema";

/**
 * Who regulates each profession in each of the 13 provinces and territories:
 * `content/regulators/<slug>.json`, one file per profession. Every province
 * is present, either with the body that regulates the profession there or
 * with an explicit "not regulated" and why. Each entry names its source and
 * the date it was checked; `verified` is true only when that source confirmed
 * the entry's facts, otherwise pages say the entry has not yet been checked
 * against the regulator's own pages.
 *
 * A file may give `defaults` (text shared by most provinces, such as the
 * language requirement); a province's own fields replace them.
 */

export type Province = (typeof PROVINCES)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date is written YYYY-MM-DD")
  .refine((d) => {
    const date = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === d;
  }, "not a real date");

/** Free text in both languages. */
export const bilingualSchema = z.object(
  {
    en: z.string({ error: "the English text is missing" }).trim().min(2, "the English text is empty"),
    fr: z.string({ error: "the French text is missing" }).trim().min(2, "the French text is empty"),
  },
  { error: "expected { en, fr } text" },
);
export type Bilingual = z.infer<typeof bilingualSchema>;

export const regulatorSourceSchema = z.strictObject(
  {
    url: z.url({ error: "source.url must be a web address" }),
    checked: isoDate,
    /** True only when the source was read and confirmed this entry. */
    verified: z.boolean({ error: "source.verified must be true or false" }),
    /** What the source confirmed, or what is still to check. */
    note: bilingualSchema.optional(),
  },
  { error: "every entry needs a source: { url, checked, verified }" },
);
export type RegulatorSource = z.infer<typeof regulatorSourceSchema>;

export const bodySchema = z.strictObject({
  name: bilingualSchema,
  abbreviation: z.string().min(2).optional(),
  website: z.url({ error: "body.website must be a web address" }),
});
export type RegulatoryBody = z.infer<typeof bodySchema>;

export const regulatedEntrySchema = z.strictObject({
  status: z.literal("regulated"),
  body: bodySchema,
  /** False when only the title is protected and the work itself is open. */
  registrationRequired: z.boolean(),
  titleProtection: bilingualSchema,
  /** The province's own steps, or how it differs from the national path. */
  steps: bilingualSchema,
  /** Typical fees where published; absent when none was recorded. */
  fees: bilingualSchema.optional(),
  language: bilingualSchema,
  source: regulatorSourceSchema,
});

export const notRegulatedEntrySchema = z.strictObject({
  status: z.literal("not-regulated"),
  explanation: bilingualSchema,
  /** A body people still deal with there (a voluntary certification, a neighbouring regulator). */
  contact: bodySchema.optional(),
  source: regulatorSourceSchema,
});

export const provinceEntrySchema = z.discriminatedUnion("status", [regulatedEntrySchema, notRegulatedEntrySchema], {
  error: 'status must be "regulated" or "not-regulated"',
});
export type ProvinceEntry = z.infer<typeof provinceEntrySchema>;
export type RegulatedEntry = z.infer<typeof regulatedEntrySchema>;
export type NotRegulatedEntry = z.infer<typeof notRegulatedEntrySchema>;

const defaultsSchema = regulatedEntrySchema.omit({ status: true, body: true, source: true }).partial();

const fileSchema = z.strictObject({
  profession: z.string().regex(/^[a-z0-9-]+$/, "profession is the page's slug"),
  defaults: defaultsSchema.optional(),
  provinces: z.record(z.string(), z.unknown()),
});

export interface ProfessionRegulators {
  profession: string;
  provinces: Record<Province, ProvinceEntry>;
}

const PROVINCE_NAMES: Record<Province, string> = {
  NL: "Newfoundland and Labrador",
  PE: "Prince Edward Island",
  NS: "Nova Scotia",
  NB: "New Brunswick",
  QC: "Quebec",
  ON: "Ontario",
  MB: "Manitoba",
  SK: "Saskatchewan",
  AB: "Alberta",
  BC: "British Columbia",
  YT: "Yukon",
  NT: "Northwest Territories",
  NU: "Nunavut",
};

const isProvince = (value: string): value is Province => (PROVINCES as readonly string[]).includes(value);

const issuesText = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "(entry)"}: ${issue.message}`);

/**
 * Validates one profession's regulators (already parsed JSON). `file` names
 * the file in error messages. Throws an Error listing every problem, each
 * with its province; returns the entries with defaults applied.
 */
export function parseRegulators(value: unknown, file: string): ProfessionRegulators {
  const top = fileSchema.safeParse(value);
  if (!top.success) throw new Error(`${file}: invalid regulators file\n${issuesText(top.error).map((l) => `  - ${l}`).join("\n")}`);
  const { profession, defaults, provinces } = top.data;
  const problems: string[] = [];
  const keys = Object.keys(provinces);
  const unknown = keys.filter((k) => !isProvince(k));
  const missing = PROVINCES.filter((p) => !keys.includes(p));
  if (unknown.length) problems.push(`unknown province or territory code ${unknown.join(", ")} (use ${PROVINCES.join(", ")})`);
  if (missing.length) problems.push(`missing ${missing.map((p) => `${p} (${PROVINCE_NAMES[p]})`).join(", ")}: all 13 provinces and territories are required`);

  const entries: Partial<Record<Province, ProvinceEntry>> = {};
  for (const code of PROVINCES) {
    const raw = provinces[code];
    if (raw === undefined) continue;
    const merged =
      raw !== null && typeof raw === "object" && (raw as { status?: unknown }).status === "regulated" ? { ...defaults, ...(raw as object) } : raw;
    const result = provinceEntrySchema.safeParse(merged);
    if (result.success) entries[code] = result.data;
    else problems.push(...issuesText(result.error).map((line) => `${code} (${PROVINCE_NAMES[code]}): ${line}`));
  }
  if (problems.length) throw new Error(`${file}: invalid regulators file\n${problems.map((l) => `  - ${l}`).join("\n")}`);
  return { profession, provinces: entries as Record<Province, ProvinceEntry> };
}

// turbopackIgnore: the folder is read at run time; without it the build traces the whole project.
const DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "content", "regulators");
let cache: Map<string, ProfessionRegulators> | null = null;

/** Reads and validates every file in `content/regulators/` (once per process). */
export function loadAllRegulators(dir = DIR): Map<string, ProfessionRegulators> {
  if (dir === DIR && cache) return cache;
  const all = new Map<string, ProfessionRegulators>();
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const shown = `content/regulators/${name}`;
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
    } catch (error) {
      throw new Error(`${shown}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const data = parseRegulators(json, shown);
    if (`${data.profession}.json` !== name) throw new Error(`${shown}: "profession" is ${data.profession}, the file name must match it`);
    all.set(data.profession, data);
  }
  if (dir === DIR) cache = all;
  return all;
}

/** One profession's 13 entries, or undefined when none are written. */
export function loadRegulators(slug: string): ProfessionRegulators | undefined {
  return loadAllRegulators().get(slug);
}

/** The province code as it appears in addresses (`ab`), and back. */
export const provinceSlug = (code: Province) => code.toLowerCase();
export function provinceFromSlug(slug: string): Province | undefined {
  const code = slug.toUpperCase();
  return slug === slug.toLowerCase() && isProvince(code) ? code : undefined;
}

export interface RegulatorSummary {
  province: Province;
  /** The body's name in the locale, or null where the profession is not regulated. */
  body: string | null;
  abbreviation?: string;
  registrationRequired: boolean;
  verified: boolean;
}

/** A short line per province, in the order given (for journeys and roadmaps). */
export function summarize(data: ProfessionRegulators, provinces: readonly Province[], locale: Locale): RegulatorSummary[] {
  return provinces.map((province) => {
    const entry = data.provinces[province];
    return entry.status === "regulated"
      ? { province, body: entry.body.name[locale], abbreviation: entry.body.abbreviation, registrationRequired: entry.registrationRequired, verified: entry.source.verified }
      : { province, body: null, registrationRequired: false, verified: entry.source.verified };
  });
}

/**
 * The regulator of a profession in each of the provinces a person chose:
 * empty when the profession has no regulators file.
 */
export function regulatorsFor(slug: string, provinces: readonly string[], locale: Locale): RegulatorSummary[] {
  const data = loadRegulators(slug);
  if (!data) return [];
  return summarize(data, provinces.filter(isProvince), locale);
}

/** Every profession and province that has a page, with the date its entry was checked (for the sitemap). */
export function provincePages(): { slug: string; province: string; checked: string }[] {
  return [...loadAllRegulators().values()].flatMap((data) =>
    PROVINCES.map((code) => ({ slug: data.profession, province: provinceSlug(code), checked: data.provinces[code].source.checked })),
  );
}
