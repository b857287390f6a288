import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MIN_CELL, csvCell, discloses, feasibleRange, share, suppressCount, suppressRow, type SuppressedRow } from "@/lib/workspace/indicators/suppress";

/** Every assignment of the suppressed cells consistent with what a row publishes (bounded search, small rows). */
function consistentValues(row: SuppressedRow, index: number, truth: readonly number[]): Set<number> {
  const hiddenIdx = row.cells.flatMap((c, i) => (c.state === "shown" ? [] : [i]));
  const visible = row.cells.flatMap((c) => (c.state === "shown" ? [c.value!] : []));
  const ceiling = visible.length ? Math.min(...visible) : Math.max(...truth, MIN_CELL) + 10;
  const found = new Set<number>();
  const shownSum = visible.reduce((s, v) => s + v, 0);
  const walk = (k: number, acc: number[], sum: number) => {
    if (k === hiddenIdx.length) {
      if (row.total?.value == null || shownSum + sum === row.total.value) found.add(acc[hiddenIdx.indexOf(index)]!);
      return;
    }
    const state = row.cells[hiddenIdx[k]!]!.state;
    const [lo, hi] = state === "small" ? [0, MIN_CELL - 1] : [MIN_CELL, Math.max(MIN_CELL, ceiling)];
    for (let v = lo; v <= hi; v++) {
      if (row.total?.value != null && shownSum + sum + v > row.total.value) break;
      walk(k + 1, [...acc, v], sum + v);
    }
  };
  walk(0, [], 0);
  return found;
}

describe("suppressCount", () => {
  it("hides counts under five and shows the rest", () => {
    expect(suppressCount(0)).toEqual({ value: null, state: "small" });
    expect(suppressCount(4)).toEqual({ value: null, state: "small" });
    expect(suppressCount(5)).toEqual({ value: 5, state: "shown" });
  });
});

describe("suppressRow: worked examples", () => {
  it("a row with no small cell is published as it is, total included", () => {
    expect(suppressRow([5, 12, 30], { total: true })).toEqual({
      cells: [{ value: 5, state: "shown" }, { value: 12, state: "shown" }, { value: 30, state: "shown" }],
      total: { value: 47, state: "shown" },
    });
  });

  it("one small cell beside a total also hides the next smallest cell", () => {
    const row = suppressRow([3, 20, 8, 40], { total: true });
    expect(row.cells.map((c) => c.state)).toEqual(["small", "shown", "hidden", "shown"]);
    expect(row.total).toEqual({ value: 71, state: "shown" });
    expect(discloses(row)).toBe(false);
  });

  it("without a total, only the small cells go", () => {
    expect(suppressRow([3, 20, 8], { total: false }).cells.map((c) => c.state)).toEqual(["small", "shown", "shown"]);
  });

  it("a total under five hides the whole row", () => {
    const row = suppressRow([1, 2, 1], { total: true });
    expect(row.total?.state).toBe("small");
    expect(row.cells.every((c) => c.value === null)).toBe(true);
  });

  it("a zero beside a five would be pinned by the total: more is hidden", () => {
    // 0 and 5 sum to 5 = total - 30: the zero would be certain, so the 30 (or the total) goes too.
    const row = suppressRow([0, 5, 30], { total: true });
    expect(discloses(row)).toBe(false);
    expect(row.cells.filter((c) => c.state !== "shown").length + (row.total?.state === "shown" ? 0 : 1)).toBeGreaterThanOrEqual(3);
  });

  it("two cells, one small: the other cell is hidden and the total stays only if it pins nothing", () => {
    const row = suppressRow([2, 9], { total: true });
    expect(row.cells.map((c) => c.state)).toEqual(["small", "hidden"]);
    expect(feasibleRange(row, 0)).toEqual({ lo: 2 - 2, hi: 4 });
  });

  it("refuses what is not a count", () => {
    expect(() => suppressRow([1.5], { total: false })).toThrow(RangeError);
    expect(() => suppressRow([-1], { total: true })).toThrow(RangeError);
  });

  it("CSV cells and shares", () => {
    const row = suppressRow([3, 20, 8, 40], { total: true });
    expect(row.cells.map(csvCell)).toEqual(["<5", "20", "x", "40"]);
    expect(share(row.cells[1]!, row.total)).toBe(28.2);
    expect(share(row.cells[0]!, row.total)).toBeNull();
  });
});

describe("suppressRow: properties", () => {
  const rows = fc.array(fc.nat({ max: 25 }), { minLength: 1, maxLength: 5 });

  it("never shows a count under five, and shows every other count as it is or not at all", () => {
    fc.assert(
      fc.property(rows, fc.boolean(), (values, total) => {
        const row = suppressRow(values, { total });
        row.cells.forEach((c, i) => {
          if (c.state === "shown") {
            expect(c.value).toBe(values[i]);
            expect(c.value!).toBeGreaterThanOrEqual(MIN_CELL);
          } else expect(c.value).toBeNull();
          if (c.state === "small") expect(values[i]!).toBeLessThan(MIN_CELL);
        });
        if (row.total?.state === "shown") expect(row.total.value).toBe(values.reduce((s, v) => s + v, 0));
        if (row.total && row.total.state === "shown") expect(row.total.value!).toBeGreaterThanOrEqual(MIN_CELL);
      }),
      { numRuns: 500 },
    );
  });

  it("with a total, never exactly one suppressed cell", () => {
    fc.assert(
      fc.property(rows, (values) => {
        const row = suppressRow(values, { total: true });
        if (row.total?.state === "shown") expect(row.cells.filter((c) => c.state !== "shown").length).not.toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  it("no suppressed cell can be recovered from the total and the cells shown (exhaustive search of consistent values)", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 4 }), (values) => {
        const row = suppressRow(values, { total: true });
        if (row.total?.state !== "shown") return;
        row.cells.forEach((c, i) => {
          if (c.state === "shown") return;
          const possible = consistentValues(row, i, values);
          expect(possible.has(values[i]!)).toBe(true);
          expect(possible.size).toBeGreaterThan(1);
        });
      }),
      { numRuns: 300 },
    );
  });
});
