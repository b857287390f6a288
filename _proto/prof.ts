import { loadInput } from "./load";
import { prepare, match, profileSchema } from "../lib/matching";
import { scoreTargets } from "../lib/matching/score";
import { textCloseness } from "../lib/matching/text";
import { describeFit } from "../lib/matching/detail";
const P = prepare(loadInput());
const N = P.occupations.length, D = P.descriptors.length, F = P.facets.length;
function bench(name: string, fn: (i: number) => void) {
  for (let i = 0; i < N; i++) fn(i);
  const t = performance.now(); for (let r = 0; r < 3; r++) for (let i = 0; i < N; i++) fn(i);
  console.log(name.padEnd(20), ((performance.now() - t) / (3 * N)).toFixed(4), "ms/call");
}
bench("text", (i) => textCloseness(P.text, i));
const txt = textCloseness(P.text, 0);
bench("score", (i) => { const lv = P.matrix.subarray(i*D,(i+1)*D); scoreTargets(P, { levels: lv, norms: P.norms.subarray(i*F,(i+1)*F) }, lv, txt); });
bench("describe x20", (i) => { const lv = P.matrix.subarray(i*D,(i+1)*D); for (let k=0;k<20;k++) describeFit(P, lv, P.matrix.subarray(k*D,(k+1)*D)); });
bench("match explain0", (i) => match(P, { origin: P.occupations[i]!.code, adjustments: {}, constraints: { acceptRegulated: true } }, { explainTop: 0 }));
bench("match explain20", (i) => match(P, { origin: P.occupations[i]!.code, adjustments: {}, constraints: { acceptRegulated: true } }));
bench("bare dot", (i) => { const out = new Float32Array(N); for (let b=0;b<N;b++){ let s=0; for(let j=0;j<D;j++) s+=P.matrix[i*D+j]!*P.matrix[b*D+j]!; out[b]=s; } });
