import { z } from "zod";
import { CHOICES, OUTCOMES } from "@/lib/journeys/schema";
import { profileSchema, SCORED_FACETS, type ExplainedTarget, type OwnProfession } from "@/lib/matching";
import type { ReportDiff } from "@/lib/workspace/reports/diff";
import type { ReportInputRecord } from "@/lib/workspace/reports/service";
import type { ReportResults } from "@/lib/workspace/reports/snapshot";
import { exactly, isoDay } from "./registry";

/**
 * What a match report keeps of the engine's answer (lib/workspace/reports/snapshot.ts),
 * the input it ran with and the differences from the previous version, as
 * the workspace API answers them. Each schema is checked against the
 * service's type at compile time (`exactly`).
 */

const bilingual = () => z.object({ en: z.string(), fr: z.string() });
const bilingualList = () => z.object({ en: z.array(z.string()), fr: z.array(z.string()) });
const share01 = (description: string) => z.number().meta({ description });

const named = () => ({
  code: z.string().meta({ description: "OaSIS descriptor code." }),
  facet: z.enum(SCORED_FACETS),
  nameEn: z.string(),
  nameFr: z.string(),
  scaleMax: z.number().meta({ description: "Levels run from 0 to scaleMax." }),
});
const levelSource = () => z.enum(["answer", "profession"]).meta({ description: "Whether the person's level is their own answer or estimated from their profession." });

const transfer = z
  .object({ ...named(), personLevel: z.number(), requiredLevel: z.number(), source: levelSource() })
  .meta({ id: "ReportTransfer", description: "A competency the person brings that the option asks for." });

const gap = z
  .object({
    ...named(),
    requiredLevel: z.number(),
    personLevel: z.number(),
    source: levelSource(),
    size: z.number().meta({ description: "requiredLevel - personLevel, in scale points." }),
    importance: share01("How much the option relies on it: requiredLevel / scaleMax."),
  })
  .meta({ id: "ReportGap", description: "A competency the option asks for above the person's level." });

const surplus = z.object({ ...named(), personLevel: z.number(), requiredLevel: z.number(), size: z.number() });

const condition = () => z.enum(["strong-shortage", "moderate-shortage", "balance", "moderate-surplus", "strong-surplus"]).nullable();
const wage = () =>
  z.object({ low: z.number().nullable(), median: z.number().nullable(), high: z.number().nullable(), year: z.number().int() }).meta({ description: "Hourly wages, CAD." });

const licensingStep = z.object({
  title: bilingual(),
  minMonths: z.number(),
  maxMonths: z.number(),
  minCost: z.number().nullable(),
  maxCost: z.number().nullable(),
  exams: bilingualList(),
});

const licensing = z
  .object({
    scope: z.enum(["everywhere", "some"]),
    provinces: z.array(z.string()).nullable(),
    route: z
      .object({ slug: z.string(), title: bilingual(), steps: z.array(licensingStep), minMonths: z.number(), maxMonths: z.number(), minCost: z.number().nullable(), maxCost: z.number().nullable() })
      .nullable()
      .meta({ description: "The route from a profession guide, when Parallel has one." }),
    prerequisites: z.array(bilingual()),
    advancedStanding: z.array(bilingual()),
    summary: bilingual(),
  })
  .meta({ id: "ReportLicensing", description: "For work that needs a licence: what is known of the route." });

const kind = () => z.enum(["similar-scope", "same-field", "related-field", "unrelated-field"]);

const curated = z.object({
  code: z.string(),
  kind: kind(),
  interim: z.boolean(),
  regulated: z.boolean(),
  title: bilingual(),
  transfers: bilingualList(),
  entry: bilingual(),
});

const option = exactly<ExplainedTarget & { rank: number }>()(
  z
    .object({
      explained: z.literal(true),
      rank: z.number().int().meta({ description: "1 for the best fit." }),
      code: z.string(),
      titleEn: z.string(),
      titleFr: z.string(),
      title: z.string(),
      score: share01("Fit after the person's soft constraints, 0..1; the ranking key."),
      fit: share01("Fit before soft constraints, 0..1."),
      facets: z.object({ skills: z.number(), abilities: z.number(), knowledge: z.number(), workActivities: z.number(), workContext: z.number(), work: z.number() }),
      coverage: share01("Share of the option's competency requirements the person meets, 0..1."),
      viable: z.boolean(),
      flags: z.array(z.enum(["language", "time", "cost"])),
      strengthShare: share01("Share of the person's characteristic strengths the option asks for, 0..1."),
      source: z.enum(["curated", "computed", "both"]),
      transfers: z.array(transfer),
      gaps: z.array(gap),
      overqualified: z.object({ unusedShare: z.number(), descriptors: z.array(surplus) }),
      kind: kind(),
      path: z.enum(["interim", "better-matched", "related", "other"]),
      teerStep: z.number().int(),
      regulated: z.boolean(),
      outlook: z
        .object({ recent: condition(), future: condition(), employment2023: z.number().nullable(), jobOpenings: z.number().nullable(), jobSeekers: z.number().nullable() })
        .nullable(),
      wage: wage().nullable(),
      retraining: z.object({ months: z.number(), costCad: z.number() }).nullable(),
      licensing: licensing.nullable(),
      language: z.object({ neededClb: z.number().int(), personClb: z.number().int().nullable(), levels: z.number().int(), months: z.number() }),
      provinces: z.array(z.object({ province: z.string(), licence: z.enum(["required", "not-required", "unknown"]), wage: wage().nullable() })),
      gapSummary: z.array(bilingual()),
      curated: curated.nullable().meta({ description: "The profession guide's own reasons, for a curated option." }),
      explanation: bilingual(),
    })
    .meta({ id: "ReportOption", description: "One option of a report, explained, as the engine ranked it when the report ran." }),
);

const ownProfession = exactly<OwnProfession>()(
  z.object({
    code: z.string(),
    titleEn: z.string(),
    titleFr: z.string(),
    teer: z.number().int(),
    regulated: z.boolean(),
    readiness: z.number().nullable(),
    assessment: z.enum(OUTCOMES).nullable(),
    statement: bilingual(),
    gaps: z.array(gap),
    gapCount: z.number().int(),
  }),
);

const source = z.object({
  publisher: z.string(),
  title: z.string(),
  edition: z.string(),
  url: z.string().nullable(),
  checked: isoDay().nullable(),
  guide: z.string().nullable(),
  usedFor: bilingual().nullable(),
});

export const reportResultsSchema = exactly<ReportResults>()(
  z
    .object({
      origin: z.object({ code: z.string(), unitGroup: z.string(), titleEn: z.string(), titleFr: z.string() }),
      ownProfession,
      total: z.number().int(),
      threshold: z.number(),
      options: z.array(option),
      ownGuide: z.string().nullable(),
      sources: z.array(source),
    })
    .meta({ id: "ReportResults", description: "The engine's answer as the report keeps it (never recomputed)." }),
);

export const reportInputRecordSchema = exactly<ReportInputRecord>()(
  z
    .object({
      answers: z.object({
        origin: z.string(),
        provinces: z.array(z.string()),
        languageClb: z.number().int().nullable(),
        choices: z.partialRecord(z.string(), z.enum(CHOICES)),
        constraints: z.object({ retrainingMonths: z.number().nullable(), retrainingBudget: z.number().nullable(), acceptRegulated: z.boolean() }),
        assessment: z.enum(OUTCOMES).nullable(),
      }),
      profile: profileSchema,
    })
    .meta({ id: "ReportInput", description: "What the counsellor gave (the client file's values filling the gaps) and exactly what the engine received." }),
);

const optionRef = () => ({ code: z.string(), titleEn: z.string(), titleFr: z.string() });
const diffGap = () => z.object({ code: z.string(), nameEn: z.string(), nameFr: z.string() });
const versions = () => z.object({ from: z.string(), to: z.string() }).nullable();

export const reportDiffSchema = exactly<ReportDiff>()(
  z
    .object({
      fromVersion: z.number().int(),
      toVersion: z.number().int(),
      engine: versions(),
      data: versions(),
      answers: z.array(z.string()).meta({ description: "Answer fields whose value changed." }),
      appeared: z.array(z.object({ ...optionRef(), rank: z.number().int() })),
      left: z.array(z.object({ ...optionRef(), rank: z.number().int() })),
      moved: z.array(z.object({ ...optionRef(), from: z.number().int(), to: z.number().int() })),
      unchanged: z.number().int(),
      gaps: z.array(z.object({ ...optionRef(), closed: z.array(diffGap()), opened: z.array(diffGap()) })),
    })
    .meta({ id: "ReportDiff", description: "What changed since the previous version." }),
);
