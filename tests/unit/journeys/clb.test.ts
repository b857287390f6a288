import { describe, expect, it } from "vitest";
import { CLB_TABLES, LANGUAGE_TESTS, SKILLS, isValidScore, overallClb, toClb, toClbLevels } from "../../../lib/journeys/clb";

describe("CLB conversion (IRCC equivalency charts)", () => {
  it("reads IELTS General Training rows at their boundaries", () => {
    expect(toClb("ielts", "listening", 8.5)).toBe(10);
    expect(toClb("ielts", "listening", 8)).toBe(9);
    expect(toClb("ielts", "listening", 6)).toBe(7);
    expect(toClb("ielts", "listening", 4.5)).toBe(4);
    expect(toClb("ielts", "listening", 4)).toBeNull();
    expect(toClb("ielts", "reading", 6)).toBe(7);
    expect(toClb("ielts", "reading", 3.5)).toBe(4);
    expect(toClb("ielts", "writing", 6.5)).toBe(8);
    expect(toClb("ielts", "speaking", 5.5)).toBe(6);
    expect(toClb("ielts", "speaking", 9)).toBe(10);
  });

  it("maps CELPIP levels to the same CLB from 4 to 9 and 10-12 to CLB 10", () => {
    for (let level = 4; level <= 10; level++) expect(toClb("celpip", "reading", level)).toBe(level);
    expect(toClb("celpip", "speaking", 12)).toBe(10);
    expect(toClb("celpip", "writing", 3)).toBeNull();
  });

  it("reads TEF Canada (0-699 scale) and TCF Canada rows", () => {
    expect(toClb("tef", "reading", 453)).toBe(7);
    expect(toClb("tef", "reading", 452)).toBe(6);
    expect(toClb("tef", "listening", 546)).toBe(10);
    expect(toClb("tef", "writing", 226)).toBe(4);
    expect(toClb("tef", "speaking", 327)).toBeNull();
    expect(toClb("tcf", "writing", 10)).toBe(7);
    expect(toClb("tcf", "speaking", 6)).toBe(5);
    expect(toClb("tcf", "listening", 458)).toBe(7);
    expect(toClb("tcf", "reading", 499)).toBe(8);
  });

  it("has seven strictly decreasing minimums in every row", () => {
    for (const test of LANGUAGE_TESTS) {
      for (const skill of SKILLS) {
        const row = CLB_TABLES[test][skill];
        expect(row).toHaveLength(7);
        for (let i = 1; i < row.length; i++) expect(row[i]!).toBeLessThan(row[i - 1]!);
      }
    }
  });

  it("never lowers the level when the score rises", () => {
    for (const test of LANGUAGE_TESTS) {
      for (const skill of SKILLS) {
        let previous = -1;
        for (let score = 0; score <= 699; score += test === "ielts" ? 0.5 : 1) {
          if (!isValidScore(test, skill, score)) continue;
          const level = toClb(test, skill, score) ?? 0;
          expect(level).toBeGreaterThanOrEqual(previous);
          previous = level;
        }
      }
    }
  });

  it("takes the lowest skill as the overall level, below CLB 4 counting as 3", () => {
    expect(overallClb(toClbLevels("ielts", { listening: 8, reading: 7, writing: 6.5, speaking: 7 }))).toBe(8);
    expect(overallClb(toClbLevels("celpip", { listening: 9, reading: 9, writing: 3, speaking: 9 }))).toBe(3);
  });

  it("checks score ranges and steps", () => {
    expect(isValidScore("ielts", "reading", 6.5)).toBe(true);
    expect(isValidScore("ielts", "reading", 6.3)).toBe(false);
    expect(isValidScore("ielts", "reading", 9.5)).toBe(false);
    expect(isValidScore("tcf", "writing", 21)).toBe(false);
    expect(isValidScore("tef", "speaking", 699)).toBe(true);
    expect(isValidScore("celpip", "speaking", -1)).toBe(false);
  });
});
