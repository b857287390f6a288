/**
 * Ranking quality against the alternatives named by experts in the research
 * (tests/fixtures/expert-alternatives.json): `npx tsx tests/bench/match-quality.ts`.
 * Prints hit rate at 10 and 20 and mean reciprocal rank per profession and
 * overall. Figures, not pass/fail.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { match, prepare } from "../../lib/matching";
import { readReferenceDataset } from "../../lib/reference-data/dataset";
import { toEngineInput } from "../../lib/reference-data/engine-input";
import { recallAtTop, references, TOP } from "./references";

interface Fixture {
  professions: {
    profession: string;
    origin: string;
    alternatives: { named: string; codes: string[] }[];
  }[];
}

const fixture = JSON.parse(
  readFileSync(path.join(process.cwd(), "tests", "fixtures", "expert-alternatives.json"), "utf8"),
) as Fixture;
const prepared = prepare(toEngineInput(readReferenceDataset()));

const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(5);
const all: number[] = [];
const perProfession: { hit10: number; hit20: number; mrr: number }[] = [];

console.log(`engine ${prepared.engineVersion}, data ${prepared.dataVersion}\n`);

// The references the weights were chosen on (inside the data).
const inData = recallAtTop(references(prepared), (a) => {
  const { results } = match(prepared, { origin: prepared.occupations[a]!.code, adjustments: {}, constraints: { acceptRegulated: true } }, { limit: TOP, explainTop: 0, curated: false });
  return new Set(results.map((r) => prepared.occupationIndex.get(r.code)!));
});
console.log(`in-data references, recall@${TOP}: NOC minor-group siblings ${(100 * inData.siblings).toFixed(1)}%, OaSIS exclusions ${(100 * inData.exclusions).toFixed(1)}%\n`);
console.log("the research's expert list (a check, never a target):");
console.log(`${"profession".padEnd(66)} alts  hit@10 hit@20   MRR`);
for (const p of fixture.professions) {
  const { results } = match(prepared, { origin: p.origin, adjustments: {}, constraints: { acceptRegulated: true } }, { explainTop: 0, curated: false });
  const rankOf = new Map(results.map((r, i) => [r.code, i + 1]));
  const ranks = p.alternatives.map((a) => Math.min(...a.codes.map((c) => rankOf.get(c) ?? Infinity)));
  all.push(...ranks);
  const hit10 = ranks.filter((r) => r <= 10).length / ranks.length;
  const hit20 = ranks.filter((r) => r <= 20).length / ranks.length;
  const mrr = ranks.reduce((s, r) => s + 1 / r, 0) / ranks.length;
  perProfession.push({ hit10, hit20, mrr });
  console.log(`${`${p.profession} (${p.origin})`.padEnd(66)} ${String(ranks.length).padStart(4)}  ${pct(hit10)}  ${pct(hit20)}  ${mrr.toFixed(3)}`);
  console.log(`    ranks: ${p.alternatives.map((a, i) => `${a.named} ${ranks[i]}`).join("; ")}`);
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
console.log(
  `\noverall, all ${all.length} alternatives: hit@10 ${pct(all.filter((r) => r <= 10).length / all.length)}, ` +
    `hit@20 ${pct(all.filter((r) => r <= 20).length / all.length)}, MRR ${mean(all.map((r) => 1 / r)).toFixed(3)}`,
);
console.log(
  `overall, mean of ${perProfession.length} professions: hit@10 ${pct(mean(perProfession.map((p) => p.hit10)))}, ` +
    `hit@20 ${pct(mean(perProfession.map((p) => p.hit20)))}, MRR ${mean(perProfession.map((p) => p.mrr)).toFixed(3)}`,
);
