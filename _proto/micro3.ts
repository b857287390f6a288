import { loadInput } from "./load";
import { prepare } from "../lib/matching";
const P = prepare(loadInput());
const N = P.occupations.length, D = P.descriptors.length, F = P.facets.length;
function time(name: string, fn: (i: number) => unknown) {
  for (let r = 0; r < 3; r++) for (let i = 0; i < N; i++) fn(i);
  const t = performance.now(); for (let r = 0; r < 10; r++) for (let i = 0; i < N; i++) fn(i);
  console.log(name.padEnd(20), ((performance.now() - t) / (10 * N)).toFixed(4), "ms");
}
const persons = P.occupations.map((_, i) => Float32Array.from(P.matrix.subarray(i*D,(i+1)*D)));
function v1(matrix: Float32Array, levels: Float32Array, person: Float32Array, starts: number[], ends: number[]) {
  const out = new Float32Array(N);
  for (let b = 0; b < N; b++) {
    const row = b * D; let tot = 0;
    for (let k = 0; k < 5; k++) {
      let dot = 0, met = 0; const end = ends[k]!;
      for (let j = starts[k]!; j < end; j++) { const t = matrix[row + j]!; const p = person[j]!; dot += levels[j]! * t; met += t * (p < t ? p : t); }
      tot += dot + met;
    }
    out[b] = tot;
  }
  return out;
}
const starts = P.facets.map(r => r.start), ends = P.facets.map(r => r.end);
time("v1", (i) => v1(P.matrix, P.matrix.subarray(i*D,(i+1)*D), persons[i]!, starts, ends));
time("v1 levels copy", (i) => v1(P.matrix, persons[i]!, persons[i]!, starts, ends));
