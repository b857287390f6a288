import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { matchProfile } from "@/lib/alternatives/service";
import { can, type Permission } from "@/lib/auth/permissions";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { professionForOccupation } from "@/lib/journeys/content";
import { questionBaseline } from "@/lib/journeys/competencies";
import { questionAdjustments } from "@/lib/journeys/questions";
import { hashToken, isToken, newToken } from "@/lib/journeys/token";
import { profileSchema, type PersonProfile } from "@/lib/matching/profile";
import { open, openOptional, sealOptional } from "@/lib/security/crypto";
import { forbidden, record } from "../audit";
import { SEALED as CLIENT_SEALED } from "../clients/service";
import type { OrgContext } from "../context";
import { inTenant, setOrg, withOrg, type Tx } from "../tenant";
import { diffReports, type DiffSide, type ReportDiff } from "./diff";
import type { Decision, DecisionInput, ReportAnswers, ReportInput, ShareInput, ShareLocale } from "./schema";
import { reportResults, type ReportResults } from "./snapshot";
import { reportSources } from "./sources";

/**
 * Match reports of a client file: the engine run on the client's profile and
 * kept as a version (the input, the engine and data versions, the results as
 * they were), never recomputed; the counsellor's decision per option
 * (reason and note sealed); read-only links for the client (only the
 * SHA-256 of the token is kept). Like the client files: permission checked,
 * one organization transaction (row-level security) with the organization
 * in every `where`, every read and change in the audit trail.
 */

/** The sealed columns of a decision and their authenticated contexts. */
export const SEALED = { reason: "report_option.reason", note: "report_option.note" } as const;

/** How many options the engine ranks and explains before a report keeps its best. */
const ENGINE_LIMIT = 60;

export interface ReportInputRecord {
  /** What the counsellor gave, with the client file's values where they left a field out. */
  answers: ReportAnswers;
  /** Exactly what the engine received. */
  profile: PersonProfile;
}

export interface DecisionView {
  decision: Decision;
  reason: string | null;
  note: string | null;
  updatedAt: string;
}

export type ShareState = "active" | "expired" | "revoked";

export interface ShareView {
  id: string;
  locale: ShareLocale;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastViewedAt: string | null;
  state: ShareState;
}

export interface ReportSummary {
  id: string;
  clientId: string;
  version: number;
  createdAt: string;
  engineVersion: string;
  dataVersion: string;
  origin: { code: string; titleEn: string; titleFr: string };
  options: number;
  shortlisted: number;
  setAside: number;
}

export interface ReportView {
  id: string;
  clientId: string;
  version: number;
  createdAt: string;
  engineVersion: string;
  dataVersion: string;
  input: ReportInputRecord;
  results: ReportResults;
  /** Option code -> the counsellor's decision on this version. */
  decisions: Record<string, DecisionView>;
  /** Option code -> the decision taken on the previous version: a hint, never copied. */
  carried: Record<string, DecisionView & { version: number }>;
  previous: { id: string; version: number } | null;
  /** What changed since the previous version (null for the first). */
  diff: ReportDiff | null;
  shares: ShareView[];
}

export interface CreatedShare {
  share: ShareView;
  /** The link, shown this once: only its hash is kept. */
  url: string;
}

export interface SharedReport {
  state: "ok";
  locale: ShareLocale;
  organization: string;
  report: Pick<ReportView, "version" | "createdAt" | "engineVersion" | "dataVersion" | "results">;
  /** Option code -> the counsellor's decision and reason (notes stay in the workspace). */
  decisions: Record<string, { decision: Decision; reason: string | null }>;
  expiresAt: string;
}

export type SharedReportResult = SharedReport | { state: "expired" | "revoked" } | null;

const reportNotFound = () =>
  new NotFoundError({ en: "No report with this id for this client in this organization.", fr: "Aucun rapport avec cet identifiant pour ce dossier dans cet organisme." });
const clientNotFound = () =>
  new NotFoundError({ en: "No client file with this id in this organization.", fr: "Aucun dossier client avec cet identifiant dans cet organisme." });

function allow(ctx: OrgContext, permission: Permission) {
  if (!can(ctx.role, permission)) throw forbidden();
}

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

function shareState(row: { expiresAt: Date; revokedAt: Date | null }, now = new Date()): ShareState {
  if (row.revokedAt) return "revoked";
  return row.expiresAt <= now ? "expired" : "active";
}

function shareView(row: Prisma.ReportShareGetPayload<object>): ShareView {
  return {
    id: row.id,
    locale: row.locale === "fr" ? "fr" : "en",
    createdAt: iso(row.createdAt),
    expiresAt: iso(row.expiresAt),
    revokedAt: isoOrNull(row.revokedAt),
    lastViewedAt: isoOrNull(row.lastViewedAt),
    state: shareState(row),
  };
}

function decisionView(row: Prisma.ReportOptionGetPayload<object>): DecisionView {
  return {
    decision: row.decision as Decision,
    reason: openOptional(row.reason, SEALED.reason),
    note: openOptional(row.note, SEALED.note),
    updatedAt: iso(row.updatedAt),
  };
}

async function touchClient(tx: Tx, ctx: OrgContext, clientId: string) {
  await tx.client.updateMany({ where: { id: clientId, organizationId: ctx.org.id }, data: { lastActivityAt: new Date() } });
}

/** The answers a report runs with: the counsellor's, and the client file's where they left something out. */
export function answersFrom(
  input: ReportInput,
  file: { originCode: string | null; provinces: string[]; clbEnglish: number | null; nclcFrench: number | null },
): ReportAnswers | null {
  const origin = input.origin ?? file.originCode;
  if (!origin) return null;
  const levels = [file.clbEnglish, file.nclcFrench].filter((l): l is number => l !== null);
  return {
    origin,
    provinces: [...(input.provinces ?? file.provinces)].sort(),
    languageClb: input.languageClb ?? (levels.length ? Math.max(...levels) : null),
    choices: Object.fromEntries(Object.entries(input.choices).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b))),
    constraints: {
      retrainingMonths: input.constraints.retrainingMonths ?? null,
      retrainingBudget: input.constraints.retrainingBudget ?? null,
      acceptRegulated: input.constraints.acceptRegulated,
    },
    assessment: input.assessment ?? null,
  };
}

/** Runs the engine on the client's profile and saves the result as the client's next report version. */
export async function runReport(ctx: OrgContext, clientId: string, input: ReportInput): Promise<ReportView> {
  allow(ctx, "client.write");
  const file = await withOrg(ctx.org.id, (tx) =>
    tx.client.findFirst({
      where: { id: clientId, organizationId: ctx.org.id },
      select: { originCode: true, provinces: true, clbEnglish: true, nclcFrench: true, consentScopes: true, consentExpiresAt: true },
    }),
  );
  if (!file) throw clientNotFound();
  const today = new Date().toISOString().slice(0, 10);
  if (!file.consentScopes.includes("match") || (file.consentExpiresAt && file.consentExpiresAt.toISOString().slice(0, 10) <= today))
    throw new InvalidInputError(
      {
        en: "The client has not agreed (or no longer agrees) to their profile being compared with other careers: update their consent first.",
        fr: "La personne n’a pas accepté (ou n’accepte plus) que son profil soit comparé à d’autres carrières : mettez d’abord son consentement à jour.",
      },
      "consent",
    );
  const answers = answersFrom(input, file);
  if (!answers)
    throw new InvalidInputError(
      { en: "Name the profession the client trained in (origin), or add it to the client file.", fr: "Indiquez la profession de formation (origin), ou ajoutez-la au dossier." },
      "origin",
    );

  // The engine's data is read outside the organization's transaction (it holds the only connection on the embedded database).
  const baseline = await questionBaseline(answers.origin);
  const profile = profileSchema.parse({
    origin: answers.origin,
    adjustments: questionAdjustments(answers.choices as Record<string, "less" | "about" | "more">, baseline),
    constraints: {
      ...(answers.provinces.length ? { provinces: answers.provinces } : {}),
      ...(answers.languageClb !== null ? { languageClb: answers.languageClb } : {}),
      ...(answers.constraints.retrainingMonths !== null ? { retrainingMonths: answers.constraints.retrainingMonths } : {}),
      ...(answers.constraints.retrainingBudget !== null ? { retrainingBudget: answers.constraints.retrainingBudget } : {}),
      acceptRegulated: answers.constraints.acceptRegulated,
    },
    ...(answers.assessment ? { assessment: { outcome: answers.assessment } } : {}),
  });
  const result = await matchProfile(profile, { limit: ENGINE_LIMIT, explainTop: ENGINE_LIMIT, locale: "en" });
  const ownGuide = professionForOccupation(result.origin.unitGroup, "en")?.slug ?? null;
  const provisional = reportResults(result, [], ownGuide);
  const results: ReportResults = { ...provisional, sources: reportSources(provisional.options, ownGuide) };
  const stored: ReportInputRecord = { answers, profile };

  const id = await withOrg(ctx.org.id, async (tx) => {
    // One report at a time per client: the next version number is read under the client row's lock.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM client WHERE id = ${clientId}::uuid AND organization_id = ${ctx.org.id}::uuid FOR UPDATE`;
    if (!locked.length) throw clientNotFound();
    const last = await tx.matchReport.findFirst({ where: { clientId, organizationId: ctx.org.id }, orderBy: { version: "desc" }, select: { version: true } });
    const version = (last?.version ?? 0) + 1;
    const row = await tx.matchReport.create({
      data: {
        organizationId: ctx.org.id,
        clientId,
        version,
        engineVersion: result.engineVersion,
        dataVersion: result.dataVersion,
        input: stored as unknown as Prisma.InputJsonValue,
        results: results as unknown as Prisma.InputJsonValue,
        createdByUserId: ctx.actor.kind === "user" ? ctx.actor.userId : null,
      },
      select: { id: true },
    });
    await touchClient(tx, ctx, clientId);
    await record(tx, ctx, {
      action: "report.create",
      subjectType: "report",
      subjectId: row.id,
      detail: { client: clientId, version, engineVersion: result.engineVersion, dataVersion: result.dataVersion, options: results.options.length },
    });
    return row.id;
  });
  return withOrg(ctx.org.id, (tx) => readReport(tx, ctx, clientId, id));
}

function summaryOf(row: { id: string; clientId: string; version: number; createdAt: Date; engineVersion: string; dataVersion: string; results: Prisma.JsonValue }, decisions: { decision: string }[]): ReportSummary {
  const results = row.results as unknown as ReportResults;
  return {
    id: row.id,
    clientId: row.clientId,
    version: row.version,
    createdAt: iso(row.createdAt),
    engineVersion: row.engineVersion,
    dataVersion: row.dataVersion,
    origin: { code: results.origin.code, titleEn: results.origin.titleEn, titleFr: results.origin.titleFr },
    options: results.options.length,
    shortlisted: decisions.filter((d) => d.decision === "shortlisted").length,
    setAside: decisions.filter((d) => d.decision === "set-aside").length,
  };
}

/** The client's reports, newest first. */
export async function listReports(ctx: OrgContext, clientId: string): Promise<ReportSummary[]> {
  allow(ctx, "client.read");
  return withOrg(ctx.org.id, async (tx) => {
    const client = await tx.client.count({ where: { id: clientId, organizationId: ctx.org.id } });
    if (!client) throw clientNotFound();
    const rows = await tx.matchReport.findMany({
      where: { clientId, organizationId: ctx.org.id },
      orderBy: { version: "desc" },
      include: { options: { where: { organizationId: ctx.org.id }, select: { decision: true } } },
    });
    await record(tx, ctx, { action: "report.list", subjectType: "report", detail: { client: clientId, shown: rows.length } });
    return rows.map((r) => summaryOf(r, r.options));
  });
}

function diffSide(row: { version: number; engineVersion: string; dataVersion: string; input: Prisma.JsonValue; results: Prisma.JsonValue }): DiffSide {
  const results = row.results as unknown as ReportResults;
  const input = row.input as unknown as ReportInputRecord;
  return {
    version: row.version,
    engineVersion: row.engineVersion,
    dataVersion: row.dataVersion,
    answers: input.answers as unknown as Record<string, unknown>,
    options: results.options.map((o) => ({ code: o.code, rank: o.rank, titleEn: o.titleEn, titleFr: o.titleFr, gaps: o.gaps })),
  };
}

async function readReport(tx: Tx, ctx: OrgContext, clientId: string, reportId: string): Promise<ReportView> {
  const row = await tx.matchReport.findFirst({
    where: { id: reportId, clientId, organizationId: ctx.org.id },
    include: { options: { where: { organizationId: ctx.org.id } }, shares: { where: { organizationId: ctx.org.id }, orderBy: { createdAt: "desc" } } },
  });
  if (!row) throw reportNotFound();
  const previous =
    row.version > 1
      ? await tx.matchReport.findFirst({
          where: { clientId, organizationId: ctx.org.id, version: { lt: row.version } },
          orderBy: { version: "desc" },
          include: { options: { where: { organizationId: ctx.org.id } } },
        })
      : null;
  const carried: ReportView["carried"] = {};
  for (const o of previous?.options ?? []) if (o.decision !== "open" || o.reason || o.note) carried[o.code] = { ...decisionView(o), version: previous!.version };
  return {
    id: row.id,
    clientId: row.clientId,
    version: row.version,
    createdAt: iso(row.createdAt),
    engineVersion: row.engineVersion,
    dataVersion: row.dataVersion,
    input: row.input as unknown as ReportInputRecord,
    results: row.results as unknown as ReportResults,
    decisions: Object.fromEntries(row.options.map((o) => [o.code, decisionView(o)])),
    carried,
    previous: previous ? { id: previous.id, version: previous.version } : null,
    diff: previous ? diffReports(diffSide(previous), diffSide(row)) : null,
    shares: row.shares.map(shareView),
  };
}

/** One report version with its decisions, the hints from the previous version, the differences and the links. */
export async function getReport(ctx: OrgContext, clientId: string, reportId: string): Promise<ReportView> {
  allow(ctx, "client.read");
  return withOrg(ctx.org.id, async (tx) => {
    const view = await readReport(tx, ctx, clientId, reportId);
    await record(tx, ctx, { action: "report.read", subjectType: "report", subjectId: reportId, detail: { client: clientId, version: view.version } });
    return view;
  });
}

/** Shortlists, sets aside or reopens one option of a report, with a reason and a note (both sealed). */
export async function decideOption(ctx: OrgContext, clientId: string, reportId: string, code: string, input: DecisionInput): Promise<DecisionView> {
  allow(ctx, "client.write");
  return withOrg(ctx.org.id, async (tx) => {
    const report = await tx.matchReport.findFirst({ where: { id: reportId, clientId, organizationId: ctx.org.id }, select: { results: true, version: true } });
    if (!report) throw reportNotFound();
    const options = (report.results as unknown as ReportResults).options;
    if (!options.some((o) => o.code === code))
      throw new NotFoundError({ en: `Option ${code} is not in this report.`, fr: `L’option ${code} ne figure pas dans ce rapport.` });
    const fields = {
      decision: input.decision,
      reason: sealOptional(input.reason ? input.reason : null, SEALED.reason),
      note: sealOptional(input.note ? input.note : null, SEALED.note),
      updatedByUserId: ctx.actor.kind === "user" ? ctx.actor.userId : null,
    };
    const row = await tx.reportOption.upsert({
      where: { reportId_code: { reportId, code } },
      create: { organizationId: ctx.org.id, reportId, code, ...fields },
      update: fields,
    });
    await touchClient(tx, ctx, clientId);
    await record(tx, ctx, {
      action: "report.decide",
      subjectType: "report",
      subjectId: reportId,
      detail: { client: clientId, version: report.version, code, decision: input.decision, fields: [...(input.reason ? ["reason"] : []), ...(input.note ? ["note"] : [])] },
    });
    return decisionView(row);
  });
}

/** A read-only link to the report for the client, in their language; the link is returned this once. */
export async function shareReport(ctx: OrgContext, clientId: string, reportId: string, input: ShareInput, siteUrl: string): Promise<CreatedShare> {
  allow(ctx, "client.write");
  return withOrg(ctx.org.id, async (tx) => {
    const report = await tx.matchReport.count({ where: { id: reportId, clientId, organizationId: ctx.org.id } });
    if (!report) throw reportNotFound();
    const token = newToken();
    const row = await tx.reportShare.create({
      data: {
        organizationId: ctx.org.id,
        reportId,
        tokenHash: hashToken(token),
        locale: input.locale,
        expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
        createdByUserId: ctx.actor.kind === "user" ? ctx.actor.userId : null,
      },
    });
    await touchClient(tx, ctx, clientId);
    await record(tx, ctx, { action: "report.share", subjectType: "report", subjectId: reportId, detail: { client: clientId, share: row.id, locale: input.locale, days: input.expiresInDays } });
    return { share: shareView(row), url: `${siteUrl.replace(/\/+$/, "")}/${input.locale}/reports/shared/${token}` };
  });
}

/** Ends a link at once (kept, marked revoked). */
export async function revokeShare(ctx: OrgContext, clientId: string, reportId: string, shareId: string): Promise<ShareView> {
  allow(ctx, "client.write");
  return withOrg(ctx.org.id, async (tx) => {
    const share = await tx.reportShare.findFirst({ where: { id: shareId, reportId, organizationId: ctx.org.id, report: { clientId } } });
    if (!share) throw new NotFoundError({ en: "No such link for this report.", fr: "Aucun lien de ce type pour ce rapport." });
    const row = share.revokedAt ? share : await tx.reportShare.update({ where: { id: shareId }, data: { revokedAt: new Date() } });
    await record(tx, ctx, { action: "report.unshare", subjectType: "report", subjectId: reportId, detail: { client: clientId, share: shareId } });
    return shareView(row);
  });
}

/**
 * The report behind a client's link. Row-level security shows the link's
 * row, and its report, decisions and organization's name only while the
 * link is neither revoked nor expired; the client's name is not readable
 * this way. Each view is recorded in the organization's trail.
 */
export async function viewSharedReport(token: string, route: string): Promise<SharedReportResult> {
  if (!isToken(token)) return null;
  const tokenHash = hashToken(token);
  return inTenant({ reportToken: tokenHash }, async (tx) => {
    const share = await tx.reportShare.findUnique({ where: { tokenHash } });
    if (!share) return null;
    const state = shareState(share);
    if (state !== "active") return { state };
    const report = await tx.matchReport.findFirst({ where: { id: share.reportId, organizationId: share.organizationId }, include: { options: true } });
    const organization = await tx.organization.findFirst({ where: { id: share.organizationId }, select: { name: true } });
    if (!report || !organization) return { state: "revoked" as const };
    await setOrg(tx, share.organizationId);
    await tx.reportShare.updateMany({ where: { id: share.id, organizationId: share.organizationId }, data: { lastViewedAt: new Date() } });
    await tx.$queryRaw`SELECT audit_append(
      ${share.organizationId}::uuid, NULL::uuid, NULL::uuid, ${"client link"}, ${"report.view"},
      ${"report"}, ${report.id}, ${randomUUID()}, ${route.slice(0, 300)}, ${JSON.stringify({ client: report.clientId, share: share.id, version: report.version })}::jsonb)`;
    return {
      state: "ok" as const,
      locale: share.locale === "fr" ? "fr" : "en",
      organization: organization.name,
      report: {
        version: report.version,
        createdAt: iso(report.createdAt),
        engineVersion: report.engineVersion,
        dataVersion: report.dataVersion,
        results: report.results as unknown as ReportResults,
      },
      decisions: Object.fromEntries(report.options.map((o) => [o.code, { decision: o.decision as Decision, reason: openOptional(o.reason, SEALED.reason) }])),
      expiresAt: iso(share.expiresAt),
    };
  });
}

export interface ReportDocumentData {
  /** The language the PDF is drawn in. */
  locale: ShareLocale;
  organization: string;
  /** The name the counsellor chose for the file (a pseudonym is fine). */
  client: string;
  report: ReportView;
}

/** French when the client's first language is French ("fr", "French", "français"), else English. */
export function defaultLocale(languages: readonly string[]): ShareLocale {
  return /^(fr|fre|fra|french|fran[cç]ais)\b/i.test(languages[0]?.trim() ?? "") ? "fr" : "en";
}

/** What the PDF shows, in the language asked for or the client's (its download is recorded). */
export async function reportDocument(ctx: OrgContext, clientId: string, reportId: string, asked: ShareLocale | null): Promise<ReportDocumentData> {
  allow(ctx, "client.read");
  return withOrg(ctx.org.id, async (tx) => {
    const client = await tx.client.findFirst({ where: { id: clientId, organizationId: ctx.org.id }, select: { displayName: true, languages: true } });
    if (!client) throw clientNotFound();
    const locale = asked ?? defaultLocale(client.languages);
    const report = await readReport(tx, ctx, clientId, reportId);
    await record(tx, ctx, { action: "report.pdf", subjectType: "report", subjectId: reportId, detail: { client: clientId, version: report.version, locale } });
    return { locale, organization: ctx.org.name, client: open(client.displayName, CLIENT_SEALED.displayName), report };
  });
}
