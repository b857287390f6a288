import { loadInput, exclusions } from "./load";
import { prepare, match } from "../lib/matching";
const P = prepare(loadInput());
const ex = exclusions();
let rr = 0, h10 = 0, h20 = 0, n = 0; let minorH10 = 0, minorN = 0;
for (const o of P.occupations) {
  const { results } = match(P, { origin: o.code, adjustments: {}, constraints: { acceptRegulated: true } }, { explainTop: 0 });
  const rank = new Map(results.map((r, i) => [r.code, i + 1]));
  for (const t of ex.get(o.code) ?? []) { const r = rank.get(t); if (!r) continue; rr += 1 / r; h10 += r <= 10 ? 1 : 0; h20 += r <= 20 ? 1 : 0; n++; }
  for (const t of P.occupations) if (t.code !== o.code && t.code.slice(0, 4) === o.code.slice(0, 4)) { minorN++; if (rank.get(t.code)! <= 10) minorH10++; }
}
console.log("exclusions: pairs", n, "MRR", (rr / n).toFixed(3), "h@10", (h10 / n).toFixed(3), "h@20", (h20 / n).toFixed(3));
console.log("same minor group siblings in top 10:", (minorH10 / minorN).toFixed(3), "of", minorN);
