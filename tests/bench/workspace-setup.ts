/**
 * What the workspace benchmarks (caseload, indicators, reports) share: a
 * temporary database on a PostgreSQL server (TEST_DATABASE_URL, DATABASE_URL
 * or postgres:postgres@127.0.0.1:5432) with the migrations applied, dropped at
 * the end whatever happens; organizations, each with its owner acting in it;
 * client files sealed as the app seals them; bulk inserts as the tables'
 * owner; the timing loop.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { deployMigrations } from "../../prisma/migrate";
import type { OrgContext } from "../../lib/workspace/context";

/** The number of client files in each organization. */
export const CLIENTS = 1000;

export interface Occupation {
  code: string;
  titleEn?: string;
  titleFr?: string;
}

/** A client file to insert; what is left out takes an ordinary value. */
export interface BenchClient {
  id: string;
  name: string;
  origin?: string | null;
  status?: string;
  counsellorId?: string | null;
  languages?: string[];
  provinces?: string[];
  clbEnglish?: number | null;
  consentScopes?: string[];
  firstVisitOn?: string;
  updatedAt?: Date;
}

export interface BenchWorkspace {
  /** The temporary database (also the app's DATABASE_URL from here on). */
  url: string;
  /** A connection as the tables' owner: bulk inserts and baselines, without row-level security or audit. */
  owner: pg.Client;
  /** One per organization asked for, in the same order: its owner acting in it. */
  organizations: { ctx: OrgContext; userId: string }[];
  /** Inserts rows as the tables' owner, 1,000 at a time. */
  insertRows(table: string, columns: string[], rows: unknown[][]): Promise<void>;
  /** Inserts client files into an organization, their names sealed and indexed as the app does. */
  insertClients(organizationId: string, clients: BenchClient[]): Promise<void>;
}

/** A deterministic pseudo-random sequence, so every run inserts the same data. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `runs` timings of `run` in ms, after `warmups` untimed runs. */
export async function sample(run: () => Promise<unknown>, { runs, warmups }: { runs: number; warmups: number }): Promise<number[]> {
  for (let i = 0; i < warmups; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** The PostgreSQL server the benchmarks create their databases on. */
export const adminUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/postgres";

/** The address of database `name` on that server. */
export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** One statement on that server (CREATE or DROP DATABASE). */
export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Runs `bench` against a fresh database holding the organizations named,
 * then drops it. `referenceData` seeds the whole reference data (what the
 * matching engine needs); otherwise only the `occupations` listed are there.
 */
export async function withWorkspace(
  options: { name: string; organizations: string[]; referenceData?: boolean; occupations?: Occupation[] },
  bench: (workspace: BenchWorkspace) => Promise<void>,
): Promise<void> {
  const database = `parallel_bench_${options.name}_${process.pid}`;
  const url = databaseUrl(database);
  await adminQuery(`CREATE DATABASE "${database}"`);
  try {
    await deployMigrations(url);
    if (options.referenceData) {
      const { seed } = await import("../../prisma/seed");
      const started = performance.now();
      await seed(url);
      console.log(`reference data seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    // Read by lib/env.ts when the app's modules load: set before the imports below.
    process.env.DATABASE_URL = url;
    const owner = new pg.Client({ connectionString: url });
    await owner.connect();
    const { db } = await import("../../lib/db");
    try {
      for (const { code, titleEn = code, titleFr = code } of options.occupations ?? []) {
        await owner.query(`INSERT INTO noc_class (code, level, level_name, title_en, definition_en) VALUES ($1, 5, 'Unit group', $2, '.')`, [code, titleEn]);
        await owner.query(`INSERT INTO occupation (code, teer, title_en, title_fr, lead_statement_en) VALUES ($1, 1, $2, $3, '.')`, [code, titleEn, titleFr]);
      }

      const { createOrganization, membershipBySlug } = await import("../../lib/workspace/organizations");
      const { blindIndex, seal } = await import("../../lib/security/crypto");
      const { SEALED } = await import("../../lib/workspace/clients/service");

      const organizations: BenchWorkspace["organizations"] = [];
      for (const name of options.organizations) {
        const email = `${name.replace(/\W/g, "").toLowerCase()}@example.org`;
        const { organization } = await createOrganization({ name, ownerEmail: email });
        const user = await db().user.findUniqueOrThrow({ where: { email } });
        const m = (await membershipBySlug(user.id, organization.slug))!;
        organizations.push({
          ctx: { org: m.org, actor: { kind: "user", userId: user.id, label: email }, role: "owner", membershipId: m.membershipId, request: { requestId: randomUUID(), route: "bench" } },
          userId: user.id,
        });
      }

      async function insertRows(table: string, columns: string[], rows: unknown[][]) {
        for (let start = 0; start < rows.length; start += 1000) {
          const params: unknown[] = [];
          const values = rows.slice(start, start + 1000).map((row) => `(${row.map((v) => `$${params.push(v)}`).join(", ")})`);
          await owner.query(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${values.join(", ")}`, params);
        }
      }

      const today = new Date().toISOString().slice(0, 10);
      async function insertClients(organizationId: string, clients: BenchClient[]) {
        await insertRows(
          "client",
          ["id", "organization_id", "display_name", "name_index", "languages", "origin_code", "provinces", "clb_english", "consent_scopes", "consent_given_at", "status", "counsellor_id", "first_visit_on", "updated_at"],
          clients.map((c) => [
            c.id,
            organizationId,
            seal(c.name, SEALED.displayName),
            blindIndex(c.name),
            c.languages ?? [],
            c.origin ?? null,
            c.provinces ?? [],
            c.clbEnglish ?? null,
            c.consentScopes ?? ["record"],
            new Date(),
            c.status ?? "active",
            c.counsellorId ?? null,
            c.firstVisitOn ?? today,
            c.updatedAt ?? new Date(),
          ]),
        );
      }

      await bench({ url: url, owner, organizations, insertRows, insertClients });
    } finally {
      await owner.end();
      await db().$disconnect();
    }
  } finally {
    await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }
}
