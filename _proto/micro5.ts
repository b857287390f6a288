import { loadInput } from "./load";
import { prepare } from "../lib/matching";
import { describeFit } from "../lib/matching/detail";
const P = prepare(loadInput());
const N = P.occupations.length, D = P.descriptors.length;
const rows = P.occupations.map((_, i) => P.matrix.subarray(i*D,(i+1)*D));
function run(name: string, fn: (a: Float32Array, b: Float32Array) => unknown) {
  for (let i = 0; i < N; i++) for (let k = 0; k < 20; k++) fn(rows[i]!, rows[k]!);
  const t = performance.now(); let c = 0;
  for (let r = 0; r < 5; r++) for (let i = 0; i < N; i++) for (let k = 0; k < 20; k++) { fn(rows[i]!, rows[(k*37+i)%N]!); c++; }
  console.log(name, ((performance.now() - t) * 1000 / c).toFixed(2), "us");
}
run("describeFit", (a, b) => describeFit(P, a, b));
run("describeFit same", (a) => describeFit(P, a, a));
const zeros = new Float32Array(D), ones = new Float32Array(D).fill(1);
run("person zeros", (_a, b) => describeFit(P, zeros, b));
run("person ones", (_a, b) => describeFit(P, ones, b));
run("target zeros", (a) => describeFit(P, a, zeros));
