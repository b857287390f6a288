import { loadInput } from "./load";
import { prepare } from "../lib/matching";
const P = prepare(loadInput());
const N = P.occupations.length, D = P.descriptors.length;
const M = P.matrix;
function time(name: string, fn: (i: number) => number) {
  let s = 0; for (let i = 0; i < N; i++) s += fn(i);
  const t = performance.now(); for (let r = 0; r < 5; r++) for (let i = 0; i < N; i++) s += fn(i);
  console.log(name.padEnd(20), ((performance.now() - t) / (5 * N)).toFixed(4), "ms", s > 0 ? "" : "x");
}
const starts = P.facets.map(r => r.start), ends = P.facets.map(r => r.end);
time("bare", (i) => { let s = 0; const o = M.subarray(i*D, i*D+D); for (let b = 0; b < N; b++) { const row = b*D; let x = 0; for (let j = 0; j < D; j++) x += o[j]! * M[row+j]!; s += x; } return s; });
time("bare facets", (i) => { let s = 0; const o = M.subarray(i*D, i*D+D); for (let b = 0; b < N; b++) { const row = b*D; for (let k=0;k<5;k++){ let x = 0; const e=ends[k]!; for (let j = starts[k]!; j < e; j++) x += o[j]! * M[row+j]!; s += x; } } return s; });
const p = Float32Array.from(M.subarray(0, D));
time("dot+met", (i) => { let s = 0; const o = M.subarray(i*D, i*D+D); for (let b = 0; b < N; b++) { const row = b*D; for (let k=0;k<5;k++){ let x = 0, m = 0; const e=ends[k]!; for (let j = starts[k]!; j < e; j++) { const t = M[row+j]!; const q = p[j]!; x += o[j]! * t; m += t * (q < t ? q : t);} s += x + m; } } return s; });
time("dot+met Math.min", (i) => { let s = 0; const o = M.subarray(i*D, i*D+D); for (let b = 0; b < N; b++) { const row = b*D; for (let k=0;k<5;k++){ let x = 0, m = 0; const e=ends[k]!; for (let j = starts[k]!; j < e; j++) { const t = M[row+j]!; x += o[j]! * t; m += t * Math.min(p[j]!, t);} s += x + m; } } return s; });
const M64 = Float64Array.from(M); const p64 = Float64Array.from(p);
time("dot+met f64", (i) => { let s = 0; const o = M64.subarray(i*D, i*D+D); for (let b = 0; b < N; b++) { const row = b*D; for (let k=0;k<5;k++){ let x = 0, m = 0; const e=ends[k]!; for (let j = starts[k]!; j < e; j++) { const t = M64[row+j]!; const q = p64[j]!; x += o[j]! * t; m += t * (q < t ? q : t);} s += x + m; } } return s; });
