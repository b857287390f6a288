import pg from "pg";
import { env } from "../lib/env";
import { normalizeForSearch } from "../lib/occupations/normalize";
import { type ReferenceDataset, readReferenceDataset } from "../lib/reference-data/dataset";
import { ImportError } from "../lib/reference-data/parse";
import { TEER_OF } from "../lib/reference-data/engine-input";

/**
 * Loads the vendored reference data into PostgreSQL, in one transaction.
 * Idempotent: when the data version (a hash of the files) is already loaded,
 * nothing is written. `--force` reloads.
 */

type Column = { name: string; type: string; values: unknown[] };

/** One INSERT per table: arrays are sent once and unnested on the server. */
async function insertColumns(client: pg.ClientBase, table: string, columns: Column[]): Promise<number> {
  const rows = columns[0]?.values.length ?? 0;
  if (rows === 0) return 0;
  const chunk = 20_000;
  for (let start = 0; start < rows; start += chunk) {
    const names = columns.map((c) => `"${c.name}"`).join(", ");
    const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
    await client.query(
      `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${unnest})`,
      columns.map((c) => c.values.slice(start, start + chunk)),
    );
  }
  return rows;
}

const col = <T>(name: string, type: string, rows: T[], pick: (row: T) => unknown): Column => ({
  name,
  type,
  values: rows.map(pick),
});

export interface SeedResult {
  dataVersion: string;
  loaded: boolean;
  counts: Record<string, number>;
}

const TABLES = [
  "wage",
  "outlook",
  "profile_text",
  "profile_interest",
  "rating",
  "descriptor",
  "oasis_profile",
  "occupation_title",
  "occupation",
  "noc_class",
  "data_import",
];

async function load(client: pg.ClientBase, d: ReferenceDataset): Promise<Record<string, number>> {
  await client.query(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
  const frenchTitles = new Map(d.unitGroups.map((u) => [u.code, u.titleFr]));
  const counts: Record<string, number> = {};
  counts.nocClasses = await insertColumns(client, "noc_class", [
    col("code", "text", d.nocClasses, (c) => c.code),
    col("level", "int", d.nocClasses, (c) => c.level),
    col("level_name", "text", d.nocClasses, (c) => c.levelName),
    col("title_en", "text", d.nocClasses, (c) => c.titleEn),
    col("title_fr", "text", d.nocClasses, (c) => frenchTitles.get(c.code) ?? null),
    col("definition_en", "text", d.nocClasses, (c) => c.definitionEn),
    col("parent_code", "text", d.nocClasses, (c) => c.parentCode),
  ]);
  const leads = new Map(d.profiles.filter((p) => p.code.endsWith(".00")).map((p) => [p.unitGroup, p.leadStatementEn]));
  counts.occupations = await insertColumns(client, "occupation", [
    col("code", "text", d.unitGroups, (u) => u.code),
    col("teer", "int", d.unitGroups, (u) => TEER_OF(u.code)),
    col("title_en", "text", d.unitGroups, (u) => u.titleEn),
    col("title_fr", "text", d.unitGroups, (u) => u.titleFr),
    col("lead_statement_en", "text", d.unitGroups, (u) => leads.get(u.code) ?? d.profiles.find((p) => p.unitGroup === u.code)?.leadStatementEn ?? ""),
  ]);

  // Titles: unit-group titles and example titles in both languages, plus
  // OaSIS example titles (English), without duplicates per occupation.
  const titles = new Map<string, { code: string; locale: string; kind: string; title: string }>();
  const addTitle = (code: string, locale: string, kind: string, title: string) => {
    const key = `${code}|${locale}|${title}`;
    if (!titles.has(key)) titles.set(key, { code, locale, kind, title });
  };
  for (const u of d.unitGroups) {
    addTitle(u.code, "en", "unit-group", u.titleEn);
    addTitle(u.code, "fr", "unit-group", u.titleFr);
    for (const t of u.examplesEn) addTitle(u.code, "en", "example", t);
    for (const t of u.examplesFr) addTitle(u.code, "fr", "example", t);
  }
  for (const t of d.exampleTitles) addTitle(t.profileCode.slice(0, 5), "en", "example", t.title);
  const titleRows = [...titles.values()];
  counts.titles = await insertColumns(client, "occupation_title", [
    col("occupation_code", "text", titleRows, (t) => t.code),
    col("locale", "text", titleRows, (t) => t.locale),
    col("kind", "text", titleRows, (t) => t.kind),
    col("title", "text", titleRows, (t) => t.title),
    col("normalized", "text", titleRows, (t) => normalizeForSearch(t.title)),
  ]);
  await client.query(`UPDATE "occupation_title" SET "search" = to_tsvector('simple', "normalized")`);

  counts.profiles = await insertColumns(client, "oasis_profile", [
    col("code", "text", d.profiles, (p) => p.code),
    col("occupation_code", "text", d.profiles, (p) => p.unitGroup),
    col("label_en", "text", d.profiles, (p) => p.labelEn),
    col("lead_statement_en", "text", d.profiles, (p) => p.leadStatementEn),
  ]);
  // Parents before children: the guide lists them in that order.
  counts.descriptors = await insertColumns(client, "descriptor", [
    col("code", "text", d.descriptors, (x) => x.code),
    col("category", "text", d.descriptors, (x) => x.category),
    col("structure_type", "text", d.descriptors, (x) => x.structureType),
    col("name_en", "text", d.descriptors, (x) => x.nameEn),
    col("name_fr", "text", d.descriptors, (x) => x.nameFr),
    col("description_en", "text", d.descriptors, (x) => x.descriptionEn),
    col("description_fr", "text", d.descriptors, (x) => x.descriptionFr),
    col("parent_code", "text", d.descriptors, (x) => x.parentCode),
    col("scale_min", "int", d.descriptors, (x) => x.scaleMin),
    col("scale_max", "int", d.descriptors, (x) => x.scaleMax),
    col("position", "int", d.descriptors.map((x, i) => ({ x, i })), ({ i }) => i),
  ]);
  counts.ratings = await insertColumns(client, "rating", [
    col("profile_code", "text", d.ratings, (r) => r.profileCode),
    col("descriptor_code", "text", d.ratings, (r) => r.descriptorCode),
    col("value", "float8", d.ratings, (r) => r.value),
  ]);
  counts.interests = await insertColumns(client, "profile_interest", [
    col("profile_code", "text", d.interests, (r) => r.profileCode),
    col("rank", "int", d.interests, (r) => r.rank),
    col("descriptor_code", "text", d.interests, (r) => r.descriptorCode),
  ]);
  counts.profileTexts = await insertColumns(client, "profile_text", [
    col("profile_code", "text", d.texts, (r) => r.profileCode),
    col("kind", "text", d.texts, (r) => r.kind),
    col("position", "int", d.texts, (r) => r.position),
    col("text", "text", d.texts, (r) => r.text),
  ]);
  const o = d.outlooks;
  counts.outlooks = await insertColumns(client, "outlook", [
    col("occupation_code", "text", o, (r) => r.code),
    col("employment_2023", "int", o, (r) => r.employment2023),
    col("employment_growth", "int", o, (r) => r.employmentGrowth),
    col("retirements", "int", o, (r) => r.retirements),
    col("other_replacement", "int", o, (r) => r.otherReplacement),
    col("job_openings", "int", o, (r) => r.jobOpenings),
    col("school_leavers", "int", o, (r) => r.schoolLeavers),
    col("immigration", "int", o, (r) => r.immigration),
    col("other_seekers", "int", o, (r) => r.otherSeekers),
    col("job_seekers", "int", o, (r) => r.jobSeekers),
    col("recent_condition", "text", o, (r) => r.recentCondition),
    col("future_condition", "text", o, (r) => r.futureCondition),
  ]);
  const w = d.wages;
  counts.wages = await insertColumns(client, "wage", [
    col("occupation_code", "text", w, (r) => r.occupationCode),
    col("noc_2016", "text", w, (r) => r.noc2016),
    col("region_code", "text", w, (r) => r.regionCode),
    col("region_name", "text", w, (r) => r.regionName),
    col("province", "text", w, (r) => r.province),
    col("year", "int", w, (r) => r.year),
    col("low", "float8", w, (r) => r.low),
    col("median", "float8", w, (r) => r.median),
    col("high", "float8", w, (r) => r.high),
  ]);
  await client.query(`INSERT INTO "data_import" ("data_version", "counts") VALUES ($1, $2)`, [d.dataVersion, JSON.stringify(counts)]);
  return counts;
}

/** Seeds the database at `url` unless this data version is already there. */
export async function seed(url: string, options: { force?: boolean; dataDir?: string } = {}): Promise<SeedResult> {
  const dataset = readReferenceDataset(options.dataDir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await client.query<{ counts: Record<string, number> }>(
      `SELECT "counts" FROM "data_import" WHERE "data_version" = $1`,
      [dataset.dataVersion],
    );
    if (existing.rows[0] && !options.force) {
      return { dataVersion: dataset.dataVersion, loaded: false, counts: existing.rows[0].counts };
    }
    await client.query("BEGIN");
    try {
      const counts = await load(client, dataset);
      await client.query("COMMIT");
      // Fresh statistics, so the first searches already use the trigram index.
      await client.query("ANALYZE");
      return { dataVersion: dataset.dataVersion, loaded: true, counts };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  } finally {
    await client.end();
  }
}

export function describeSeed(result: SeedResult, ms: number): string {
  const counts = Object.entries(result.counts)
    .map(([k, v]) => `${k} ${v.toLocaleString("en-CA")}`)
    .join(", ");
  return result.loaded
    ? `Loaded reference data ${result.dataVersion} in ${(ms / 1000).toFixed(1)} s: ${counts}.`
    : `Reference data ${result.dataVersion} is already loaded; nothing changed (${counts}). Use --force to reload.`;
}

// Run as a script only (not when bundled into a command-line tool, whose bundle is argv[1] too).
if (/[\\/]prisma[\\/]seed\.ts$/.test(process.argv[1] ?? "")) {
  const url = env().DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. `npm start` seeds the embedded database by itself; set DATABASE_URL to seed a server.");
    process.exit(2);
  }
  const started = performance.now();
  seed(url, { force: process.argv.includes("--force") })
    .then((result) => console.log(describeSeed(result, performance.now() - started)))
    .catch((error) => {
      console.error(error instanceof ImportError ? `Import stopped: ${error.message}` : `Seed failed: ${(error as Error).message}`);
      process.exit(1);
    });
}
