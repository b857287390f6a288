import { loadInput } from "./load";
import { prepare } from "../lib/matching";
const P = prepare(loadInput());
const N = P.occupations.length, D = P.descriptors.length;
const M = P.matrix;
const starts = P.facets.map(r => r.start), ends = P.facets.map(r => r.end);
function time(name: string, fn: (i: number) => number) {
  let s = 0; for (let r = 0; r < 2; r++) for (let i = 0; i < N; i++) s += fn(i);
  const t = performance.now(); for (let r = 0; r < 6; r++) for (let i = 0; i < N; i++) s += fn(i);
  console.log(name.padEnd(20), ((performance.now() - t) / (6 * N)).toFixed(4), "ms", s > 0 ? "" : "x");
}
const persons = P.occupations.map((_, i) => Float32Array.from(M.subarray(i*D,(i+1)*D)));
time("bare", (i) => { let s = 0; const o = M.subarray(i*D, i*D+D); for (let b = 0; b < N; b++) { const row = b*D; let x = 0; for (let j = 0; j < D; j++) x += o[j]! * M[row+j]!; s += x; } return s; });
time("single", (i) => { const o = M.subarray(i*D, i*D+D); const p = persons[i]!; const out = new Float64Array(N*10); for (let b = 0; b < N; b++) { const row = b*D; for (let k=0;k<5;k++){ let x = 0, m = 0; const e=ends[k]!; for (let j = starts[k]!; j < e; j++) { const t = M[row+j]!; const q = p[j]!; x += o[j]! * t; m += t * (q < t ? q : t);} out[b*10+k]=x; out[b*10+5+k]=m; } } return out[3]!+1; });
time("pair", (i) => { const o = M.subarray(i*D, i*D+D); const p = persons[i]!; const out = new Float64Array(N*10); let b = 0;
  for (; b + 1 < N; b += 2) { const r1 = b*D, r2 = r1 + D; for (let k=0;k<5;k++){ let x1 = 0, m1 = 0, x2 = 0, m2 = 0; const e=ends[k]!; for (let j = starts[k]!; j < e; j++) { const oj = o[j]!, q = p[j]!; const t1 = M[r1+j]!, t2 = M[r2+j]!; x1 += oj * t1; m1 += t1 * (q < t1 ? q : t1); x2 += oj * t2; m2 += t2 * (q < t2 ? q : t2);} out[b*10+k]=x1; out[b*10+5+k]=m1; out[b*10+10+k]=x2; out[b*10+15+k]=m2; } }
  return out[3]!+1; });
