/**
 * Indicators and timelines at the scale of a busy organization: 1,000
 * clients and 20,000 events (notes, plan items, referrals, outcomes) spread
 * over two years, sealed as the app seals them. Times, through the real
 * services (a transaction under row-level security, the audit event
 * written): the organization's indicators (JSON, and the CSV export), the
 * timeline of its busiest client, and a counsellor's "my work".
 *   npx tsx --conditions=react-server tests/bench/indicators.ts
 * Needs a PostgreSQL server (TEST_DATABASE_URL, DATABASE_URL or
 * postgres:postgres@127.0.0.1:5432); a temporary database is created and
 * dropped (tests/bench/workspace-setup.ts).
 */
import { randomUUID } from "node:crypto";
import { fmt, summarize } from "./stats";
import { CLIENTS, random, sample, withWorkspace } from "./workspace-setup";

const RUNS = 30;
const EVENTS = { notes: 8000, items: 5000, referrals: 3500, outcomes: 3500 };
const BUSY = { notes: 150, items: 60, referrals: 30, outcomes: 20 };
const DAY = 86_400_000;
const codes = ["31301", "31102", "21300", "21231", "32101", "65201"];

await withWorkspace({ name: "indicators", organizations: ["Bench Indicators"], occupations: codes.map((code) => ({ code })) }, async ({ owner, organizations, insertRows: insert, insertClients }) => {
  const { seal } = await import("../../lib/security/crypto");
  const { SEALED } = await import("../../lib/workspace/casework/service");
  const casework = await import("../../lib/workspace/casework/service");
  const { indicators, indicatorsCsv } = await import("../../lib/workspace/indicators/service");

  const { ctx, userId } = organizations[0]!;
  const org = ctx.org.id;
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const now = Date.now();
  const dayAgo = (days: number) => new Date(now - days * DAY).toISOString().slice(0, 10);

  // Clients first seen over two years; the first one, the busiest, two years ago.
  const clients = Array.from({ length: CLIENTS }, (_, i) => ({ id: randomUUID(), first: Math.floor(rnd() * 730), i }));
  const busy = clients[0]!;
  busy.first = 729;
  const statuses = ["intake", "active", "active", "active", "on-hold", "inactive", "discharged"];
  await insertClients(
    org,
    clients.map((c) => ({
      id: c.id,
      name: `Client ${c.i}`,
      origin: c.i % 9 === 0 ? null : pick(codes.slice(0, 4)),
      consentScopes: ["record", "outcomes"],
      status: pick(statuses),
      firstVisitOn: dayAgo(c.first),
      counsellorId: c.i % 4 === 0 ? ctx.membershipId : null,
    })),
  );
  const when = (c: { first: number }) => Math.floor(rnd() * (c.first + 1));
  const target = (count: number, busyCount: number) => Array.from({ length: count }, (_, i) => (i < busyCount ? busy : pick(clients)));

  await insert(
    "client_note",
    ["id", "organization_id", "client_id", "author_user_id", "body", "created_at", "updated_at"],
    target(EVENTS.notes, BUSY.notes).map((c) => {
      const at = new Date(now - when(c) * DAY);
      return [randomUUID(), org, c.id, userId, seal("Met the client; went over the plan and the next steps together.", SEALED.noteBody), at, at];
    }),
  );
  const itemStatuses = ["open", "in-progress", "done", "done", "dropped"];
  await insert(
    "action_item",
    ["id", "organization_id", "client_id", "title", "owner_membership_id", "due_on", "status", "completed_at", "created_at", "updated_at"],
    target(EVENTS.items, BUSY.items).map((c) => {
      const status = pick(itemStatuses);
      const d = when(c);
      return [randomUUID(), org, c.id, seal("Send the documents to the assessment service", SEALED.itemTitle), rnd() < 0.5 ? ctx.membershipId : null, dayAgo(d - 30), status, status === "done" ? new Date(now - d * DAY) : null, new Date(now - d * DAY), new Date()];
    }),
  );
  const kinds = ["bridging-program", "language-training", "mentor", "employer", "credential-assessment", "other-agency"];
  const refStatuses = ["proposed", "sent", "accepted", "completed", "completed", "declined", "cancelled"];
  await insert(
    "referral",
    ["id", "organization_id", "client_id", "kind", "partner", "status", "result", "referred_on", "closed_on", "updated_at"],
    target(EVENTS.referrals, BUSY.referrals).map((c) => {
      const status = pick(refStatuses);
      const d = when(c);
      const closed = ["completed", "declined", "cancelled"].includes(status);
      return [randomUUID(), org, c.id, pick(kinds), seal("Bridging program, college", SEALED.partner), status, closed ? seal("Admitted", SEALED.result) : null, dayAgo(d), closed ? dayAgo(Math.max(0, d - 40)) : null, new Date()];
    }),
  );
  const outcomeKinds = ["credential-assessed", "language-level-reached", "exam-passed", "licensed", "employed-in-profession", "employed-alternative", "employed-alternative", "in-training", "survival-job", "survival-job", "left-service"];
  await insert(
    "outcome",
    ["id", "organization_id", "client_id", "kind", "occurred_on", "noc_code", "field_relation", "detail"],
    target(EVENTS.outcomes, BUSY.outcomes).map((c) => {
      const kind = pick(outcomeKinds);
      const job = kind === "employed-alternative" || kind === "survival-job";
      return [
        randomUUID(),
        org,
        c.id,
        kind,
        dayAgo(when(c)),
        job ? pick(codes) : null,
        kind === "employed-alternative" ? pick(["same", "related", "unrelated"]) : kind === "employed-in-profession" ? "same" : null,
        kind === "language-level-reached" ? seal(JSON.stringify({ level: { scale: "CLB", value: 7 } }), SEALED.detail) : null,
      ];
    }),
  );
  await owner.query("ANALYZE");

  const range = { from: dayAgo(730), to: dayAgo(0) };
  const total = Object.values(EVENTS).reduce((a, b) => a + b, 0);
  let entries = 0;
  const cases: [string, () => Promise<unknown>][] = [
    ["indicators, two years (JSON)", () => indicators(ctx, range)],
    ["indicators, default range (last 8 quarters)", () => indicators(ctx, {})],
    ["indicators, CSV export", async () => indicatorsCsv(await indicators(ctx, range, "indicators.export"), "en", (s) => s, (k) => k)],
    [`timeline of the busiest client`, async () => (entries = (await casework.timeline(ctx, busy.id)).length)],
    ["my work (owner's clients and items)", () => casework.myWork(ctx)],
  ];
  console.log(`Indicators: ${CLIENTS} clients, ${total} events over two years (${Object.entries(EVENTS).map(([k, v]) => `${v} ${k}`).join(", ")}), ${RUNS} runs each, times in ms`);
  console.log(`${"case".padEnd(48)} ${"median".padStart(8)} ${"p95".padStart(8)}`);
  for (const [label, run] of cases) {
    const stats = summarize(await sample(run, { runs: RUNS, warmups: 3 }));
    console.log(`${label.padEnd(48)} ${fmt(stats.median).padStart(8)} ${fmt(stats.p95).padStart(8)}`);
  }
  console.log(`(the busiest client's timeline has ${entries} entries)`);
});
