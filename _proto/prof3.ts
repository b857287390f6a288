import { loadInput } from "./load";
import { prepare } from "../lib/matching";
import { describeFit } from "../lib/matching/detail";
const P = prepare(loadInput());
const N = P.occupations.length, D = P.descriptors.length;
let t = performance.now(); let c = 0;
for (let r = 0; r < 5; r++) for (let i = 0; i < N; i++) for (let k = 0; k < 20; k++) { describeFit(P, P.matrix.subarray(i*D,(i+1)*D), P.matrix.subarray(k*D,(k+1)*D)); c++; }
console.log("us per describeFit", ((performance.now() - t) * 1000 / c).toFixed(2));
