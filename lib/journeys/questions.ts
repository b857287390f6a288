import { adjustmentsFrom } from "./profile";
import type { Choice } from "./schema";

/**
 * The self-assessment: twelve plain questions grouped by what people did at
 * work. Each one stands for the OaSIS descriptors the matching engine
 * scores (skills, abilities, knowledge, work activities); an answer moves
 * all of them together, so the engine still receives one level per
 * descriptor (`adjustments`), the same input as before.
 */

export const QUESTION_GROUPS = ["people", "problems", "organizing", "tools"] as const;
export type QuestionGroup = (typeof QUESTION_GROUPS)[number];

export interface Question {
  id: string;
  group: QuestionGroup;
  /** OaSIS descriptor codes this question speaks for. */
  descriptors: readonly string[];
}

export const QUESTIONS: readonly Question[] = [
  // Working with people
  { id: "care", group: "people", descriptors: ["K04a12", "K04a09", "F05a05", "K04a07"] },
  { id: "teach", group: "people", descriptors: ["K04a04", "K04b06", "F05a02", "K04b01", "G03a02", "F02a02"] },
  { id: "lead", group: "people", descriptors: ["K04b04", "K04a02", "F04a03", "F05a01", "K04b05"] },
  { id: "negotiate", group: "people", descriptors: ["K04a06", "K04b03", "F05a03", "F05a04", "K04a08"] },
  // Solving problems and deciding
  { id: "diagnose", group: "problems", descriptors: ["K03b05", "F02b05", "A01a06", "A01a03", "K01b01"] },
  { id: "decide", group: "problems", descriptors: ["K03b01", "F02a03", "F02a01", "F04b03"] },
  { id: "numbers", group: "problems", descriptors: ["F01c01", "K03a03", "K01a06", "A01b01", "A01b02", "G11a02"] },
  // Organizing and paperwork
  { id: "plan", group: "organizing", descriptors: ["K03b07", "K03b08", "F04b01", "F04b05", "F04a01", "K03b06"] },
  { id: "write", group: "organizing", descriptors: ["F01b02", "A01e03", "K02b06", "K01a03", "K01a08"] },
  { id: "standards", group: "organizing", descriptors: ["K03a02", "K03a01", "F03a08", "F04c01", "K01a02"] },
  // Tools and technology
  { id: "hands", group: "tools", descriptors: ["A03a02", "A03a03", "A03a01", "F03a04", "F03a01", "F03a06", "F03a07"] },
  { id: "computers", group: "tools", descriptors: ["K02b04", "F01c02", "G10a02", "K02b01"] },
];

export const QUESTION_IDS = QUESTIONS.map((q) => q.id);

/** The form field of a question. */
export const questionField = (id: string) => `q.${id}`;

/** descriptor code -> the profession's usual level on it and the descriptor's scale. */
export type Baseline = ReadonlyMap<string, { level: number; scaleMax: number }>;

/**
 * The answer each descriptor gets from the questions: every descriptor of a
 * question takes that question's answer (a descriptor in two questions
 * takes the later answer that is not "about the same"). Only descriptors the
 * engine scores for this profession (in `baseline`) are kept.
 */
export function descriptorChoices(choices: Readonly<Record<string, Choice>>, baseline: Baseline): Record<string, Choice> {
  const out: Record<string, Choice> = {};
  for (const question of QUESTIONS) {
    const choice = choices[question.id];
    if (!choice) continue;
    for (const code of question.descriptors) {
      if (baseline.has(code) && (choice !== "about" || !(code in out))) out[code] = choice;
    }
  }
  return out;
}

/** Engine adjustments from the answers ("about the same" sets nothing; "less" and "more" move the profession's level one point). */
export function questionAdjustments(choices: Readonly<Record<string, Choice>>, baseline: Baseline): Record<string, number> {
  return adjustmentsFrom(descriptorChoices(choices, baseline), baseline);
}
