import { loadInput } from "./load";
import { prepare, match, profileSchema } from "../lib/matching";
const inp = loadInput();
let t = performance.now();
const P = prepare(inp);
console.log("prepare ms", (performance.now()-t).toFixed(0), "threshold", P.threshold, "cuts", P.cuts);
const show = (origin: string, n = 15, extra: object = {}) => {
  const r = match(P, profileSchema.parse({ origin, ...extra }), { explainTop: n, limit: n });
  console.log(`\n== ${origin} ${r.ownProfession.titleEn} readiness ${r.ownProfession.readiness} total ${r.total}`);
  for (const x of r.results) if (x.explained) console.log(x.code, x.score, x.fit, x.coverage, x.kind, x.path, x.viable ? "V" : "-", x.teerStep, x.titleEn.slice(0, 60), JSON.stringify(x.facets));
};
for (const o of ["31301", "21300", "21301", "21310", "41220", "41221", "32120", "31102", "31110"]) show(o);
