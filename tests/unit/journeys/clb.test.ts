import { describe, expect, it } from "vitest";
import { CLB_TABLES, LANGUAGE_TESTS, SKILLS, isValidScore, overallClb, toClb, toClbLevels } from "../../../lib/journeys/clb";
import { IRCC_CHARTS, type ChartSkill } from "../../fixtures/ircc-language-equivalency";

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
    expect(toClb("tef", "reading", 434)).toBe(7);
    expect(toClb("tef", "reading", 433)).toBe(6);
    expect(toClb("tef", "reading", 453)).toBe(7);
    expect(toClb("tef", "listening", 546)).toBe(10);
    expect(toClb("tef", "writing", 268)).toBe(4);
    expect(toClb("tef", "writing", 267)).toBeNull();
    expect(toClb("tef", "writing", 226)).toBeNull();
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

  // Every band edge of IRCC's charts (tests/fixtures/ircc-language-equivalency.ts):
  // the lowest score of a band gives that CLB, one step below gives the band under it.
  const skills: readonly ChartSkill[] = ["listening", "reading", "writing", "speaking"];
  for (const test of LANGUAGE_TESTS) {
    const chart = IRCC_CHARTS[test];
    for (const skill of skills) {
      const edges = chart.rows.map((row, i) => ({
        clb: row.clb,
        lowest: row.bands[skill][0],
        highest: row.bands[skill][1],
        below: chart.rows[i + 1]?.clb ?? null,
      }));
      it.each(edges)(`${chart.name} ${skill}: $lowest is CLB $clb, one step below is $below`, ({ clb, lowest, highest, below }) => {
        expect(isValidScore(test, skill, lowest)).toBe(true);
        expect(toClb(test, skill, lowest)).toBe(clb);
        expect(toClb(test, skill, highest)).toBe(clb);
        expect(toClb(test, skill, lowest - chart.step)).toBe(below);
      });
    }
  }

  it("has a chart row for every level the conversion covers", () => {
    for (const test of LANGUAGE_TESTS) {
      expect(IRCC_CHARTS[test].rows.map((r) => r.clb)).toEqual([10, 9, 8, 7, 6, 5, 4]);
    }
  });
});
