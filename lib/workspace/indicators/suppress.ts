/**
 * Small-cell suppression for the indicators: no published count may show
 * fewer than five people, and no such count may be worked out from what is
 * published beside it (the other cells of its row and the row's total).
 *
 * A count under five is a primary suppression ("fewer than 5", `<5` in CSV).
 * When a row's total is published, a reader who knows the rule knows each
 * primary cell lies in 0..4 and each other hidden cell lies between 5 and the
 * smallest cell still shown; as long as the hidden cells of a row can then
 * be pinned to a single value from the total, the next smallest shown cell
 * is hidden too ("hidden", `x` in CSV), and when nothing is left to hide, the
 * total itself is. Pure functions, no I/O.
 */

export const MIN_CELL = 5;

/** shown: the count; small: fewer than MIN_CELL people; hidden: hidden so that a small one cannot be computed. */
export type CellState = "shown" | "small" | "hidden";

export interface Cell {
  /** The count, or null when suppressed. */
  value: number | null;
  state: CellState;
}

export interface SuppressedRow {
  cells: Cell[];
  /** The row's total (the sum of its cells), or null when the row has none. */
  total: Cell | null;
}

const shown = (value: number): Cell => ({ value, state: "shown" });
const small: Cell = { value: null, state: "small" };
const hidden: Cell = { value: null, state: "hidden" };

/** One count on its own (no total beside it). */
export function suppressCount(value: number): Cell {
  return value < MIN_CELL ? small : shown(value);
}

/** What a reader can know of each cell of a published row: its value, or bounds. */
export function bounds(row: SuppressedRow): { lo: number; hi: number }[] {
  const visible = row.cells.flatMap((c) => (c.state === "shown" && c.value !== null ? [c.value] : []));
  const ceiling = visible.length ? Math.min(...visible) : Number.POSITIVE_INFINITY;
  return row.cells.map((c) =>
    c.state === "shown" ? { lo: c.value!, hi: c.value! } : c.state === "small" ? { lo: 0, hi: MIN_CELL - 1 } : { lo: MIN_CELL, hi: Math.max(MIN_CELL, ceiling) },
  );
}

/**
 * The values a hidden cell can take given the published row: its own bounds,
 * narrowed by the total less what the other cells can hold. A single value
 * means the cell is disclosed.
 */
export function feasibleRange(row: SuppressedRow, index: number): { lo: number; hi: number } {
  const b = bounds(row);
  const own = b[index]!;
  if (!row.total || row.total.value === null) return own;
  const others = b.filter((_, i) => i !== index);
  const othersLo = others.reduce((s, x) => s + x.lo, 0);
  const othersHi = others.reduce((s, x) => s + x.hi, 0);
  return { lo: Math.max(own.lo, row.total.value - othersHi), hi: Math.min(own.hi, row.total.value - othersLo) };
}

/** Whether some suppressed cell of the row can be pinned to one value from what is published. */
export function discloses(row: SuppressedRow): boolean {
  return row.cells.some((c, i) => {
    if (c.state === "shown") return false;
    const r = feasibleRange(row, i);
    return r.lo >= r.hi;
  });
}

/**
 * Suppresses one row of counts of people. With `total`, the row's sum is
 * published too, and complementary cells are hidden until no suppressed
 * cell can be computed from it (at least the next smallest cell when only
 * one is suppressed); a total under five hides the whole row.
 */
export function suppressRow(values: readonly number[], options: { total: boolean }): SuppressedRow {
  for (const v of values) if (!Number.isInteger(v) || v < 0) throw new RangeError(`A count of people is a whole number, not ${v}.`);
  const cells = values.map(suppressCount);
  if (!options.total) return { cells, total: null };
  const sum = values.reduce((s, v) => s + v, 0);
  if (sum < MIN_CELL) return { cells: values.map(() => small), total: small };
  const row: SuppressedRow = { cells, total: shown(sum) };
  while (row.cells.some((c) => c.state !== "shown") && discloses(row)) {
    const next = values
      .map((v, i) => ({ v, i }))
      .filter(({ i }) => row.cells[i]!.state === "shown")
      .sort((a, b) => a.v - b.v || a.i - b.i)[0];
    if (!next) {
      row.total = hidden;
      break;
    }
    row.cells[next.i] = hidden;
  }
  return row;
}

/** A cell as CSV text: the count, `<5` (fewer than five people) or `x` (hidden to protect a small cell). */
export function csvCell(cell: Cell): string {
  return cell.state === "shown" ? String(cell.value) : cell.state === "small" ? `<${MIN_CELL}` : "x";
}

/** A share of a row's total in percent (one decimal), or null unless both counts are shown. */
export function share(part: Cell, total: Cell | null): number | null {
  if (!total || part.value === null || total.value === null || total.value === 0) return null;
  return Math.round((part.value / total.value) * 1000) / 10;
}
