import { describe, expect, it } from "vitest";
import { loadProfession } from "../../../lib/content/load";
import { roadmapProfession } from "../../../lib/journeys/plan";
import { addMonths, buildRoadmap, monthsBetween, TARGET_CLB, type ChosenOption, type RoadmapInput } from "../../../lib/journeys/roadmap";
import { answersSchema } from "../../../lib/journeys/schema";
import en from "../../../lib/i18n/messages/journeys.en.json";
import fr from "../../../lib/i18n/messages/journeys.fr.json";

const physician = answersSchema.parse({
  profession: { occupation: "31102", occupationTitle: "General practitioners and family physicians", country: "Egypt", yearsPractised: 12, lastPractised: 2025 },
  plans: { provinces: ["ON", "AB"], arrivalMonth: 9, arrivalYear: 2027, test: "ielts", listening: 7.5, reading: 5.5, writing: 6, speaking: 6.5 },
  competencies: { choices: {}, adjustments: {}, constraints: { retrainingMonths: 24, retrainingBudget: 10000, dependants: 2, willingToMove: true, willingToRetrain: true, acceptRegulated: true } },
});
const profession = roadmapProfession(loadProfession("physicians", "en")!.frontmatter);
const interim = { code: "31303", title: "Physician assistants" };
const today = { year: 2026, month: 12 };
const research: ChosenOption = { code: "41400", title: "Natural and applied science policy researchers", source: "computed", training: { months: 6.4, costCad: 4000 }, licence: null };
const pharmacist: ChosenOption = { code: "31120", title: "Pharmacists", source: "curated", training: null, licence: { routeTitle: "Pharmacists", firstStep: { title: "Document evaluation", time: { minMonths: 2, maxMonths: 6 }, cost: { min: 700, max: 900 }, source: { publisher: "PEBC", year: 2026 } } } };

const itemsOf = (input: RoadmapInput) => buildRoadmap(input).phases.flatMap((p) => p.items);

describe("calendar months", () => {
  it("adds and counts months across years", () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 3 }, 63)).toEqual({ year: 2031, month: 6 });
    expect(monthsBetween({ year: 2026, month: 12 }, { year: 2027, month: 9 })).toBe(9);
  });
});

describe("pre-arrival roadmap", () => {
  const input: RoadmapInput = { kind: "pre-arrival", answers: physician, profession, today, interim, chosen: [research, pharmacist] };
  const roadmap = buildRoadmap(input);

  it("is a dated timeline from this month: before arrival, first months, the licensing route, the chosen options", () => {
    expect(roadmap.start).toEqual(today);
    expect(roadmap.arrival).toBe(9); // December 2026 to September 2027
    expect(roadmap.phases.map((p) => p.id)).toEqual(["beforeArrival", "firstMonths", "licensing", "options", "later"]);
    expect(roadmap.phases[0]!.to).toEqual({ min: 9, max: 9 });
    expect(roadmap.phases[1]!.from).toBe(9);
  });

  it("chains the licensing steps from their real durations: no long route ends inside a first year", () => {
    const steps = roadmap.phases.find((p) => p.id === "licensing")!.items;
    expect(steps.map((i) => i.values!.title)).toEqual(profession!.licensingSteps.map((s) => s.title));
    const minTotal = profession!.licensingSteps.reduce((s, x) => s + x.time.minMonths, 0);
    const maxTotal = profession!.licensingSteps.reduce((s, x) => s + x.time.maxMonths, 0);
    const last = steps.at(-1)!;
    expect(last.window).toEqual({ start: minTotal - profession!.licensingSteps.at(-1)!.time.minMonths, endMin: minTotal, endMax: maxTotal });
    expect(maxTotal).toBeGreaterThan(12);
    // Each step starts when the one before can end at the earliest, and says its time, cost and source.
    steps.forEach((step, i) => {
      const guide = profession!.licensingSteps[i]!;
      expect(step.time).toEqual({ min: guide.time.minMonths, max: guide.time.maxMonths });
      if (i > 0) expect(step.window!.start).toBe(steps[i - 1]!.window!.endMin);
      expect(step.source?.kind).toBe("guide");
    });
  });

  it("puts each chosen option with its first concrete step, from arrival", () => {
    const options = roadmap.phases.find((p) => p.id === "options")!.items;
    expect(options.map((i) => i.key)).toEqual(["optionTraining", "optionLicenceStep"]);
    expect(options[0]).toMatchObject({ time: { min: 6, max: 6 }, cost: { min: 4000, max: 4000 }, window: { start: 9, endMin: 15, endMax: 15 }, source: { kind: "engine" } });
    expect(options[1]).toMatchObject({ values: { step: "Document evaluation" }, time: { min: 2, max: 6 }, window: { start: 9, endMin: 11, endMax: 15 }, source: { kind: "guide", publisher: "PEBC", year: 2026 } });
  });

  it("times language classes from the engine's months per CLB level", () => {
    const language = itemsOf(input).find((i) => i.key === "languageImprove")!;
    // IELTS reading 5.5 is CLB 6, the lowest skill: one level to the target.
    expect(language.values).toEqual({ current: 6, target: TARGET_CLB });
    expect(language.time).toEqual({ min: 4, max: 4 });
    expect(language.source).toEqual({ kind: "language" });
  });

  it("names the interim option unless chosen, and asks to choose options when none is", () => {
    const none = buildRoadmap({ ...input, chosen: [] });
    expect(none.phases.flatMap((p) => p.items).find((i) => i.key === "interimWork")?.values).toEqual({ title: "Physician assistants" });
    expect(none.phases.find((p) => p.id === "options")!.items.map((i) => i.key)).toEqual(["chooseOptions"]);
    const chosenInterim = itemsOf({ ...input, chosen: [{ ...research, code: interim.code, title: interim.title }] });
    expect(chosenInterim.some((i) => i.key === "interimWork")).toBe(false);
  });

  it("counts from now without an arrival date, and asks for a language test when there is none", () => {
    const noTest = answersSchema.parse({ ...physician, plans: { provinces: ["QC"], test: "none" } });
    const r = buildRoadmap({ ...input, answers: noTest, profession: null, chosen: [] });
    expect(r.arrival).toBeNull();
    expect(r.phases[0]!.items.map((i) => i.key)).toEqual(["credentialAssessment", "languageTest", "documents", "readOccupation"]);
    expect(r.phases.map((p) => p.id)).toEqual(["beforeArrival", "firstMonths", "options", "later"]);
  });
});

describe("post-assessment roadmap", () => {
  const nurse = answersSchema.parse({
    profession: { occupation: "31301", occupationTitle: "Registered nurses", country: "Philippines", yearsPractised: 8, lastPractised: 2025 },
    assessment: { body: "NNAS", outcome: "gaps", gaps: ["exams", "supervisedPractice", "language"], details: "" },
    plans: { provinces: ["QC"], test: "tef", listening: 400, reading: 420, writing: 400, speaking: 430 },
    competencies: { choices: {}, adjustments: {}, constraints: { retrainingMonths: 12, retrainingBudget: 3000, dependants: 0, willingToMove: false, willingToRetrain: true, acceptRegulated: true } },
  });
  const nurses = roadmapProfession(loadProfession("registered-nurses", "en")!.frontmatter);

  it("starts now, turns each named gap into a step, and dates the rest of the route after the assessment", () => {
    const r = buildRoadmap({ kind: "post-assessment", answers: nurse, profession: nurses, today, interim: { code: "32101", title: "LPN" }, chosen: [] });
    const k = r.phases.map((p) => [p.id, p.items.map((i) => i.key)] as const);
    expect(k.map(([id]) => id)).toEqual(["startNow", "licensing", "options", "later"]);
    expect(k[0]![1]).toEqual(["interimWork", "bookExams", "findPlacement", "languageImprove", "bridging", "network"]);
    expect(r.phases[1]!.items.map((i) => i.values!.title)).toEqual(nurses!.licensingSteps.slice(1).map((s) => s.title));
    expect(r.phases[1]!.items[0]!.window!.start).toBe(0);
    expect(k[3]![1]).toEqual(["completePractice", "applyLicence", "review"]);
  });

  it("asks the body about next steps when not eligible, with no licensing route", () => {
    const notEligible = answersSchema.parse({ ...nurse, assessment: { body: "NNAS", outcome: "not-eligible", gaps: [], details: "" } });
    const r = buildRoadmap({ kind: "post-assessment", answers: notEligible, profession: nurses, today, interim: null, chosen: [] });
    expect(r.phases[0]!.items[0]).toEqual({ key: "askReview", values: { body: "NNAS" } });
    expect(r.phases.some((p) => p.id === "licensing")).toBe(false);
  });
});

describe("roadmap wording", () => {
  it("has every item and phase in English and French", () => {
    const all = ["arrival", "credentialAssessment", "languageTest", "languageImprove", "languageKeep", "documents", "licensingStep", "readOccupation", "settlement", "bridging", "interimWork", "network", "family", "review", "applyLicence", "askReview", "bookExams", "findCourses", "findPlacement", "completePractice", "registerWith", "noLicenceIn", "optionTraining", "optionLicenceStep", "optionAskRegulator", "optionApply", "chooseOptions"];
    for (const messages of [en, fr]) {
      expect(Object.keys(messages.journeys.roadmap.items).sort()).toEqual([...all].sort());
      expect(Object.keys(messages.journeys.roadmap.phases).sort()).toEqual(["beforeArrival", "firstMonths", "later", "licensing", "options", "startNow"]);
    }
    expect(Object.keys(en.journeys).sort()).toEqual(Object.keys(fr.journeys).sort());
  });

  it("never says \"the first year\" for a phase", () => {
    for (const messages of [en, fr]) expect(JSON.stringify(messages.journeys.roadmap.phases).toLowerCase()).not.toMatch(/first year|première année/);
  });

  it("uses no failure framing", () => {
    const text = JSON.stringify([en, fr]).toLowerCase();
    for (const word of ["plan b", "lower level", "step down", "downgrade", "fallback", "settle for", "give up", "niveau inférieur", "se contenter", "rétrograd", "solution de repli", "abandon"]) {
      expect(text).not.toMatch(new RegExp(`(^|[^\\p{L}])${word}${word === "abandon" || word === "rétrograd" ? "" : "(?![\\p{L}])"}`, "u"));
    }
  });
});
