import { beforeAll, describe, expect, it } from "vitest";
import { loadProfession } from "../../../lib/content/load";
import { PER_PATH, planFrom } from "../../../lib/journeys/plan";
import { profileFrom } from "../../../lib/journeys/profile";
import { answersSchema } from "../../../lib/journeys/schema";
import { match, prepare, profileSchema, type PreparedData } from "../../../lib/matching";
import { readReferenceDataset } from "../../../lib/reference-data/dataset";
import { toEngineInput } from "../../../lib/reference-data/engine-input";

let prepared: PreparedData;
beforeAll(() => {
  prepared = prepare(toEngineInput(readReferenceDataset()));
}, 120_000);

const nurse = answersSchema.parse({
  profession: { occupation: "31301", occupationTitle: "Registered nurses", country: "Philippines", yearsPractised: 8, lastPractised: 2025 },
  assessment: { body: "NNAS", outcome: "gaps", gaps: ["exams", "supervisedPractice"], details: "" },
  plans: { provinces: ["QC"], test: "tef", listening: 460, reading: 460, writing: 430, speaking: 460 },
  competencies: { choices: {}, adjustments: {}, constraints: { retrainingMonths: 12, retrainingBudget: 3000, dependants: 0, willingToMove: false, willingToRetrain: true, acceptRegulated: true } },
});

describe("a post-assessment plan from the real engine", () => {
  it("puts the bridge while licensing first, at most four per path, and builds the roadmap", () => {
    const profile = profileSchema.parse(profileFrom(nurse));
    expect(profile.constraints.languageClb).toBe(7);
    const result = match(prepared, profile, { limit: 60, explainTop: 60, locale: "fr" });
    const withOptions = { ...nurse, options: result.results.filter((r) => r.explained).slice(0, 2).map((r) => r.code) };
    const plan = planFrom("post-assessment", withOptions, result, loadProfession("registered-nurses", "fr")?.frontmatter ?? null, { locale: "fr", today: { year: 2026, month: 12 } });
    expect(plan.groups[0]!.path).toBe("interim");
    for (const g of plan.groups) {
      expect(g.targets.length).toBeLessThanOrEqual(PER_PATH);
      for (const t of g.targets) expect(t.path).toBe(g.path);
    }
    expect(plan.ownProfession.code).toBe("31301");
    // The chosen options are on the roadmap with their first step.
    const options = plan.roadmap.phases.find((p) => p.id === "options")!.items;
    expect(options.map((i) => i.values?.code)).toEqual(withOptions.options);
    for (const item of options) expect(item.key).toMatch(/^option(Training|LicenceStep|AskRegulator|Apply)$/);
  });
});
