import { loadInput } from "./load";
import { prepare, match, profileSchema } from "../lib/matching";
const P = prepare(loadInput());
const profiles = P.occupations.map(o => profileSchema.parse({ origin: o.code }));
for (let i = 0; i < 3; i++) for (const p of profiles) match(P, p);
const times: number[] = [];
for (let r = 0; r < 5; r++) for (const p of profiles) { const t = performance.now(); match(P, p); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
console.log("median", times[times.length >> 1]!.toFixed(3), "p95", times[Math.floor(times.length * 0.95)]!.toFixed(3));
