/**
 * Adds a caseload to an organization of the workspace fixture, so that its
 * indicators have cells of five people or more: 24 clients, each with a job
 * recorded today (six in their field, six in a related field, six in
 * another field, six in survival jobs), and six referred to a bridging
 * program, five of them completed. Prints `CASEWORK <json>`.
 *   DATABASE_URL=... npx tsx --conditions=react-server tests/support/casework-fixture.ts <org slug> <owner email>
 */
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db";
import { createOutcome, createReferral } from "../../lib/workspace/casework/service";
import { createClient } from "../../lib/workspace/clients/service";
import type { OrgContext } from "../../lib/workspace/context";
import { membershipBySlug } from "../../lib/workspace/organizations";

const [slug, email] = process.argv.slice(2);

async function main() {
  if (!slug || !email) throw new Error("Usage: casework-fixture.ts <org slug> <owner email>");
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  const membership = (await membershipBySlug(user.id, slug))!;
  const ctx: OrgContext = {
    org: membership.org,
    actor: { kind: "user", userId: user.id, label: email },
    role: membership.role as OrgContext["role"],
    membershipId: membership.membershipId,
    request: { requestId: randomUUID(), route: "test fixture" },
  };
  const today = new Date().toISOString().slice(0, 10);
  const consent = { scopes: ["record" as const, "outcomes" as const], givenAt: today };
  const jobs = [
    { kind: "employed-alternative", nocCode: "32101", fieldRelation: "same" },
    { kind: "employed-alternative", nocCode: "32101", fieldRelation: "related" },
    { kind: "employed-alternative", nocCode: "21231", fieldRelation: "unrelated" },
    { kind: "survival-job", nocCode: "65201", fieldRelation: null },
  ] as const;
  const ids: string[] = [];
  for (let i = 0; i < 24; i++) {
    const client = await createClient(ctx, { displayName: `Caseload client ${i + 1}`, originCode: "31301", status: "active", consent });
    ids.push(client.id);
    const job = jobs[i % jobs.length]!;
    await createOutcome(ctx, client.id, { kind: job.kind, occurredOn: today, nocCode: job.nocCode, fieldRelation: job.fieldRelation, level: null, note: null });
    if (i < 6)
      await createReferral(ctx, client.id, { kind: "bridging-program", partner: "Bridging program", referredOn: today, status: i < 5 ? "completed" : "sent", result: null, closedOn: i < 5 ? today : null });
  }
  process.stdout.write(`CASEWORK ${JSON.stringify({ clients: ids })}\n`);
}

main()
  .then(async () => {
    await db().$disconnect();
    process.exit(0);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
