import { loadInput } from "./load";
import { prepare, match } from "../lib/matching";
const P = prepare(loadInput());
const N = P.occupations.length;
const t = performance.now();
for (let r = 0; r < 10; r++) for (let i = 0; i < N; i++) match(P, { origin: P.occupations[i]!.code, adjustments: {}, constraints: { acceptRegulated: true } });
console.log(((performance.now() - t) / (10 * N)).toFixed(4));
