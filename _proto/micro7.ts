import { loadInput } from "./load";
import { prepare } from "../lib/matching";
import { describeFit } from "./detail_copy";
const P = prepare(loadInput());
const N = P.occupations.length, D = P.descriptors.length;
const rows = P.occupations.map((_, i) => P.matrix.subarray(i*D,(i+1)*D));
const zeros = new Float32Array(D);
function run(name: string, fn: (a: Float32Array, b: Float32Array) => unknown) {
  for (let i = 0; i < N; i++) for (let k = 0; k < 20; k++) fn(rows[i]!, rows[k]!);
  const t = performance.now(); let c = 0;
  for (let r = 0; r < 5; r++) for (let i = 0; i < N; i++) for (let k = 0; k < 20; k++) { fn(rows[i]!, rows[(k*37+i)%N]!); c++; }
  console.log(name, ((performance.now() - t) * 1000 / c).toFixed(2), "us");
}
run("copy target zeros", (a) => describeFit(P, a, zeros));
run("copy", (a, b) => describeFit(P, a, b));
(globalThis as {SKIP?: boolean}).SKIP = true;
run("skip objs target zeros", (a) => describeFit(P, a, zeros));
run("skip objs", (a, b) => describeFit(P, a, b));
