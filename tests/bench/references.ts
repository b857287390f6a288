/**
 * The two references inside the data that the engine's weights are chosen
 * on (never the research's expert list): NOC minor-group siblings and OaSIS
 * exclusions, as unit-group row indexes per origin.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { PreparedData } from "../../lib/matching";

export const TOP = 10;

export interface References {
  /** Per origin row: the other unit groups of its minor group (first four digits). */
  siblings: number[][];
  /** Per origin row: the unit groups OaSIS names as easily confused with it ("classified elsewhere"). */
  exclusions: Set<number>[];
}

export function references(prepared: PreparedData): References {
  const { occupations } = prepared;
  const siblings = occupations.map((o, a) =>
    occupations.flatMap((p, b) => (b !== a && p.code.slice(0, 4) === o.code.slice(0, 4) ? [b] : [])),
  );
  const file = path.join(process.cwd(), "prisma", "data", "oasis-2023-v1.0", "exclusions_oasis_2023_v1.0.csv");
  const rows = parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const exclusions: Set<number>[] = occupations.map(() => new Set());
  for (const row of rows) {
    const a = prepared.occupationIndex.get(row["OaSIS profile code"]!.slice(0, 5));
    const b = prepared.occupationIndex.get(row["Excluded code"]!.slice(0, 5));
    if (a !== undefined && b !== undefined && a !== b) exclusions[a]!.add(b);
  }
  return { siblings, exclusions };
}

/** Mean share of each origin's reference set found in its top `TOP` (out of at most `TOP`), over origins that have one. */
export function recallAtTop(refs: References, topOf: (origin: number) => ReadonlySet<number>): { siblings: number; exclusions: number } {
  let sib = 0;
  let sibCount = 0;
  let exc = 0;
  let excCount = 0;
  refs.siblings.forEach((sibs, a) => {
    const excl = refs.exclusions[a]!;
    if (!sibs.length && !excl.size) return;
    const top = topOf(a);
    if (sibs.length) {
      sib += sibs.filter((b) => top.has(b)).length / Math.min(TOP, sibs.length);
      sibCount++;
    }
    if (excl.size) {
      exc += [...excl].filter((b) => top.has(b)).length / Math.min(TOP, excl.size);
      excCount++;
    }
  });
  return { siblings: sib / sibCount, exclusions: exc / excCount };
}
