import { loadInput } from "./load";
import { prepare, match, profileSchema } from "../lib/matching";
const P = prepare(loadInput());
const viable: number[] = []; const kinds: Record<string, number> = {}; const paths: Record<string, number> = {};
for (const o of P.occupations) {
  const r = match(P, profileSchema.parse({ origin: o.code }), { explainTop: 20 });
  viable.push(r.results.filter(x => x.viable).length);
  for (const x of r.results) if (x.explained) { kinds[x.kind] = (kinds[x.kind] ?? 0) + 1; paths[x.path] = (paths[x.path] ?? 0) + 1; }
}
viable.sort((a, b) => a - b);
console.log("viable per origin pct", [0, .1, .25, .5, .75, .9, 1].map(q => viable[Math.floor(q * (viable.length - 1))]).join(" "));
console.log(kinds, paths);
const rank = (o: string, t: string) => { const r = match(P, profileSchema.parse({ origin: o }), { explainTop: 0 }); return r.results.findIndex(x => x.code === t) + 1; };
for (const [o, t] of [["32120","22100"],["32120","21101"],["32120","22110"],["32120","94143"],["32120","22111"],["32120","22231"],["32120","12201"],["32120","14200"],["32120","51110"],["32120","21120"],["31102","32122"],["31102","31303"],["31102","41200"],["31102","21110"],["31102","41404"],["31301","31303"],["31301","33102"],["31110","33100"],["31110","14101"]]) console.log(o, "->", t, rank(o!, t!));
const r = match(P, profileSchema.parse({ origin: "31301" }), { explainTop: 5, limit: 5 });
for (const x of r.results) if (x.explained) { console.log("\n", x.code, x.kind, x.path); console.log(x.explanation.en); console.log(x.explanation.fr); console.log(x.transfers.map(t=>t.nameEn+" "+t.personLevel+"/"+t.requiredLevel).join("; ")); console.log("gaps", x.gaps.map(t=>t.nameEn+" "+t.personLevel+"/"+t.requiredLevel).join("; ")); console.log("over", JSON.stringify(x.overqualified.unusedShare), x.overqualified.descriptors.map(d=>d.nameEn).join(", "), JSON.stringify(x.retraining)); }
