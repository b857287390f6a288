import { readFileSync, existsSync, writeFileSync } from "node:fs";
import { readReferenceDataset } from "../lib/reference-data/dataset";
import { toEngineInput } from "../lib/reference-data/engine-input";
import type { ReferenceInput } from "../lib/matching/input";
export function loadInput(): ReferenceInput {
  const cache = "/tmp/engine-input.json";
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, "utf8"));
  const inp = toEngineInput(readReferenceDataset());
  writeFileSync(cache, JSON.stringify(inp));
  return inp;
}
export function exclusions(): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const line of readFileSync("/tmp/excl_pairs.csv", "utf8").trim().split("\n")) {
    const [a, b] = line.split(",") as [string, string];
    if (!m.has(a)) m.set(a, new Set());
    m.get(a)!.add(b);
  }
  return m;
}
