import { loadInput } from "./load";
import { prepare } from "../lib/matching";
import { scoreTargets } from "../lib/matching/score";
import { textCloseness } from "../lib/matching/text";
const P = prepare(loadInput());
const N = P.occupations.length, D = P.descriptors.length, F = P.facets.length;
const txt = textCloseness(P.text, 0);
function time(name: string, fn: (i: number) => unknown) {
  for (let r = 0; r < 3; r++) for (let i = 0; i < N; i++) fn(i);
  const t = performance.now(); for (let r = 0; r < 10; r++) for (let i = 0; i < N; i++) fn(i);
  console.log(name.padEnd(20), ((performance.now() - t) / (10 * N)).toFixed(4), "ms");
}
const persons = P.occupations.map((_, i) => Float32Array.from(P.matrix.subarray(i*D,(i+1)*D)));
time("score same person", (i) => scoreTargets(P, { levels: P.matrix.subarray(i*D,(i+1)*D), norms: P.norms.subarray(i*F,(i+1)*F) }, persons[i]!, txt));
time("alloc only", () => { new Float32Array(N*6); new Float32Array(N); new Float32Array(N); new Float32Array(N); });
