import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed";
import { createTestDatabase } from "../support/database";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let first: Awaited<ReturnType<typeof seed>>;

beforeAll(async () => {
  database = await createTestDatabase("parallel_it_ref");
  process.env.DATABASE_URL = database.url;
  first = await seed(database.url);
});

afterAll(async () => {
  if (!database) return;
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await database.drop();
});

async function count(table: string): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

describe("seed", () => {
  it("loads every unit group, profile and rating", async () => {
    expect(first.loaded).toBe(true);
    expect(await count("occupation")).toBe(516);
    expect(await count("oasis_profile")).toBe(900);
    expect(await count("noc_class")).toBe(822);
    expect(await count("outlook")).toBe(516);
    expect(first.counts.ratings).toBeGreaterThan(200_000);
    expect(await count("rating")).toBe(first.counts.ratings);
  });

  it("changes nothing on a second run", async () => {
    const before = await count("occupation_title");
    const again = await seed(database.url);
    expect(again.loaded).toBe(false);
    expect(again.dataVersion).toBe(first.dataVersion);
    expect(await count("occupation_title")).toBe(before);
    expect(await count("data_import")).toBe(1);
  });

  it("leaves the database as it was when the data is broken", async () => {
    const { mkdtempSync, cpSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const dir = mkdtempSync(path.join(tmpdir(), "parallel-data-"));
    cpSync(path.join(process.cwd(), "prisma", "data"), dir, { recursive: true });
    writeFileSync(path.join(dir, "wages", "merged_wages_2016_2024_mapped_to_NOC2021.csv"), "ER_Code,NOC_2016,NOC_2021\nER00,12,abc\n");
    await expect(seed(database.url, { dataDir: dir, force: true })).rejects.toThrow(/merged_wages_2016_2024_mapped_to_NOC2021\.csv, row 2/);
    expect(await count("occupation")).toBe(516);
    expect(await count("data_import")).toBe(1);
  });
});

describe("occupation search", () => {
  const top = async (q: string, locale: "en" | "fr" = "en", n = 5) => {
    const { searchOccupations } = await import("@/lib/occupations/search");
    return (await searchOccupations(q, locale, n)).map((h) => h.code);
  };

  it.each([
    ["ingenieur civil", "fr", "21300"],
    ["médecin de famille", "fr", "31102"],
    ["lab technologist", "en", "32120"],
    ["registerd nurse", "en", "31301"],
    ["nurse", "en", "31301"],
    ["infirmière", "fr", "31301"],
    ["nurse registered", "en", "31301"],
    ["REGISTERED NURSE", "en", "31301"],
  ] as const)("finds %s", async (q, locale, code) => {
    expect((await top(q, locale, 3))[0]).toBe(code);
  });

  it("titles results in the page's language", async () => {
    const { searchOccupations } = await import("@/lib/occupations/search");
    const [hit] = await searchOccupations("civil engineer", "fr", 1);
    expect(hit).toMatchObject({ code: "21300", teer: 1 });
    expect(hit!.title).toMatch(/ingénieurs civils/i);
  });

  it("returns nothing for gibberish", async () => {
    expect(await top("qxzvwk")).toEqual([]);
  });
});

describe("occupation detail", () => {
  it("brings together profile, outlook and wages", async () => {
    const { getOccupation } = await import("@/lib/occupations/detail");
    const rn = await getOccupation("31301", "en");
    expect(rn?.title).toBe("Registered nurses and registered psychiatric nurses");
    expect(rn?.competencies.skills.length).toBeGreaterThan(0);
    expect(rn?.competencies.skills[0]!.level).toBeLessThanOrEqual(rn!.competencies.skills[0]!.scaleMax);
    expect(rn?.outlook?.employment2023).toBeGreaterThan(100_000);
    expect(rn?.wages?.provinces.map((p) => p.province)).toContain("AB");
    expect(rn?.mainDuties.length).toBeGreaterThan(0);
    expect(await getOccupation("99999", "en")).toBeNull();
  });
});

describe("match command line", () => {
  const run = async (args: string[]) => {
    const { execFile } = await import("node:child_process");
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ["--conditions=react-server", "lib/cli/launch.mjs", "match", ...args],
        { env: { ...process.env, DATABASE_URL: database.url }, maxBuffer: 1 << 26 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  };

  it("prints a ranked JSON array for one origin, the same as the library", async () => {
    const { code, stdout } = await run(["--from", "31301", "--limit", "20", "--json"]);
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as { code: string; title: string; score: number; source: string }[];
    // The top 20, with the registered nurses guide's curated options that rank lower added after them.
    expect(results.filter((r) => r.source !== "curated")).toHaveLength(20);
    expect(results.map((r) => r.code)).toContain("32101");
    expect(results.every((r) => r.score >= 0 && r.score <= 1 && r.title.length > 0)).toBe(true);
    const { alternativesFor } = await import("@/lib/alternatives/service");
    const library = await alternativesFor("31301", { limit: 20 });
    expect(results.map((r) => r.code)).toEqual(library!.results.map((r) => r.code));
  });

  it("maps several origins, or all of them, to their arrays", async () => {
    const few = JSON.parse((await run(["--from", "31301,21300.00", "--limit", "3", "--json"])).stdout);
    expect(Object.keys(few)).toEqual(["31301", "21300.00"]);
    const all = JSON.parse((await run(["--from", "all", "--limit", "5", "--json"])).stdout);
    expect(Object.keys(all)).toHaveLength(516);
  });

  it("explains what is wrong with its arguments", async () => {
    const bad = await run(["--from", "12"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--from takes a code");
    const unknown = await run(["--from", "99999"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown origin code(s): 99999");
  });
});
