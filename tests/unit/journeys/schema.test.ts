import { describe, expect, it } from "vitest";
import { adjustmentsFrom, levelFor, profileFrom } from "../../../lib/journeys/profile";
import { answersSchema, assessmentSchema, canShow, constraintsAnswersSchema, fieldErrors, firstIncomplete, plansSchema, professionSchema } from "../../../lib/journeys/schema";
import { profileSchema } from "../../../lib/matching/profile";

const now = new Date("2026-11-23T00:00:00Z");

describe("step schemas", () => {
  it("accepts a complete profession step from form strings", () => {
    const r = professionSchema(now).safeParse({ occupation: "31102", country: " Egypt ", yearsPractised: "12", lastPractised: "2025" });
    expect(r.success).toBe(true);
    if (r.success) expect(r.data).toMatchObject({ occupation: "31102", country: "Egypt", yearsPractised: 12, lastPractised: 2025 });
  });

  it("names every missing or wrong field with a message key", () => {
    const r = professionSchema(now).safeParse({ country: "", yearsPractised: "abc", lastPractised: "2031" });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(fieldErrors(r.error)).toEqual({ occupation: "occupationRequired", country: "countryRequired", yearsPractised: "number", lastPractised: "lastPractisedRange" });
    }
    const blank = professionSchema(now).safeParse({ occupation: "31102", country: "Iran", yearsPractised: "", lastPractised: "2020.5" });
    if (!blank.success) expect(fieldErrors(blank.error)).toEqual({ yearsPractised: "required", lastPractised: "wholeNumber" });
  });

  it("validates plans: provinces, arrival both or neither, scores per test", () => {
    const ok = plansSchema(now).safeParse({ provinces: ["ON", "AB"], arrivalMonth: "9", arrivalYear: "2027", test: "ielts", listening: "8", reading: "7", writing: "6,5", speaking: "7" });
    expect(ok.success).toBe(true);
    if (ok.success) expect(ok.data.writing).toBe(6.5);
    const bad = plansSchema(now).safeParse({ provinces: "XX", arrivalMonth: "9", arrivalYear: "", test: "ielts", listening: "8.3", reading: "", writing: "6", speaking: "10" });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      const e = fieldErrors(bad.error);
      expect(e.provinces).toBe("provincesRequired");
      expect(e.arrivalYear).toBe("arrivalBoth");
      expect(e.listening).toBe("score.ielts.listening");
      expect(e.reading).toBe("scoreRequired");
      expect(e.speaking).toBe("score.ielts.speaking");
    }
    expect(plansSchema(now).safeParse({ provinces: "QC", test: "none" }).success).toBe(true);
  });

  it("asks for the gaps when the assessment found some", () => {
    const r = assessmentSchema.safeParse({ body: "NNAS", outcome: "gaps" });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrors(r.error)).toEqual({ gaps: "gapsRequired" });
    expect(assessmentSchema.safeParse({ body: "NNAS", outcome: "gaps", gaps: ["exams", "language"] }).success).toBe(true);
    expect(assessmentSchema.safeParse({ body: "MCC", outcome: "eligible" }).success).toBe(true);
  });

  it("reads yes/no radios and number fields for constraints", () => {
    const r = constraintsAnswersSchema.safeParse({ retrainingMonths: "12", retrainingBudget: "5000", dependants: "2", willingToMove: "yes", willingToRetrain: "no", acceptRegulated: "yes" });
    expect(r.success).toBe(true);
    if (r.success) expect(r.data).toEqual({ retrainingMonths: 12, retrainingBudget: 5000, dependants: 2, willingToMove: true, willingToRetrain: false, acceptRegulated: true });
    const bad = constraintsAnswersSchema.safeParse({ retrainingMonths: "500", retrainingBudget: "-1", dependants: "" });
    if (!bad.success) expect(Object.keys(fieldErrors(bad.error)).sort()).toEqual(["acceptRegulated", "dependants", "retrainingBudget", "retrainingMonths", "willingToMove", "willingToRetrain"]);
  });
});

describe("answers to engine profile", () => {
  it("moves a level one point per choice, inside the scale", () => {
    expect(levelFor("less", 3, 5)).toBe(2);
    expect(levelFor("more", 4.6, 5)).toBe(5);
    expect(levelFor("less", 0.4, 5)).toBe(0);
    expect(levelFor("about", 2.5, 3)).toBe(2.5);
    const base = new Map([["F02a01", { level: 3, scaleMax: 5 }], ["K01a01", { level: 2, scaleMax: 3 }]]);
    expect(adjustmentsFrom({ F02a01: "more", K01a01: "about", X: "less" } as never, base)).toEqual({ F02a01: 4 });
  });

  it("builds a profile the engine accepts", () => {
    const answers = answersSchema.parse({
      profession: { occupation: "31102", occupationTitle: "GPs", country: "Egypt", yearsPractised: 10, lastPractised: 2025 },
      plans: { provinces: ["ON"], test: "ielts", listening: 7.5, reading: 7, writing: 6.5, speaking: 7 },
      competencies: { choices: { F02a01: "more" }, adjustments: { F02a01: 4 }, constraints: { retrainingMonths: 12, retrainingBudget: 5000, dependants: 1, willingToMove: true, willingToRetrain: false, acceptRegulated: false } },
    });
    const profile = profileSchema.parse(profileFrom(answers));
    expect(profile.origin).toBe("31102");
    expect(profile.constraints).toMatchObject({ provinces: ["ON"], languageClb: 8, retrainingMonths: 0, retrainingBudget: 5000, acceptRegulated: false });
    expect(profileFrom({})).toBeNull();
  });

  it("knows which steps can be shown", () => {
    expect(firstIncomplete("pre-arrival", {})).toBe("profession");
    expect(canShow("pre-arrival", "plans", {})).toBe(false);
    const partial = answersSchema.parse({ profession: { occupation: "31301", occupationTitle: "RN", country: "India", yearsPractised: 5, lastPractised: 2024 } });
    expect(firstIncomplete("pre-arrival", partial)).toBe("plans");
    expect(canShow("pre-arrival", "plans", partial)).toBe(true);
    expect(canShow("pre-arrival", "results", partial)).toBe(false);
    expect(firstIncomplete("post-assessment", partial)).toBe("assessment");
  });

  it("rejects unknown keys in stored answers", () => {
    expect(answersSchema.safeParse({ name: "Ana" }).success).toBe(false);
  });
});
