import { execFile } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/database";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let service: typeof import("@/lib/corrections/service");

beforeAll(async () => {
  database = await createTestDatabase("parallel_it_corrections");
  process.env.DATABASE_URL = database.url;
  service = await import("@/lib/corrections/service");
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await database.drop();
});

async function count(): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return Number((await client.query("SELECT count(*) AS n FROM correction")).rows[0].n);
  } finally {
    await client.end();
  }
}

const valid = {
  page: "/professions/physicians",
  section: "steps",
  locale: "en",
  message: "The MCCQE Part I fee is out of date: it is now $1,420 according to the MCC page.",
  email: "reader@example.org",
};

describe("corrections", () => {
  it("stores a valid correction with its page, section, language and contact", async () => {
    const result = await service.submitCorrectionInput(valid);
    expect(result.status).toBe("sent");
    const [row] = await service.listCorrections({ page: valid.page });
    expect(row).toMatchObject({ page: valid.page, section: "steps", locale: "en", message: valid.message, contactEmail: "reader@example.org" });
    expect(await count()).toBe(1);
  });

  it("says the same text for the same page was already received, and stores nothing new", async () => {
    const again = await service.submitCorrectionInput({ ...valid, message: `  ${valid.message.toUpperCase()}  `, email: "" });
    expect(again.status).toBe("duplicate");
    expect(await count()).toBe(1);
    // The same text about another page is a different correction.
    expect((await service.submitCorrectionInput({ ...valid, page: "/professions/physicians/on" })).status).toBe("sent");
    expect(await count()).toBe(2);
  });

  it.each([
    [{ ...valid, message: "short" }, { message: "messageTooShort" }],
    [{ ...valid, message: "x".repeat(4001) }, { message: "messageTooLong" }],
    [{ ...valid, message: "\u0000\u0000\u0000 \u0001" }, { message: "messageTooShort" }],
    [{ ...valid, email: "not an email" }, { email: "emailInvalid" }],
    [{ ...valid, page: "https://evil.example/" }, { form: "invalid" }],
    [{ ...valid, section: "<script>" }, { form: "invalid" }],
    [{ ...valid, locale: "de" }, { form: "invalid" }],
    [{ message: valid.message }, { form: "invalid" }],
  ])("refuses bad input and stores nothing (%#)", async (input, errors) => {
    const before = await count();
    const result = await service.submitCorrectionInput(input);
    expect(result).toEqual({ status: "invalid", errors });
    expect(await count()).toBe(before);
  });

  it("strips NUL bytes from a message it stores", async () => {
    const result = await service.submitCorrectionInput({ ...valid, message: "Wrong\u0000 regulator name for Nova Scotia in the table." });
    expect(result.status).toBe("sent");
    const rows = await service.listCorrections();
    expect(rows.some((r) => r.message === "Wrong regulator name for Nova Scotia in the table.")).toBe(true);
  });

  it("lists corrections for editors with npm run corrections (table and --json)", async () => {
    // Asynchronous: the embedded database is served from this process, which must keep answering while the command runs.
    const run = (args: string[]) =>
      new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ["--import", "tsx", "prisma/corrections.ts", ...args],
          { env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8" },
          (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
      });
    const json = await run(["--json"]);
    expect(json.status).toBe(0);
    const listed = JSON.parse(json.stdout) as { page: string; section: string; message: string }[];
    expect(listed).toHaveLength(3);
    expect(listed.map((r) => r.page)).toContain("/professions/physicians/on");
    const table = await run(["--page", "/professions/physicians"]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/\/professions\/physicians\s+steps\s+en/);
    expect(table.stdout).toContain("2 corrections.");
    const bad = await run(["--since", "yesterday"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--since must be a date");
  });
});
