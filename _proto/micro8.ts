import { loadInput } from "./load";
import { prepare } from "../lib/matching";
const P = prepare(loadInput());
const D = P.descriptors.length;
const round2 = (x: number) => Math.round(x * 100) / 100;
const row = P.matrix.subarray(0, D);
function mk(j: number) { const desc = P.descriptors[j]!; return { code: desc.code, facet: desc.facet, nameEn: desc.nameEn, nameFr: desc.nameFr, scaleMax: desc.scaleMax, personLevel: round2(row[j]! * desc.scaleMax), requiredLevel: round2(row[j]! * desc.scaleMax) }; }
let t = performance.now(); let s = 0;
for (let r = 0; r < 200000; r++) { const o = mk(r % D); s += o.personLevel; }
console.log("ns per object", ((performance.now() - t) * 1e6 / 200000).toFixed(1));
t = performance.now();
for (let r = 0; r < 200000; r++) { const o = { ...mk(r % D), size: 1, importance: 2 }; s += o.size; }
console.log("ns per spread object", ((performance.now() - t) * 1e6 / 200000).toFixed(1));
console.log(Object.getOwnPropertyNames(P.descriptors[0]!));
