/**
 * How the engine's signal weights were chosen: `npx tsx tests/bench/match-weights.ts`.
 *
 * Two references inside the data, never the research's expert list:
 * - NOC minor-group siblings: for each origin, the share of the other unit
 *   groups of its minor group (first four digits) found in its top 10
 *   (out of at most 10);
 * - OaSIS exclusions: occupations OaSIS names as easily confused with a
 *   profile ("classified elsewhere"), mapped to their unit groups; the
 *   share found in the origin's top 10.
 * Starting from equal weights, a greedy search moves 0.025 of weight from
 * one signal to another while the mean of the two recalls improves, so the
 * weights stay round numbers. It prints the path, the weights found and
 * the figures of the weights in `lib/matching/constants.ts`.
 */
import { prepare, SIGNAL_WEIGHTS, SIGNALS } from "../../lib/matching";
import { resolveOrigin } from "../../lib/matching/person";
import { scoreAll, SIGNAL_COUNT } from "../../lib/matching/score";
import { readReferenceDataset } from "../../lib/reference-data/dataset";
import { toEngineInput } from "../../lib/reference-data/engine-input";
import { recallAtTop, references, TOP } from "./references";

const STEP = 0.025;

const prepared = prepare(toEngineInput(readReferenceDataset()));
const { occupations } = prepared;
const n = occupations.length;
const S = SIGNAL_COUNT;

// Standardised signals for every origin: n x n x S.
const z = new Float32Array(n * n * S);
for (let a = 0; a < n; a++) {
  const origin = resolveOrigin(prepared, occupations[a]!.code);
  const { signals } = scoreAll(prepared, origin, origin.levels);
  for (let s = 0; s < S; s++) {
    let sum = 0;
    for (let b = 0; b < n; b++) if (b !== a) sum += signals[b * S + s]!;
    const mean = sum / (n - 1);
    let sq = 0;
    for (let b = 0; b < n; b++) if (b !== a) sq += (signals[b * S + s]! - mean) ** 2;
    const sd = Math.sqrt(sq / (n - 1)) || 1;
    for (let b = 0; b < n; b++) z[(a * n + b) * S + s] = (signals[b * S + s]! - mean) / sd;
  }
}

const refs = references(prepared);
const { siblings, exclusions } = refs;

function figures(weights: readonly number[]): { siblings: number; exclusions: number } {
  const blend = new Float64Array(n);
  return recallAtTop(refs, (a) => {
    for (let b = 0; b < n; b++) {
      let v = 0;
      const at = (a * n + b) * S;
      for (let s = 0; s < S; s++) v += weights[s]! * z[at + s]!;
      blend[b] = b === a ? -Infinity : v;
    }
    return new Set(
      Array.from(blend.keys())
        .sort((x, y) => blend[y]! - blend[x]! || x - y)
        .slice(0, TOP),
    );
  });
}

const objective = (f: { siblings: number; exclusions: number }) => (f.siblings + f.exclusions) / 2;
const show = (weights: readonly number[]) => SIGNALS.map((s, i) => `${s} ${weights[i]!.toFixed(3)}`).join(", ");
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const current = SIGNALS.map((s) => SIGNAL_WEIGHTS[s]);
const now = figures(current);
console.log(`${n} origins; siblings reference for ${siblings.filter((s) => s.length).length}, exclusions for ${exclusions.filter((e) => e.size).length}`);
console.log(`weights in constants.ts: siblings recall@${TOP} ${pct(now.siblings)}, exclusions recall@${TOP} ${pct(now.exclusions)}`);

const weights = SIGNALS.map(() => Math.round(1 / S / STEP) * STEP);
weights[weights.length - 1] = 1 - weights.slice(0, -1).reduce((a, b) => a + b, 0);
let best = figures(weights);
console.log(`equal weights: siblings ${pct(best.siblings)}, exclusions ${pct(best.exclusions)}`);
for (let round = 0; round < 60; round++) {
  let move: { from: number; to: number; f: ReturnType<typeof figures> } | null = null;
  for (let from = 0; from < S; from++) {
    if (weights[from]! < STEP - 1e-9) continue;
    for (let to = 0; to < S; to++) {
      if (to === from) continue;
      const trial = [...weights];
      trial[from] = Math.round((trial[from]! - STEP) * 1000) / 1000;
      trial[to] = Math.round((trial[to]! + STEP) * 1000) / 1000;
      const f = figures(trial);
      if (objective(f) > objective(move?.f ?? best) + 1e-6) move = { from, to, f };
    }
  }
  if (!move) break;
  weights[move.from] = Math.round((weights[move.from]! - STEP) * 1000) / 1000;
  weights[move.to] = Math.round((weights[move.to]! + STEP) * 1000) / 1000;
  best = move.f;
  console.log(`  ${SIGNALS[move.from]} -> ${SIGNALS[move.to]}: siblings ${pct(best.siblings)}, exclusions ${pct(best.exclusions)}`);
}
console.log(`\nfound: ${show(weights)}`);
console.log(`found: siblings recall@${TOP} ${pct(best.siblings)}, exclusions recall@${TOP} ${pct(best.exclusions)}`);
