/**
 * One target of the search benchmark (run by tests/bench/search.ts with
 * DATABASE_URL set): migrate, seed (timed), then time real queries.
 * Prints one JSON line.
 */
import { deployMigrations } from "../../prisma/migrate";
import { seed } from "../../prisma/seed";
import { readReferenceDataset } from "../../lib/reference-data/dataset";
import { normalizeForSearch } from "../../lib/occupations/normalize";
import { summarize } from "./stats";

const url = process.env.DATABASE_URL!;
await deployMigrations(url);
const t0 = performance.now();
const seeded = await seed(url, { force: true });
const seedMs = performance.now() - t0;

const { searchOccupations } = await import("../../lib/occupations/search");
const { db } = await import("../../lib/db");

// Real queries: example titles in both languages, picked evenly across
// occupations, typed the way people do (no accents, lower case, sometimes a
// dropped letter, sometimes only the first words).
const dataset = readReferenceDataset();
const queries: { q: string; code: string }[] = [];
dataset.unitGroups.forEach((u, i) => {
  if (i % 2 !== 0) return;
  const en = u.examplesEn[i % Math.max(1, u.examplesEn.length)] ?? u.titleEn;
  const fr = u.examplesFr[i % Math.max(1, u.examplesFr.length)] ?? u.titleFr;
  const typo = (s: string) => (s.length > 6 ? s.slice(0, 3) + s.slice(4) : s);
  queries.push({ q: i % 4 === 0 ? typo(normalizeForSearch(en)) : en.split(/\s+/).slice(0, 3).join(" "), code: u.code });
  queries.push({ q: i % 3 === 0 ? normalizeForSearch(fr) : fr, code: u.code });
});

for (const { q } of queries.slice(0, 20)) await searchOccupations(q, "en", 10); // warm-up
const times: number[] = [];
let top5 = 0;
for (const { q, code } of queries) {
  const start = performance.now();
  const hits = await searchOccupations(q, "en", 10);
  times.push(performance.now() - start);
  if (hits.slice(0, 5).some((h) => h.code === code)) top5 += 1;
}
await db().$disconnect();
console.log(JSON.stringify({ seedMs, rows: seeded.counts, queries: queries.length, search: summarize(times), top5: top5 / queries.length }));
