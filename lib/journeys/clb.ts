/**
 * Language test scores to Canadian Language Benchmark (CLB) levels, per skill.
 *
 * Source: Immigration, Refugees and Citizenship Canada (IRCC), "Language test
 * equivalency charts" (canada.ca, Express Entry: language requirements), the
 * charts for CELPIP-General, IELTS General Training, TEF Canada (scores of
 * tests taken on or after 11 December 2023, every skill on 0-699) and TCF
 * Canada. The charts cover CLB 4 to 10; a score under the CLB 4 row is
 * reported as "below CLB 4" (null here).
 *
 * Each table gives, per skill, the lowest score that reaches CLB 10, 9, ... 4
 * (a score reaches a level when it is at or above that row's minimum).
 */

export const LANGUAGE_TESTS = ["celpip", "ielts", "tef", "tcf"] as const;
export type LanguageTest = (typeof LANGUAGE_TESTS)[number];
export const SKILLS = ["listening", "reading", "writing", "speaking"] as const;
export type LanguageSkill = (typeof SKILLS)[number];

/** Levels the charts cover, highest first; index i of a row is CLB 10 - i. */
const LEVELS = [10, 9, 8, 7, 6, 5, 4] as const;

type Table = Readonly<Record<LanguageSkill, readonly number[]>>;

export const CLB_TABLES: Readonly<Record<LanguageTest, Table>> = {
  // CELPIP-General levels equal CLB levels from 4 to 9; CELPIP 10 to 12 is CLB 10.
  celpip: {
    listening: [10, 9, 8, 7, 6, 5, 4],
    reading: [10, 9, 8, 7, 6, 5, 4],
    writing: [10, 9, 8, 7, 6, 5, 4],
    speaking: [10, 9, 8, 7, 6, 5, 4],
  },
  // IELTS General Training band scores.
  ielts: {
    listening: [8.5, 8, 7.5, 6, 5.5, 5, 4.5],
    reading: [8, 7, 6.5, 6, 5, 4, 3.5],
    writing: [7.5, 7, 6.5, 6, 5.5, 5, 4],
    speaking: [7.5, 7, 6.5, 6, 5.5, 5, 4],
  },
  // TEF Canada, tests taken on or after 11 December 2023 (0-699 per skill).
  tef: {
    listening: [546, 503, 462, 434, 393, 352, 306],
    reading: [546, 503, 462, 434, 393, 352, 306],
    writing: [558, 512, 472, 428, 379, 330, 268],
    speaking: [556, 518, 494, 456, 422, 387, 328],
  },
  // TCF Canada: listening and reading on 0-699, writing and speaking on 0-20.
  tcf: {
    listening: [549, 523, 503, 458, 398, 369, 331],
    reading: [549, 524, 499, 453, 406, 375, 342],
    writing: [16, 14, 12, 10, 7, 6, 4],
    speaking: [16, 14, 12, 10, 7, 6, 4],
  },
};

/** The score range each test and skill accepts (for validation). */
export const SCORE_RANGES: Readonly<Record<LanguageTest, Readonly<Record<LanguageSkill, { min: number; max: number; step: number }>>>> = {
  celpip: {
    listening: { min: 0, max: 12, step: 1 },
    reading: { min: 0, max: 12, step: 1 },
    writing: { min: 0, max: 12, step: 1 },
    speaking: { min: 0, max: 12, step: 1 },
  },
  ielts: {
    listening: { min: 0, max: 9, step: 0.5 },
    reading: { min: 0, max: 9, step: 0.5 },
    writing: { min: 0, max: 9, step: 0.5 },
    speaking: { min: 0, max: 9, step: 0.5 },
  },
  tef: {
    listening: { min: 0, max: 699, step: 1 },
    reading: { min: 0, max: 699, step: 1 },
    writing: { min: 0, max: 699, step: 1 },
    speaking: { min: 0, max: 699, step: 1 },
  },
  tcf: {
    listening: { min: 0, max: 699, step: 1 },
    reading: { min: 0, max: 699, step: 1 },
    writing: { min: 0, max: 20, step: 1 },
    speaking: { min: 0, max: 20, step: 1 },
  },
};

/** Whether a score is possible on that test and skill (range and step). */
export function isValidScore(test: LanguageTest, skill: LanguageSkill, score: number): boolean {
  const { min, max, step } = SCORE_RANGES[test][skill];
  if (!Number.isFinite(score) || score < min || score > max) return false;
  return Number.isInteger(score / step);
}

/** The CLB level of one skill score, or null when it is below CLB 4. */
export function toClb(test: LanguageTest, skill: LanguageSkill, score: number): number | null {
  const row = CLB_TABLES[test][skill];
  for (let i = 0; i < LEVELS.length; i++) {
    if (score >= row[i]!) return LEVELS[i]!;
  }
  return null;
}

export type SkillScores = Readonly<Record<LanguageSkill, number>>;
export type SkillLevels = Record<LanguageSkill, number | null>;

/** CLB level per skill. */
export function toClbLevels(test: LanguageTest, scores: SkillScores): SkillLevels {
  return {
    listening: toClb(test, "listening", scores.listening),
    reading: toClb(test, "reading", scores.reading),
    writing: toClb(test, "writing", scores.writing),
    speaking: toClb(test, "speaking", scores.speaking),
  };
}

/**
 * The one level employers and regulators usually read: the lowest of the four
 * skills. Below CLB 4 on any skill counts as 3, so the matching engine (which
 * takes 1-12) is never told more than the test showed.
 */
export function overallClb(levels: SkillLevels): number {
  return Math.min(...SKILLS.map((s) => levels[s] ?? 3));
}
