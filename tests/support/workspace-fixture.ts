/**
 * Sets up two organizations for the workspace's end-to-end tests, through the
 * same services the app uses, on the database named by DATABASE_URL, and
 * prints one line `FIXTURE <json>`: ids, one-time sign-in links for each
 * person, API keys. Run with the react-server condition:
 *   DATABASE_URL=... SITE_URL=http://localhost:3100 npx tsx --conditions=react-server tests/support/workspace-fixture.ts <tag>
 * Organization A: an owner, a counsellor, a read-only supervisor, a member
 * who was removed, two clients, a revoked API key. Organization B: an owner,
 * an API key.
 */
import { randomUUID } from "node:crypto";
import { oneTimeSignInLink } from "../../lib/auth/links";
import { db } from "../../lib/db";
import { env } from "../../lib/env";
import { createJourney } from "../../lib/journeys/store";
import { createApiKey, revokeApiKey } from "../../lib/workspace/api-keys";
import { createClient } from "../../lib/workspace/clients/service";
import type { OrgContext } from "../../lib/workspace/context";
import { requestErasure } from "../../lib/workspace/erasure";
import { actionItemCreateSchema, noteSchema, outcomeCreateSchema, referralCreateSchema } from "../../lib/workspace/casework/schema";
import { createNote, createOutcome, createPlanItem, createReferral } from "../../lib/workspace/casework/service";
import { reportInputSchema, shareSchema } from "../../lib/workspace/reports/schema";
import { runReport, shareReport } from "../../lib/workspace/reports/service";
import { acceptInvitation, createOrganization, inviteMember, membershipBySlug, removeMember } from "../../lib/workspace/organizations";

const tag = (process.argv[2] ?? randomUUID().slice(0, 8)).toLowerCase().replace(/[^a-z0-9]/g, "");
const site = env().SITE_URL;

async function contextFor(email: string, slug: string): Promise<OrgContext> {
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  const membership = (await membershipBySlug(user.id, slug))!;
  return {
    org: membership.org,
    actor: { kind: "user", userId: user.id, label: email },
    role: membership.role as OrgContext["role"],
    membershipId: membership.membershipId,
    request: { requestId: randomUUID(), route: "test fixture" },
  };
}

async function join(owner: OrgContext, email: string, role: "admin" | "counsellor" | "supervisor"): Promise<void> {
  const link = await inviteMember(owner, { email, role }, site, "en");
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  await acceptInvitation(link.split("/").pop()!, user, randomUUID());
}

const link = async (email: string, next: string) => (await oneTimeSignInLink(db(), { email, siteUrl: site, next, minutes: 60 })).url;

async function main() {
  const people = {
    ownerA: `owner-a-${tag}@example.org`,
    adminA: `admin-a-${tag}@example.org`,
    counsellorA: `counsellor-a-${tag}@example.org`,
    supervisorA: `supervisor-a-${tag}@example.org`,
    removedA: `removed-a-${tag}@example.org`,
    ownerB: `owner-b-${tag}@example.org`,
  };
  const a = await createOrganization({ name: `Alpha Centre ${tag}`, ownerEmail: people.ownerA });
  const b = await createOrganization({ name: `Beta Services ${tag}`, ownerEmail: people.ownerB });
  const ownerA = await contextFor(people.ownerA, a.organization.slug);
  const ownerB = await contextFor(people.ownerB, b.organization.slug);
  await join(ownerA, people.adminA, "admin");
  await join(ownerA, people.counsellorA, "counsellor");
  await join(ownerA, people.supervisorA, "supervisor");
  await join(ownerA, people.removedA, "counsellor");
  const removed = await contextFor(people.removedA, a.organization.slug);
  await removeMember(ownerA, removed.membershipId!);
  const consent = { scopes: ["record" as const, "contact" as const, "match" as const, "outcomes" as const], givenAt: "2026-11-15" };
  const clientA = await createClient(ownerA, { displayName: `Secret Alpha Client ${tag}`, contact: `alpha-client-${tag}@example.org`, originCode: "31301", consent });
  const clientA2 = await createClient(ownerA, { displayName: `Second Alpha Client ${tag}`, consent });
  const erasureA = await requestErasure(ownerA, clientA2.id, { reason: "client-request" });
  // A's casework and a report on its first client: what the access suite tries to reach from outside.
  const secretNote = `Secret note on Alpha ${tag}`;
  const noteA = await createNote(ownerA, clientA.id, noteSchema.parse({ body: secretNote }));
  const planA = await createPlanItem(ownerA, clientA.id, actionItemCreateSchema.parse({ title: `Secret step for Alpha ${tag}` }));
  const referralA = await createReferral(ownerA, clientA.id, referralCreateSchema.parse({ kind: "mentor", partner: `Secret mentor of Alpha ${tag}` }));
  const outcomeA = await createOutcome(ownerA, clientA.id, outcomeCreateSchema.parse({ kind: "in-training", occurredOn: "2026-11-20", note: `Secret outcome of Alpha ${tag}` }));
  const reportA = await runReport(ownerA, clientA.id, reportInputSchema.parse({ languageClb: 8 }));
  const optionA = reportA.results.options[0]!.code;
  const shareA = await shareReport(ownerA, clientA.id, reportA.id, shareSchema.parse({ locale: "en" }), site);
  const clientB = await createClient(ownerB, { displayName: `Beta Client ${tag}`, consent });
  const revoked = await createApiKey(ownerA, { name: "old system", role: "counsellor" });
  await revokeApiKey(ownerA, revoked.view.id);
  const keyA = await createApiKey(ownerA, { name: "records system", role: "admin" });
  const keyB = await createApiKey(ownerB, { name: "records system", role: "admin" });
  // A person's saved journey (not yet shared with anyone).
  const journey = await createJourney({
    kind: "pre-arrival",
    locale: "en",
    step: "results",
    answers: {
      profession: { occupation: "31301", occupationTitle: "Registered nurse", country: "Philippines", yearsPractised: 6, lastPractised: 2025 },
      plans: { provinces: ["ON", "BC"], arrivalMonth: 3, arrivalYear: 2027, test: "ielts", listening: 7.5, reading: 7, writing: 6.5, speaking: 7 },
    },
  });
  const next = "/en/account";
  const out = {
    tag,
    orgA: { id: a.organization.id, slug: a.organization.slug, name: a.organization.name, shareCode: a.organization.shareCode },
    orgB: { id: b.organization.id, slug: b.organization.slug, name: b.organization.name },
    clientA: { id: clientA.id, name: clientA.displayName, contact: clientA.contact },
    clientA2: { id: clientA2.id, name: clientA2.displayName },
    erasureA: erasureA.id,
    casework: { note: noteA.id, plan: planA.id, referral: referralA.id, outcome: outcomeA.id, secrets: [secretNote, `Secret step for Alpha ${tag}`, `Secret mentor of Alpha ${tag}`, `Secret outcome of Alpha ${tag}`] },
    report: { id: reportA.id, option: optionA, share: shareA.share.id, link: shareA.url },
    clientB: { id: clientB.id, name: clientB.displayName },
    people,
    links: Object.fromEntries(await Promise.all(Object.entries(people).map(async ([k, email]) => [k, await link(email, next)]))),
    keys: { a: keyA.key, b: keyB.key, revokedA: revoked.key },
    journeyToken: journey.token,
  };
  process.stdout.write(`FIXTURE ${JSON.stringify(out)}\n`);
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
