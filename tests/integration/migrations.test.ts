import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployMigrations } from "../../prisma/migrate";
import { createTestDatabase } from "../support/database";

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase("parallel_it_migrate");
});
afterAll(async () => database?.drop());

describe("migrations", () => {
  it("are recorded the way Prisma records them, with sha256 checksums", async () => {
    const { createHash } = await import("node:crypto");
    const { readdirSync, readFileSync } = await import("node:fs");
    const dirs = readdirSync("prisma/migrations", { withFileTypes: true }).filter((d) => d.isDirectory());
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`,
    );
    await client.end();
    expect(rows.map((r) => r.migration_name)).toEqual(dirs.map((d) => d.name).sort());
    for (const row of rows) {
      const sql = readFileSync(`prisma/migrations/${row.migration_name}/migration.sql`);
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("apply once: a second deploy has nothing to do", async () => {
    expect(await deployMigrations(database.url)).toEqual([]);
  });
});
