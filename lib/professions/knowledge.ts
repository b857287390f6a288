import { loadProfessionFiles, type ProfessionFile } from "@/lib/content/load";
import { loadAllRegulators, type ProfessionRegulators } from "@/lib/content/regulators";
import type { ProfessionKnowledge, RegulationStatus } from "@/lib/matching";

/**
 * Where registration is required to work, from the regulator of each
 * province (`content/regulators`); a guide's own regulation section can
 * list provinces where only a title is protected.
 */
function registration(regulators: ProfessionRegulators): { status: RegulationStatus; provinces: string[] } {
  const provinces = Object.entries(regulators.provinces)
    .filter(([, entry]) => entry.status === "regulated" && entry.registrationRequired)
    .map(([province]) => province)
    .sort();
  const status = provinces.length === 0 ? "not-regulated" : provinces.length === Object.keys(regulators.provinces).length ? "regulated-everywhere" : "regulated-some-provinces";
  return { status, provinces };
}

/**
 * The profession guides (`content/professions`) reduced to what the
 * matching engine uses: where a licence is required (from the regulators by
 * province, `content/regulators`, where there are any), the licensing route
 * with its typical time and cost, and the curated Plan 1A options, in both
 * languages. A guide needs both its English and French file; steps and
 * options are paired by position (the content tests check that the two
 * files agree on them).
 */
export function professionKnowledge(dir?: string): ProfessionKnowledge[] {
  const files = loadProfessionFiles(dir);
  const regulators = loadAllRegulators();
  const bySlug = new Map<string, { en?: ProfessionFile; fr?: ProfessionFile }>();
  for (const file of files) {
    const entry = bySlug.get(file.slug) ?? {};
    entry[file.locale] = file;
    bySlug.set(file.slug, entry);
  }
  const out: ProfessionKnowledge[] = [];
  for (const [slug, { en, fr }] of [...bySlug.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!en || !fr) continue;
    const e = en.frontmatter;
    const f = fr.frontmatter;
    const byProvince = regulators.get(slug);
    const where = byProvince ? registration(byProvince) : { status: e.regulation.status, provinces: e.regulation.provinces };
    out.push({
      slug,
      title: { en: e.title, fr: f.title },
      nocCodes: e.nocCodes,
      status: where.status,
      provinces: where.provinces,
      steps: e.licensingSteps.map((step, i) => {
        const other = f.licensingSteps[i] ?? step;
        return {
          title: { en: step.title, fr: other.title },
          minMonths: step.time.minMonths,
          maxMonths: step.time.maxMonths,
          minCost: step.cost?.min ?? null,
          maxCost: step.cost?.max ?? null,
          exams: { en: [...step.exams], fr: [...other.exams] },
        };
      }),
      curated: e.alternatives.map((option) => {
        const other = f.alternatives.find((a) => a.nocCode === option.nocCode && a.kind === option.kind) ?? option;
        return {
          code: option.nocCode,
          kind: option.kind,
          interim: option.interim,
          regulated: option.regulated,
          title: { en: option.title, fr: other.title },
          transfers: { en: [...option.transferableCompetencies], fr: [...other.transferableCompetencies] },
          entry: { en: option.entry, fr: other.entry },
        };
      }),
    });
  }
  return out;
}
