import "server-only";
import { can } from "@/lib/auth/permissions";
import { pruneSignInEvents } from "@/lib/auth/sign-in-log";
import { db } from "@/lib/db";
import { forbidden, record } from "./audit";
import { systemContext, type OrgContext, type OrgRef } from "./context";
import { eraseClientRows, type ErasureCounts } from "./erasure";
import { RETIRED_STATUSES, retentionCutoff, retentionSettingsSchema, type RetentionSettings } from "./retention-policy";
import { withOrg } from "./tenant";

/**
 * Retention: each organization keeps an inactive or discharged client file
 * for `retentionMonths` (6 to 120, 36 by default) after the last work on it;
 * then the daily job erases it with everything attached (the same
 * eraseClientRows an approved erasure uses) and writes one audit event
 * `retention.erase` per file, with counts only, under the actor "retention".
 * The same run deletes sign-in records older than 12 months, expired
 * report links and invitations, used-up sign-in tokens and saved journeys
 * past their expiry. Runs once at `npm start` and every 24 hours, and on
 * demand: `npm run -s security -- retention [--dry-run]`.
 */

export const RETENTION_ACTOR = "retention";
/** Files erased per organization per run at most (the next run continues). */
const MAX_PER_RUN = 1000;

export interface RetentionOrgReport {
  organization: OrgRef;
  retentionMonths: number;
  cutoff: string;
  /** Files erased (or, in a dry run, that would be). */
  files: { clientId: string; counts: ErasureCounts | null }[];
  reportLinks: number;
  invitations: number;
}

export interface RetentionReport {
  at: string;
  dryRun: boolean;
  organizations: RetentionOrgReport[];
  signInEvents: number;
  verificationTokens: number;
  savedJourneys: number;
}

/** One run of the retention job at `now`. A dry run counts and changes nothing. */
export async function runRetention(now: Date = new Date(), options: { dryRun?: boolean } = {}): Promise<RetentionReport> {
  const dryRun = Boolean(options.dryRun);
  // The list of organizations is readable by the owner outside any tenant (names, no personal data).
  const organizations = await db().organization.findMany({ select: { id: true, name: true, slug: true, retentionMonths: true }, orderBy: { createdAt: "asc" } });
  const reports: RetentionOrgReport[] = [];
  for (const org of organizations) {
    const ref = { id: org.id, name: org.name, slug: org.slug };
    const ctx = systemContext(ref, RETENTION_ACTOR, "job retention");
    const cutoff = retentionCutoff(now, org.retentionMonths);
    const due = await withOrg(org.id, (tx) =>
      tx.client.findMany({
        where: { organizationId: org.id, status: { in: [...RETIRED_STATUSES] }, lastActivityAt: { lt: cutoff } },
        select: { id: true },
        orderBy: { lastActivityAt: "asc" },
        take: MAX_PER_RUN,
      }),
    );
    const files: RetentionOrgReport["files"] = [];
    for (const { id } of due) {
      if (dryRun) {
        files.push({ clientId: id, counts: null });
        continue;
      }
      // One transaction per file: the erasure and its audit event together, and one file's trouble stops only that file.
      try {
        const counts = await withOrg(org.id, async (tx) => {
          // Checked again inside the transaction: work on the file since the list was read keeps it.
          const still = await tx.client.count({ where: { id, organizationId: org.id, status: { in: [...RETIRED_STATUSES] }, lastActivityAt: { lt: cutoff } } });
          if (!still) return null;
          const erased = await eraseClientRows(tx, org.id, id);
          await record(tx, ctx, {
            action: "retention.erase",
            subjectType: "client",
            subjectId: id,
            detail: { retentionMonths: org.retentionMonths, counts: { ...erased } },
          });
          return erased;
        });
        if (counts) files.push({ clientId: id, counts });
      } catch (error) {
        console.error(`[retention] organization ${org.slug}: file ${id} not erased: ${(error as Error).message}`);
      }
    }
    const expired = { expiresAt: { lt: now } };
    const [reportLinks, invitations] = await withOrg(org.id, async (tx) =>
      dryRun
        ? Promise.all([
            tx.reportShare.count({ where: { organizationId: org.id, ...expired } }),
            tx.invitation.count({ where: { organizationId: org.id, acceptedAt: null, ...expired } }),
          ])
        : Promise.all([
            tx.reportShare.deleteMany({ where: { organizationId: org.id, ...expired } }).then((r) => r.count),
            tx.invitation.deleteMany({ where: { organizationId: org.id, acceptedAt: null, ...expired } }).then((r) => r.count),
          ]),
    );
    reports.push({ organization: ref, retentionMonths: org.retentionMonths, cutoff: cutoff.toISOString(), files, reportLinks, invitations });
  }
  const expiredTokens = { expires: { lt: now } };
  const expiredJourneys = { expiresAt: { lte: now } };
  const [signInEvents, verificationTokens, savedJourneys] = dryRun
    ? await Promise.all([pruneSignInEvents(now, true), db().verificationToken.count({ where: expiredTokens }), db().savedJourney.count({ where: expiredJourneys })])
    : [
        await pruneSignInEvents(now),
        (await db().verificationToken.deleteMany({ where: expiredTokens })).count,
        (await db().savedJourney.deleteMany({ where: expiredJourneys })).count,
      ];
  return { at: now.toISOString(), dryRun, organizations: reports, signInEvents, verificationTokens, savedJourneys };
}

/** A one-line summary of a run, for logs and the command line. */
export function describeRetention(report: RetentionReport): string {
  const files = report.organizations.reduce((n, o) => n + o.files.length, 0);
  const links = report.organizations.reduce((n, o) => n + o.reportLinks, 0);
  const invitations = report.organizations.reduce((n, o) => n + o.invitations, 0);
  const verb = report.dryRun ? "would erase" : "erased";
  return (
    `Retention${report.dryRun ? " (dry run)" : ""}: ${verb} ${files} client file(s) past their organization's period in ${report.organizations.length} organization(s); ` +
    `${report.dryRun ? "would delete" : "deleted"} ${report.signInEvents} sign-in record(s) over 12 months, ${links} expired report link(s), ${invitations} expired invitation(s), ` +
    `${report.verificationTokens} expired sign-in token(s), ${report.savedJourneys} expired saved journey(s).`
  );
}

/** The organization's retention period (settings page). */
export async function getRetentionSettings(ctx: OrgContext): Promise<RetentionSettings> {
  if (!can(ctx.role, "settings.manage")) throw forbidden();
  return withOrg(ctx.org.id, async (tx) => {
    const org = await tx.organization.findFirstOrThrow({ where: { id: ctx.org.id }, select: { retentionMonths: true } });
    return { retentionMonths: org.retentionMonths };
  });
}

/** Changes the retention period (owners and administrators); audited as organization.settings with the old and new values. */
export async function updateRetentionSettings(ctx: OrgContext, input: unknown): Promise<RetentionSettings> {
  if (!can(ctx.role, "settings.manage")) throw forbidden();
  const parsed = retentionSettingsSchema.parse(input);
  return withOrg(ctx.org.id, async (tx) => {
    const before = await tx.organization.findFirstOrThrow({ where: { id: ctx.org.id }, select: { retentionMonths: true } });
    await tx.organization.updateMany({ where: { id: ctx.org.id }, data: { retentionMonths: parsed.retentionMonths } });
    await record(tx, ctx, {
      action: "organization.settings",
      subjectType: "organization",
      subjectId: ctx.org.id,
      detail: { field: "retentionMonths", from: before.retentionMonths, to: parsed.retentionMonths },
    });
    return parsed;
  });
}
