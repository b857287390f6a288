import { describe, expect, it } from "vitest";
import { QUESTION_GROUPS, QUESTIONS, descriptorChoices, questionAdjustments } from "../../../lib/journeys/questions";
import { competenciesAnswersSchema } from "../../../lib/journeys/schema";
import { readReferenceDataset } from "../../../lib/reference-data/dataset";
import { prepare } from "../../../lib/matching";
import { toEngineInput } from "../../../lib/reference-data/engine-input";
import en from "../../../lib/i18n/messages/journeys.en.json";
import fr from "../../../lib/i18n/messages/journeys.fr.json";

describe("self-assessment questions", () => {
  it("are ten to twelve, in groups, each worded in English and French", () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(10);
    expect(QUESTIONS.length).toBeLessThanOrEqual(12);
    for (const group of QUESTION_GROUPS) expect(QUESTIONS.some((q) => q.group === group)).toBe(true);
    for (const messages of [en, fr]) {
      expect(Object.keys(messages.journeys.competencies.questions).sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
      expect(Object.keys(messages.journeys.competencies.groups).sort()).toEqual([...QUESTION_GROUPS].sort());
      // Plain questions: short, no rating scales or descriptor jargon.
      for (const text of Object.values(messages.journeys.competencies.questions)) {
        expect(text.split(/\s+/).length).toBeLessThanOrEqual(18);
        expect(text).not.toMatch(/OaSIS|descriptor|descripteur|scale|échelle|proficiency/i);
      }
    }
  });

  it("each stand for OaSIS descriptors the engine scores", () => {
    const prepared = prepare(toEngineInput(readReferenceDataset()));
    for (const q of QUESTIONS) {
      expect(q.descriptors.length).toBeGreaterThanOrEqual(2);
      for (const code of q.descriptors) expect(prepared.descriptorIndex.has(code), `${q.id}: ${code}`).toBe(true);
    }
  }, 120_000);

  it("turn answers into one engine level per descriptor, the same input shape as before", () => {
    const baseline = new Map([
      ["K04a12", { level: 4, scaleMax: 5 }],
      ["K04a09", { level: 3, scaleMax: 5 }],
      ["G03a02", { level: 2.9, scaleMax: 3 }],
      ["F01c01", { level: 2, scaleMax: 5 }],
    ]);
    expect(questionAdjustments({ care: "more", teach: "more", numbers: "about" }, baseline)).toEqual({ K04a12: 5, K04a09: 4, G03a02: 3 });
    expect(questionAdjustments({ numbers: "less" }, baseline)).toEqual({ F01c01: 1 });
    expect(questionAdjustments({ care: "about" }, baseline)).toEqual({});
    // Descriptors the profession's baseline does not have are left to the engine.
    expect(Object.keys(descriptorChoices({ care: "less" }, baseline)).sort()).toEqual(["K04a09", "K04a12"]);
    // What is stored still validates.
    expect(competenciesAnswersSchema.safeParse({ choices: { care: "more" }, adjustments: { K04a12: 5 }, constraints: { retrainingMonths: 1, retrainingBudget: 0, dependants: 0, willingToMove: true, willingToRetrain: true, acceptRegulated: true } }).success).toBe(true);
  });
});
