import { describe, expect, it } from "vitest";
import { loadProfession } from "../../../lib/content/load";
import { roadmapProfession } from "../../../lib/journeys/plan";
import { buildRoadmap, TARGET_CLB, type RoadmapInput } from "../../../lib/journeys/roadmap";
import { answersSchema } from "../../../lib/journeys/schema";
import en from "../../../lib/i18n/messages/journeys.en.json";
import fr from "../../../lib/i18n/messages/journeys.fr.json";

const physician = answersSchema.parse({
  profession: { occupation: "31102", occupationTitle: "General practitioners and family physicians", country: "Egypt", yearsPractised: 12, lastPractised: 2025 },
  plans: { provinces: ["ON", "AB"], arrivalMonth: 9, arrivalYear: 2027, test: "ielts", listening: 7.5, reading: 5.5, writing: 6, speaking: 6.5 },
  competencies: { choices: {}, adjustments: {}, constraints: { retrainingMonths: 24, retrainingBudget: 10000, dependants: 2, willingToMove: true, willingToRetrain: true, acceptRegulated: true } },
});
const profession = roadmapProfession(loadProfession("physicians", "en")!.frontmatter);
const interim = { code: "31303", title: "Physician assistants", months: 24 };
const parallel = { code: "41400", title: "Natural and applied science policy researchers", months: 6 };

const keys = (input: RoadmapInput) => buildRoadmap(input).phases.map((p) => [p.id, p.items.map((i) => i.key)] as const);

describe("pre-arrival roadmap", () => {
  const roadmap = buildRoadmap({ kind: "pre-arrival", answers: physician, profession, interim, parallel });

  it("has phases from before arrival to after the first year, long licensing steps (residency) in the last", () => {
    expect(roadmap.phases.map((p) => p.id)).toEqual(["beforeArrival", "firstThreeMonths", "firstYear", "afterFirstYear"]);
    const last = profession!.licensingSteps.at(-1)!.title;
    expect(roadmap.phases[3]!.items.map((i) => i.values?.title)).toContain(last);
    expect(roadmap.phases[2]!.items.map((i) => i.values?.title)).not.toContain(last);
  });

  it("starts with the arrival date, the credential assessment, language and documents", () => {
    const before = roadmap.phases[0]!.items;
    expect(before.slice(0, 4).map((i) => i.key)).toEqual(["arrival", "credentialAssessment", "languageImprove", "documents"]);
    expect(before[0]!.values).toEqual({ month: 9, year: 2027 });
    // IELTS reading 5.5 is CLB 6, the lowest skill: below the target, so improve.
    expect(before[2]!.values).toEqual({ current: 6, target: TARGET_CLB });
  });

  it("spreads every licensing step of the profession page over the phases, in order", () => {
    const steps = roadmap.phases.flatMap((p) => p.items.filter((i) => i.key === "licensingStep").map((i) => i.values!.title));
    expect(steps).toEqual(profession!.licensingSteps.map((s) => s.title));
  });

  it("names the interim option and the parallel training when the person would retrain", () => {
    const all = roadmap.phases.flatMap((p) => p.items);
    expect(all.find((i) => i.key === "interimWork")?.values).toEqual({ title: "Physician assistants" });
    expect(all.find((i) => i.key === "parallelTraining")?.values).toEqual({ title: parallel.title, months: 6 });
    expect(all.some((i) => i.key === "family")).toBe(true);
  });

  it("asks for a language test when there is none, and points to the occupation page without a profession page", () => {
    const noTest = answersSchema.parse({ ...physician, plans: { provinces: ["QC"], test: "none" }, competencies: { ...physician.competencies!, constraints: { ...physician.competencies!.constraints, willingToRetrain: false, dependants: 0 } } });
    const k = keys({ kind: "pre-arrival", answers: noTest, profession: null, interim: null, parallel });
    expect(k[0]![1]).toEqual(["credentialAssessment", "languageTest", "documents", "readOccupation", "courses"]);
    expect(k[1]![1]).toEqual(["settlement", "bridging", "network"]);
    expect(k[2]![1]).toEqual(["review"]);
  });
});

describe("post-assessment roadmap", () => {
  const nurse = answersSchema.parse({
    profession: { occupation: "31301", occupationTitle: "Registered nurses", country: "Philippines", yearsPractised: 8, lastPractised: 2025 },
    assessment: { body: "NNAS", outcome: "gaps", gaps: ["exams", "supervisedPractice", "language"], details: "" },
    plans: { provinces: ["QC"], test: "tef", listening: 400, reading: 420, writing: 400, speaking: 430 },
    competencies: { choices: {}, adjustments: {}, constraints: { retrainingMonths: 12, retrainingBudget: 3000, dependants: 0, willingToMove: false, willingToRetrain: true, acceptRegulated: true } },
  });

  it("puts the bridge job first and turns each named gap into steps over time", () => {
    const k = keys({ kind: "post-assessment", answers: nurse, profession: null, interim: { code: "32101", title: "LPN", months: 12 }, parallel: null });
    expect(k.map(([id]) => id)).toEqual(["firstThreeMonths", "firstYear", "afterFirstYear"]);
    expect(k[0]![1]).toEqual(["interimWork", "bookExams", "findPlacement", "languageTraining", "bridging", "network"]);
    expect(k[1]![1]).toEqual(["writeExams", "languageImprove"]);
    expect(k[2]![1]).toEqual(["completePractice", "applyLicence", "review"]);
  });

  it("asks the body about next steps when not eligible", () => {
    const notEligible = answersSchema.parse({ ...nurse, assessment: { body: "NNAS", outcome: "not-eligible", gaps: [], details: "" } });
    const r = buildRoadmap({ kind: "post-assessment", answers: notEligible, profession: null, interim: null, parallel: null });
    expect(r.phases[0]!.items[0]).toEqual({ key: "askReview", values: { body: "NNAS" } });
    expect(r.phases[2]!.items.map((i) => i.key)).toEqual(["review"]);
  });
});

describe("roadmap wording", () => {
  it("has every item and phase in English and French", () => {
    const all = ["arrival", "credentialAssessment", "languageTest", "languageImprove", "languageKeep", "documents", "licensingStep", "readOccupation", "courses", "exploreParallel", "settlement", "bridging", "interimWork", "network", "family", "parallelTraining", "parallelLicence", "review", "applyLicence", "askReview", "bookExams", "findCourses", "findPlacement", "languageTraining", "writeExams", "completeCourses", "completePractice", "registerWith", "noLicenceIn"];
    for (const messages of [en, fr]) {
      expect(Object.keys(messages.journeys.roadmap.items).sort()).toEqual([...all].sort());
    }
    expect(Object.keys(en.journeys).sort()).toEqual(Object.keys(fr.journeys).sort());
  });

  it("uses no failure framing", () => {
    const text = JSON.stringify([en, fr]).toLowerCase();
    for (const word of ["plan b", "lower level", "step down", "downgrade", "fallback", "settle for", "give up", "niveau inférieur", "se contenter", "rétrograd", "solution de repli", "abandon"]) {
      expect(text).not.toMatch(new RegExp(`(^|[^\\p{L}])${word}${word === "abandon" || word === "rétrograd" ? "" : "(?![\\p{L}])"}`, "u"));
    }
  });
});
