/**
 * Speed of the matching engine: `npx tsx tests/bench/match-speed.ts`.
 * Times `match` (full ranking, top 20 explained) with every NOC unit group
 * as origin, and, as the floor, a bare pass of dot products of the origin's
 * row with every row of the same Float32 matrix. Figures, not pass/fail.
 */
import { match, prepare, type PersonProfile, type PreparedData } from "../../lib/matching";
import { readReferenceDataset } from "../../lib/reference-data/dataset";
import { toEngineInput } from "../../lib/reference-data/engine-input";

const WARM_UP_ROUNDS = 3;
const ROUNDS = 8;

function summary(times: number[]): { median: number; p95: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[sorted.length >> 1]!, p95: sorted[Math.floor(sorted.length * 0.95)]! };
}

const ms = (x: number) => `${x.toFixed(3)} ms`;

/** The floor: one dot product per occupation, nothing else. */
function barePass(prepared: PreparedData, origin: number, out: Float32Array): number {
  const { matrix } = prepared;
  const d = prepared.descriptors.length;
  const o = origin * d;
  for (let b = 0; b < out.length; b++) {
    const row = b * d;
    let sum = 0;
    for (let j = 0; j < d; j++) sum += matrix[o + j]! * matrix[row + j]!;
    out[b] = sum;
  }
  return out[0]!;
}

/**
 * Times each call of every set. The sets take turns round by round (every
 * origin of one set, then of the next), so a burst of load from other
 * processes falls on the floor and on the engine alike, while each set's
 * calls still run back to back as in a single measure.
 */
function timeInRounds(sets: (() => unknown)[][]): number[][] {
  const times = sets.map(() => [] as number[]);
  for (let r = 0; r < WARM_UP_ROUNDS + ROUNDS; r++) {
    sets.forEach((calls, k) => {
      for (const call of calls) {
        const start = performance.now();
        call();
        if (r >= WARM_UP_ROUNDS) times[k]!.push(performance.now() - start);
      }
    });
  }
  return times;
}

const loadStart = performance.now();
const input = toEngineInput(readReferenceDataset());
const loaded = performance.now();
const prepared = prepare(input);
const ready = performance.now();
const n = prepared.occupations.length;
console.log(`reference data: ${n} occupations x ${prepared.descriptors.length} descriptors (data ${prepared.dataVersion})`);
console.log(`load ${ms(loaded - loadStart)}, prepare ${ms(ready - loaded)} (once per process)`);

const plain: PersonProfile[] = prepared.occupations.map((o) => ({
  origin: o.code,
  adjustments: {},
  constraints: { acceptRegulated: true },
}));
// A second set closer to real use: a few of the person's own levels and soft constraints.
const adjusted: PersonProfile[] = prepared.occupations.map((o, i) => ({
  origin: o.code,
  adjustments: Object.fromEntries(
    [0, 1, 2, 3, 4, 5].map((k) => {
      const desc = prepared.descriptors[(i * 37 + k * 53) % prepared.descriptors.length]!;
      return [desc.code, (i + k) % (desc.scaleMax + 1)];
    }),
  ),
  constraints: { acceptRegulated: true, languageClb: 6, retrainingMonths: 12, retrainingBudget: 5000 },
}));

const scratch = new Float32Array(n);
const [floorTimes, fullTimes, realTimes] = timeInRounds([
  prepared.occupations.map((_, i) => () => barePass(prepared, i, scratch)),
  plain.map((p) => () => match(prepared, p)),
  adjusted.map((p) => () => match(prepared, p)),
]);
const floor = summary(floorTimes!);
const full = summary(fullTimes!);
const real = summary(realTimes!);

console.log(`\n${n} origins x ${ROUNDS} rounds after ${WARM_UP_ROUNDS} warm-up rounds, the three measures taking turns`);
console.log(`match, full ranking + top 20 explained: median ${ms(full.median)}, p95 ${ms(full.p95)}`);
console.log(`  same, with adjustments and constraints: median ${ms(real.median)}, p95 ${ms(real.p95)}`);
console.log(`bare dot-product pass (floor):         median ${ms(floor.median)}, p95 ${ms(floor.p95)}`);
console.log(`ratio match / floor: median ${(full.median / floor.median).toFixed(1)}x, p95 ${(full.p95 / floor.p95).toFixed(1)}x`);
