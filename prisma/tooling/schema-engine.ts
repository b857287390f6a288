import { readdirSync, readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as wasmGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * Prisma's schema engine, compiled to WebAssembly, driven in-process through
 * the pg driver adapter. It is the same engine the Prisma CLI runs natively;
 * using it here means migrations need no downloaded binary, and the SQL and
 * `_prisma_migrations` bookkeeping stay exactly Prisma's.
 */

export const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
export const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * The engine reads the catalog, whose columns have Postgres-internal types
 * ("char", name, oidvector, regclass...) that the adapter refuses to
 * deserialise. Those fields are relabelled as text: their values are
 * already strings on the wire.
 */
const INTERNAL_TYPE_OIDS = new Set([18, 19, 22, 24, 30, 194, 1033, 1034, 2205, 2206, 3220, 3361, 3402]);
const TEXT_OID = 25;

function relabel(res: pg.QueryResult | pg.QueryResult[] | undefined): void {
  for (const r of Array.isArray(res) ? res : [res]) {
    for (const field of r?.fields ?? []) {
      if (INTERNAL_TYPE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
}

class CatalogFriendlyClient extends pg.Client {
  // pg's query() has many overloads (promise, callback, submittable); both
  // result-returning forms are wrapped.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: Error | null, res: pg.QueryResult) => {
        if (!error) relabel(res);
        (last as (e: Error | null, r: pg.QueryResult) => void)(error, res);
      };
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result && typeof (result as Promise<unknown>).then === "function") {
      return (result as Promise<pg.QueryResult>).then((res) => {
        relabel(res);
        return res;
      }) as never;
    }
    return result as never;
  }
}

/**
 * The pg adapter runs a migration script by splitting it at every ";", which
 * cuts function bodies and DO blocks apart. PostgreSQL runs a multi-statement
 * script in one simple query, so send it whole (errors converted as before).
 */
function wholeScripts<T extends object>(adapter: T, pool: pg.Pool): T {
  const { onError } = adapter as unknown as { onError(error: unknown): never };
  return Object.assign(adapter, {
    async executeScript(script: string) {
      try {
        await pool.query(script);
      } catch (error) {
        onError.call(adapter, error);
      }
    },
  });
}

function adapterFactory(url: string, shadowUrl?: string) {
  const pools: pg.Pool[] = [];
  const poolFor = (connectionString: string) => {
    const pool = new pg.Pool({ connectionString, max: 1, Client: CatalogFriendlyClient as unknown as typeof pg.Client });
    // A dropped shadow database ends its idle connection; that is expected.
    pool.on("error", () => {});
    pools.push(pool);
    return pool;
  };
  const mainPool = poolFor(url);
  const shadowPool = shadowUrl ? poolFor(shadowUrl) : null;
  const factory = new PrismaPg(mainPool);
  const shadow = shadowPool ? new PrismaPg(shadowPool) : null;
  const bound = bindMigrationAwareSqlAdapterFactory({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wholeScripts(await factory.connect(), mainPool),
    connectToShadowDb: async () => {
      if (!shadow || !shadowPool) throw new Error("this command needs a shadow database");
      return wholeScripts(await shadow.connect(), shadowPool);
    },
  });
  return { bound, close: () => Promise.all(pools.map((p) => p.end().catch(() => {}))) };
}

let initialised = false;
async function initWasm(): Promise<void> {
  if (initialised) return;
  const require = createRequire(import.meta.url);
  // The package exports its JavaScript only; the .wasm sits beside it.
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": wasmGlue });
  wasmGlue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  initialised = true;
}

export function schemaFiles() {
  return [{ path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, "utf8") }];
}

/**
 * Runs `work` with the engine started against `url` (and, for drift checks,
 * a shadow database), then frees the engine and closes its connections.
 */
export async function withEngine<T>(url: string, work: (engine: SchemaEngine) => Promise<T>, shadowUrl?: string): Promise<T> {
  await initWasm();
  const files = schemaFiles();
  const adapter = adapterFactory(url, shadowUrl);
  const engine = await wasmGlue.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    () => {},
    adapter.bound,
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await adapter.close();
  }
}

/** The committed migrations, in the shape the engine reads them. */
export function migrationList(): MigrationList {
  const dirs = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((dir) => ({
      path: dir,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Engine errors arrive as objects with a message; make them readable. */
export function engineErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === "object" && "message" in error) return String((error as { message: unknown }).message);
  return JSON.stringify(error);
}
