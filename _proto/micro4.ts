import { loadInput } from "./load";
import { prepare } from "../lib/matching";
const P = prepare(loadInput());
const N = P.occupations.length, D = P.descriptors.length;
const scale = Float64Array.from(P.descriptors, d => d.scaleMax);
function loopOnly(person: Float32Array, target: Float32Array) {
  let a = 0, g = 0;
  for (const { start, end, facet } of P.facets) {
    if (facet === "workContext") continue;
    for (let j = start; j < end; j++) { const p = person[j]!, t = target[j]!; const sh = p < t ? p : t; a += t * sh; const short = (t - p) * scale[j]!; if (short >= 0.5) g++; }
  }
  return a + g;
}
function loopObj(person: Float32Array, target: Float32Array) {
  let a = 0, g = 0;
  for (const { start, end, facet } of P.facets) {
    if (facet === "workContext") continue;
    for (let j = start; j < end; j++) { const p = person[j]!, t = target[j]!; const sh = p < t ? p : t; a += t * sh; const short = (t - p) * P.descriptors[j]!.scaleMax; if (short >= 0.5) g++; }
  }
  return a + g;
}
for (const [name, fn] of [["loopOnly", loopOnly], ["loopObj", loopObj]] as const) {
  let s = 0; const t = performance.now(); let c = 0;
  for (let r = 0; r < 5; r++) for (let i = 0; i < N; i++) for (let k = 0; k < 20; k++) { s += fn(P.matrix.subarray(i*D,(i+1)*D), P.matrix.subarray(k*D,(k+1)*D)); c++; }
  console.log(name, ((performance.now() - t) * 1000 / c).toFixed(2), "us");
}
{ const t = performance.now(); let c = 0; for (let r = 0; r < 5; r++) for (let i = 0; i < N; i++) for (let k = 0; k < 20; k++) { P.matrix.subarray(i*D,(i+1)*D); P.matrix.subarray(k*D,(k+1)*D); c++; } console.log("subarray x2", ((performance.now() - t) * 1000 / c).toFixed(2), "us"); }
