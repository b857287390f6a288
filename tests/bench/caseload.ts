/**
 * The caseload with 1,000 clients: how long the workspace's client list takes
 * (search, filters, sorts, a far page), each through the real service (a
 * transaction under row-level security, the audit event written), against a
 * baseline measured in the same run: the bare SQL of the default page as the
 * tables' owner, without security or audit.
 *   npx tsx --conditions=react-server tests/bench/caseload.ts
 * Needs a PostgreSQL server (TEST_DATABASE_URL, DATABASE_URL or
 * postgres:postgres@127.0.0.1:5432); a temporary database is created and
 * dropped (tests/bench/workspace-setup.ts).
 */
import { randomUUID } from "node:crypto";
import { fmt, summarize } from "./stats";
import { CLIENTS, sample, withWorkspace } from "./workspace-setup";

const RUNS = 40;

await withWorkspace(
  {
    name: "caseload",
    // The other organization's rows are there for row-level security to filter out.
    organizations: ["Bench Alpha", "Bench Beta"],
    occupations: [
      { code: "31301", titleEn: "Registered nurses", titleFr: "Infirmiers" },
      { code: "31102", titleEn: "General practitioners", titleFr: "Omnipraticiens" },
      { code: "21300", titleEn: "Civil engineers", titleFr: "Ingénieurs civils" },
    ],
  },
  async ({ owner, organizations, insertClients }) => {
    const { listClients } = await import("../../lib/workspace/clients/service");

    const names = ["Amina", "Bao", "Carlos", "Dmitri", "Esther", "Farah", "Gustavo", "Hana", "Ivan", "Jia", "Kofi", "Leila", "Mateo", "Nadia", "Omar", "Priya"];
    const statuses = ["intake", "active", "active", "on-hold", "discharged"];
    const origins = ["31301", "31102", "21300", null];
    for (const { ctx } of organizations) {
      await insertClients(
        ctx.org.id,
        Array.from({ length: CLIENTS }, (_, i) => ({
          id: randomUUID(),
          name: `${names[i % names.length]} ${String.fromCharCode(65 + (i % 26))}. ${i}`,
          origin: origins[i % origins.length],
          status: statuses[i % statuses.length],
          counsellorId: i % 3 === 0 ? ctx.membershipId : null,
          updatedAt: new Date(Date.now() - i * 3_600_000),
        })),
      );
    }
    await owner.query("ANALYZE");

    const ctx = organizations[0]!.ctx;
    const base = { sort: "updated" as const, page: 1, pageSize: 25 };
    const cases: [string, Parameters<typeof listClients>[1]][] = [
      ["default page (updated, 25)", base],
      ["search by name (\"nadia\")", { ...base, q: "nadia" }],
      ["status = active", { ...base, status: "active" }],
      ["my clients", { ...base, counsellor: "me" }],
      ["profession 31301, sorted by name", { ...base, origin: "31301", sort: "name" }],
      ["page 10 of 100 a page", { ...base, page: 10, pageSize: 100 }],
    ];
    const time = (run: () => Promise<unknown>) => sample(run, { runs: RUNS, warmups: 5 });

    const baseline = summarize(await time(() => owner.query(`SELECT * FROM client WHERE organization_id = $1 ORDER BY updated_at DESC, id LIMIT 25`, [ctx.org.id])));
    console.log(`Caseload of ${CLIENTS} clients (and ${CLIENTS} in another organization), ${RUNS} runs each, times in ms`);
    console.log(`${"case".padEnd(46)} ${"median".padStart(8)} ${"p95".padStart(8)}  ratio to baseline (median)`);
    console.log(`${"baseline: bare SQL of the default page".padEnd(46)} ${fmt(baseline.median).padStart(8)} ${fmt(baseline.p95).padStart(8)}  1.0x`);
    for (const [label, query] of cases) {
      let total = 0;
      const stats = summarize(
        await time(async () => {
          total = (await listClients(ctx, query)).total;
        }),
      );
      console.log(`${`${label} [${total} found]`.padEnd(46)} ${fmt(stats.median).padStart(8)} ${fmt(stats.p95).padStart(8)}  ${(stats.median / baseline.median).toFixed(1)}x`);
    }
  },
);
