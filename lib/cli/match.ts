/**
 * npm run -s match -- --from 31301 [--limit 20] [--locale en|fr] [--json]
 *   --from  a NOC 2021 unit group or OaSIS profile code, several separated by
 *           commas, or `all`.
 * With one origin, prints a JSON array of results (code, title, score, and
 * the explanation for the top ones); with several, an object mapping each
 * origin to its array. Without --json, a readable table.
 * Uses DATABASE_URL, or the embedded database when it is unset (the running
 * app's, or one started here). The engine input read from the database is
 * kept in .data/ under its data version with the engine's calibration and
 * text index, so later runs skip the database and the costly preparation.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { z } from "zod";
import { env, useDatabase } from "@/lib/env";
import { professionKnowledge } from "@/lib/professions/knowledge";
import { ENGINE_VERSION, match, prepare, savedPreparation, type MatchTarget, type ReferenceInput, type SavedPreparation } from "@/lib/matching";
import { dataVersionOf } from "@/lib/reference-data/dataset";

const args = z.object({
  from: z.string().regex(/^(all|\d{5}(\.\d{2})?(,\d{5}(\.\d{2})?)*)$/, "--from takes a code (31301 or 31301.01), codes separated by commas, or all"),
  limit: z.coerce.number().int().min(1).max(516).default(20),
  locale: z.enum(["en", "fr"]).default("en"),
  json: z.boolean().default(false),
});

function parseArgs(argv: string[]) {
  const raw: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]!.replace(/^--/, "");
    if (key === "json") raw.json = true;
    else raw[key] = argv[++i] ?? "";
  }
  return args.safeParse(raw);
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 500 });
  try {
    await client.connect();
    await client.query("SELECT 1 FROM data_import LIMIT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A database to read from, and how to let go of it. */
async function openDatabase(): Promise<() => Promise<void>> {
  const config = env();
  if (config.DATABASE_URL) return async () => {};
  const { embeddedUrl } = await import("../../prisma/embedded");
  const running = embeddedUrl(config.EMBEDDED_DB_DIR, config.EMBEDDED_DB_PORT);
  if (await reachable(running)) {
    useDatabase(running, 1);
    return async () => {};
  }
  const { startEmbeddedDatabase } = await import("../../prisma/embedded");
  const { deployMigrations } = await import("../../prisma/migrate");
  const { seed } = await import("../../prisma/seed");
  const embedded = await startEmbeddedDatabase({ dir: config.EMBEDDED_DB_DIR, port: config.EMBEDDED_DB_PORT });
  await deployMigrations(embedded.url);
  await seed(embedded.url);
  useDatabase(embedded.url, 1);
  return () => embedded.stop();
}

/** The data version the database holds, as cheaply as it can be known. */
async function databaseVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(`SELECT data_version AS v FROM data_import ORDER BY id DESC LIMIT 1`);
    if (!rows[0]) throw new Error("the database has no reference data: run `npm run db:seed`");
    return rows[0].v;
  } finally {
    await client.end();
  }
}

/** Bump when the cached layout changes. */
const CACHE_LAYOUT = "3";

/** What is kept in .data/: the input without the texts the saved text index replaces. */
interface Cached {
  input: ReferenceInput;
  saved: SavedPreparation;
}

const TEXT_ARRAYS = { rowStart: Uint32Array, rowTerm: Uint32Array, rowWeight: Float32Array, postStart: Uint32Array, postOccupation: Uint32Array, postWeight: Float32Array };

type SavedText = SavedPreparation["text"];

/** Typed arrays are kept as base64 of their bytes: far smaller and faster than JSON numbers. */
function revive(json: string): Cached {
  const raw = JSON.parse(json) as {
    input: ReferenceInput;
    saved: { calibration: SavedPreparation["calibration"]; text: Record<string, Record<string, string>>; arrays: Record<string, string> };
  };
  const floats = (key: string) => {
    const bytes = Buffer.from(raw.saved.arrays[key] ?? "", "base64");
    return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  };
  const text = Object.fromEntries(
    Object.entries(raw.saved.text).map(([field, arrays]) => [
      field,
      Object.fromEntries(
        Object.entries(TEXT_ARRAYS).map(([key, Type]) => {
          const bytes = Buffer.from(arrays[key] ?? "", "base64");
          return [key, new Type(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))];
        }),
      ),
    ]),
  ) as unknown as SavedText;
  return {
    input: raw.input,
    saved: {
      calibration: raw.saved.calibration,
      text,
      symmetric: floats("symmetric"),
      pairFacets: floats("pairFacets"),
      coverageMean: floats("coverageMean"),
      coverageSd: floats("coverageSd"),
    },
  };
}

function serialise(cached: Cached): string {
  const text = Object.fromEntries(
    Object.entries(cached.saved.text).map(([field, index]) => [
      field,
      Object.fromEntries(
        Object.entries(index).map(([k, v]) => {
          const array = v as Uint32Array | Float32Array;
          return [k, Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64")];
        }),
      ),
    ]),
  );
  // The texts are replaced by the saved indexes; the guides are read afresh on every run.
  const input = {
    ...cached.input,
    professions: [],
    occupations: cached.input.occupations.map((o) => ({ ...o, titlesEn: [], titlesFr: [], duties: [], definition: "" })),
  };
  const base64 = (array: Float32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");
  const { symmetric, pairFacets, coverageMean, coverageSd } = cached.saved;
  const arrays = { symmetric: base64(symmetric), pairFacets: base64(pairFacets), coverageMean: base64(coverageMean), coverageSd: base64(coverageSd) };
  return JSON.stringify({ input, saved: { calibration: cached.saved.calibration, text, arrays } });
}

async function engineData(): Promise<Cached> {
  const config = env();
  // The embedded database is always seeded from the vendored files, so their hash is its version.
  const version = config.DATABASE_URL ? await databaseVersion(config.DATABASE_URL) : dataVersionOf();
  const cacheDir = path.join(process.cwd(), ".data", "engine-input");
  // The name changes with the data, the engine and the layout of this file.
  const cacheFile = path.join(cacheDir, `${version}-engine-${ENGINE_VERSION}-${CACHE_LAYOUT}.json`);
  if (existsSync(cacheFile)) return revive(readFileSync(cacheFile, "utf8"));
  const close = await openDatabase();
  try {
    const { engineInputFromDatabase, currentDataVersion } = await import("@/lib/alternatives/reference");
    const { db } = await import("@/lib/db");
    const input = await engineInputFromDatabase(await currentDataVersion());
    await db().$disconnect();
    const cached: Cached = { input, saved: savedPreparation(prepare(input)) };
    mkdirSync(cacheDir, { recursive: true });
    if (input.dataVersion === version) writeFileSync(cacheFile, serialise(cached));
    return cached;
  } finally {
    await close();
  }
}

const brief = (t: MatchTarget) => ({
  code: t.code,
  title: t.title,
  score: t.score,
  source: t.source,
  ...(t.explained ? { kind: t.kind, path: t.path, viable: t.viable, explanation: t.explanation } : { viable: t.viable }),
});

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
    return 2;
  }
  const options = parsed.data;
  const { input, saved } = await engineData();
  const prepared = prepare({ ...input, professions: professionKnowledge() }, saved);
  {
    const origins = options.from === "all" ? prepared.occupations.map((o) => o.code) : options.from.split(",");
    const unknown = origins.filter((o) => !prepared.occupationIndex.has(o) && !prepared.profileIndex.has(o));
    if (unknown.length) {
      console.error(`Unknown origin code(s): ${unknown.join(", ")}`);
      return 2;
    }
    const ranked = origins.map((origin) => {
      const result = match(prepared, { origin, adjustments: {}, constraints: { acceptRegulated: true } }, {
        limit: options.limit,
        locale: options.locale,
        explainTop: options.json && origins.length > 1 ? 0 : Math.min(options.limit, 20),
      });
      return [origin, result.results.map(brief)] as const;
    });
    if (options.json) {
      process.stdout.write(JSON.stringify(origins.length === 1 ? ranked[0]![1] : Object.fromEntries(ranked)) + "\n");
    } else {
      for (const [origin, results] of ranked) {
        console.log(`\n${origin}`);
        results.forEach((r, i) => console.log(`${String(i + 1).padStart(3)}. ${r.code}  ${r.score.toFixed(3)}  ${r.title}`));
      }
    }
    return 0;
  }
}

// exitCode, not exit(): a large JSON answer must be flushed to a pipe first.
main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    console.error(`match failed: ${(error as Error).message}`);
    process.exitCode = 1;
  });
