import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can, type Permission } from "@/lib/auth/permissions";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { open, openOptional, seal, sealOptional } from "@/lib/security/crypto";
import { forbidden, record } from "../audit";
import type { OrgContext } from "../context";
import { withOrg, type Tx } from "../tenant";
import {
  CLOSED_REFERRAL_STATUSES,
  outcomeDetailSchema,
  type ActionItemCreate,
  type ActionItemPatch,
  type ActionStatus,
  type FieldRelation,
  type LanguageLevel,
  type NoteInput,
  type OutcomeCreate,
  type OutcomeKind,
  type ReferralCreate,
  type ReferralKind,
  type ReferralPatch,
  type ReferralStatus,
} from "./schema";

/**
 * The work with one client: notes, the action plan, referrals, outcomes and
 * the timeline that puts them together. Like the client file service, every
 * function checks the permission, runs in one organization transaction with
 * the organization in every `where`, seals free text, and records the read
 * or change in the audit trail in the same transaction. Each change also
 * touches the client's `lastActivityAt` (retention counts from it) in that
 * transaction.
 */

/** Sealed columns and their authenticated contexts. */
export const SEALED = {
  noteBody: "client_note.body",
  itemTitle: "action_item.title",
  partner: "referral.partner",
  result: "referral.result",
  detail: "outcome.detail",
} as const;

/** A member's own note may be deleted within this time; administrators may delete any. */
export const NOTE_DELETE_WINDOW_MS = 24 * 60 * 60 * 1000;

const text = (en: string, fr: string) => ({ en, fr });
const clientNotFound = () => new NotFoundError(text("No client file with this id in this organization.", "Aucun dossier client avec cet identifiant dans cet organisme."));
const noteNotFound = () => new NotFoundError(text("No note with this id on this client file.", "Aucune note avec cet identifiant dans ce dossier."));
const itemNotFound = () => new NotFoundError(text("No plan item with this id on this client file.", "Aucune action avec cet identifiant dans ce dossier."));
const referralNotFound = () => new NotFoundError(text("No referral with this id on this client file.", "Aucune orientation avec cet identifiant dans ce dossier."));
const outcomeNotFound = () => new NotFoundError(text("No outcome with this id on this client file.", "Aucun résultat avec cet identifiant dans ce dossier."));

function allow(ctx: OrgContext, permission: Permission) {
  if (!can(ctx.role, permission)) throw forbidden();
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const dayOrNull = (d: Date | null) => (d ? day(d) : null);
const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
export const todayIso = () => new Date().toISOString().slice(0, 10);
const userOf = (ctx: OrgContext) => (ctx.actor.kind === "user" ? ctx.actor.userId : null);

/** Marks the client's work as changed now; also proves the client is this organization's. */
async function touch(tx: Tx, ctx: OrgContext, clientId: string): Promise<void> {
  const changed = await tx.$executeRaw`UPDATE client SET last_activity_at = now() WHERE id = ${clientId}::uuid AND organization_id = ${ctx.org.id}::uuid`;
  if (changed !== 1) throw clientNotFound();
}

async function clientExists(tx: Tx, ctx: OrgContext, clientId: string): Promise<void> {
  if (!(await tx.client.count({ where: { id: clientId, organizationId: ctx.org.id } }))) throw clientNotFound();
}

/** Names of the organization's members by user id (authors who left show as such). */
async function memberNames(tx: Tx, ctx: OrgContext, userIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (!ids.length) return new Map();
  const rows = await tx.membership.findMany({ where: { organizationId: ctx.org.id, userId: { in: ids } }, select: { userId: true, user: { select: { name: true, email: true } } } });
  return new Map(rows.map((r) => [r.userId, r.user.name || r.user.email]));
}

// ---------------------------------------------------------------- notes

export interface NoteView {
  id: string;
  body: string;
  author: { userId: string; name: string | null } | null;
  createdAt: string;
  updatedAt: string;
  /** What the caller may do with it. */
  canEdit: boolean;
  canDelete: boolean;
}

type NoteRow = { id: string; body: string; authorUserId: string | null; createdAt: Date; updatedAt: Date };

function mayDeleteNote(ctx: OrgContext, note: NoteRow, now = Date.now()): boolean {
  if (!can(ctx.role, "client.write")) return false;
  if (can(ctx.role, "member.manage")) return true; // administrators
  return note.authorUserId !== null && note.authorUserId === userOf(ctx) && now - note.createdAt.getTime() <= NOTE_DELETE_WINDOW_MS;
}

function noteView(ctx: OrgContext, row: NoteRow, names: Map<string, string>): NoteView {
  const mine = row.authorUserId !== null && row.authorUserId === userOf(ctx);
  return {
    id: row.id,
    body: open(row.body, SEALED.noteBody),
    author: row.authorUserId ? { userId: row.authorUserId, name: names.get(row.authorUserId) ?? null } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    canEdit: mine && can(ctx.role, "client.write"),
    canDelete: mayDeleteNote(ctx, row),
  };
}

/** A client's notes, newest first, with their authors' names. */
export async function listNotes(ctx: OrgContext, clientId: string): Promise<NoteView[]> {
  allow(ctx, "client.read");
  return withOrg(ctx.org.id, async (tx) => {
    await clientExists(tx, ctx, clientId);
    const rows = await tx.clientNote.findMany({ where: { organizationId: ctx.org.id, clientId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 1000 });
    await record(tx, ctx, { action: "client.read", subjectType: "client", subjectId: clientId, detail: { part: "notes", shown: rows.length } });
    const names = await memberNames(tx, ctx, rows.flatMap((r) => (r.authorUserId ? [r.authorUserId] : [])));
    return rows.map((r) => noteView(ctx, r, names));
  });
}

export async function createNote(ctx: OrgContext, clientId: string, input: NoteInput): Promise<NoteView> {
  allow(ctx, "client.write");
  return withOrg(ctx.org.id, async (tx) => {
    await touch(tx, ctx, clientId);
    const row = await tx.clientNote.create({ data: { organizationId: ctx.org.id, clientId, authorUserId: userOf(ctx), body: seal(input.body, SEALED.noteBody) } });
    await record(tx, ctx, { action: "note.create", subjectType: "client", subjectId: clientId, detail: { note: row.id } });
    return noteView(ctx, row, await memberNames(tx, ctx, row.authorUserId ? [row.authorUserId] : []));
  });
}

async function findNote(tx: Tx, ctx: OrgContext, clientId: string, noteId: string): Promise<NoteRow> {
  const row = await tx.clientNote.findFirst({ where: { id: noteId, clientId, organizationId: ctx.org.id } });
  if (!row) throw noteNotFound();
  return row;
}

/** Only the author changes a note. */
export async function updateNote(ctx: OrgContext, clientId: string, noteId: string, input: NoteInput): Promise<NoteView> {
  allow(ctx, "client.write");
  return withOrg(ctx.org.id, async (tx) => {
    await touch(tx, ctx, clientId);
    const note = await findNote(tx, ctx, clientId, noteId);
    if (note.authorUserId === null || note.authorUserId !== userOf(ctx))
      throw new ForbiddenError(text("Only the author of a note can change it.", "Seule la personne qui a écrit une note peut la modifier."));
    const row = await tx.clientNote.update({ where: { id: note.id, organizationId: ctx.org.id }, data: { body: seal(input.body, SEALED.noteBody) } });
    await record(tx, ctx, { action: "note.update", subjectType: "client", subjectId: clientId, detail: { note: noteId } });
    return noteView(ctx, row, await memberNames(tx, ctx, row.authorUserId ? [row.authorUserId] : []));
  });
}

/** The author within 24 hours, or an administrator at any time. */
export async function deleteNote(ctx: OrgContext, clientId: string, noteId: string): Promise<void> {
  allow(ctx, "client.write");
  await withOrg(ctx.org.id, async (tx) => {
    await touch(tx, ctx, clientId);
    const note = await findNote(tx, ctx, clientId, noteId);
    if (!mayDeleteNote(ctx, note))
      throw new ForbiddenError(
        text("Only its author can delete a note, within 24 hours of writing it; an administrator can at any time.", "Seule la personne qui l’a écrite peut supprimer une note, dans les 24 heures ; un administrateur peut le faire en tout temps."),
      );
    await tx.clientNote.deleteMany({ where: { id: noteId, clientId, organizationId: ctx.org.id } });
    await record(tx, ctx, { action: "note.delete", subjectType: "client", subjectId: clientId, detail: { note: noteId } });
  });
}

// ---------------------------------------------------------------- action plan

export interface ActionItemView {
  id: string;
  clientId: string;
  title: string;
  /** null: the client does it. */
  owner: { membershipId: string; name: string } | null;
  dueOn: string | null;
  status: ActionStatus;
  overdue: boolean;
  completedAt: string | null;
  createdAt: string;
}

const ITEM_INCLUDE = { owner: { select: { id: true, user: { select: { name: true, email: true } } } } } as const;
type ItemRow = Prisma.ActionItemGetPayload<{ include: typeof ITEM_INCLUDE }>;
const OPEN_STATUSES: readonly string[] = ["open", "in-progress"];

function itemView(row: ItemRow, today = todayIso()): ActionItemView {
  const dueOn = dayOrNull(row.dueOn);
  return {
    id: row.id,
    clientId: row.clientId,
    title: open(row.title, SEALED.itemTitle),
    owner: row.owner ? { membershipId: row.owner.id, name: row.owner.user.name || row.owner.user.email } : null,
    dueOn,
    status: row.status as ActionStatus,
    overdue: OPEN_STATUSES.includes(row.status) && dueOn !== null && dueOn < today,
    completedAt: row.completedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Overdue first, then open items by due date (undated last), then finished ones, most recent first. */
export function planOrder(a: ActionItemView, b: ActionItemView): number {
  const rank = (i: ActionItemView) => (i.overdue ? 0 : OPEN_STATUSES.includes(i.status) ? 1 : 2);
  const byRank = rank(a) - rank(b);
  if (byRank) return byRank;
  if (rank(a) < 2) {
    if (a.dueOn !== b.dueOn) return a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn < b.dueOn ? -1 : 1;
  } else {
    const done = (i: ActionItemView) => i.completedAt ?? i.createdAt;
    if (done(a) !== done(b)) return done(a) < done(b) ? 1 : -1;
  }
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id.localeCompare(b.id);
}

async function checkOwner(tx: Tx, ctx: OrgContext, ownerMembershipId: string | null | undefined): Promise<void> {
  if (!ownerMembershipId) return;
  if (!(await tx.membership.count({ where: { id: ownerMembershipId, organizationId: ctx.org.id } })))
    throw new InvalidInputError(text("The owner must be a member of this organization, or the client.", "La personne responsable doit être membre de cet organisme, ou le client."), "ownerMembershipId");
}

export async function listPlan(ctx: OrgContext, clientId: string): Promise<ActionItemView[]> {
  allow(ctx, "client.read");
  return withOrg(ctx.org.id, async (tx) => {
    await clientExists(tx, ctx, clientId);
    const rows = await tx.actionItem.findMany({ where: { organizationId: ctx.org.id, clientId }, include: ITEM_INCLUDE, take: 1000 });
    await record(tx, ctx, { action: "client.read", subjectType: "client", subjectId: clientId, detail: { part: "plan", shown: rows.length } });
    return rows.map((r) => itemView(r)).sort(planOrder);
  });
}

export async function createPlanItem(ctx: OrgContext, clientId: string, input: ActionItemCreate): Promise<ActionItemView> {
  allow(ctx, "client.write");
  return withOrg(ctx.org.id, async (tx) => {
    await touch(tx, ctx, clientId);
    await checkOwner(tx, ctx, input.ownerMembershipId);
    const row = await tx.actionItem.create({
      data: {
        organizationId: ctx.org.id,
        clientId,
        title: seal(input.title, SEALED.itemTitle),
        ownerMembershipId: input.ownerMembershipId,
        dueOn: input.dueOn ? asDate(input.dueOn) : null,
        status: input.status,
        completedAt: input.status === "done" ? new Date() : null,
        createdByUserId: userOf(ctx),
      },
      include: ITEM_INCLUDE,
    });
    await record(tx, ctx, { action: "plan.create", subjectType: "client", subjectId: clientId, detail: { item: row.id, status: input.status } });
    return itemView(row);
  });
}

export async function updatePlanItem(ctx: OrgContext, clientId: string, itemId: string, patch: ActionItemPatch): Promise<ActionItemView> {
  allow(ctx, "client.write");
  return withOrg(ctx.org.id, async (tx) => {
    await touch(tx, ctx, clientId);
    const current = await tx.actionItem.findFirst({ where: { id: itemId, clientId, organizationId: ctx.org.id } });
    if (!current) throw itemNotFound();
    await checkOwner(tx, ctx, patch.ownerMembershipId);
    const data: Prisma.ActionItemUncheckedUpdateManyInput = {};
    if (patch.title !== undefined) data.title = seal(patch.title, SEALED.itemTitle);
    if (patch.ownerMembershipId !== undefined) data.ownerMembershipId = patch.ownerMembershipId;
    if (patch.dueOn !== undefined) data.dueOn = patch.dueOn ? asDate(patch.dueOn) : null;
    if (patch.status !== undefined && patch.status !== current.status) {
      data.status = patch.status;
      data.completedAt = patch.status === "done" ? new Date() : null;
    }
    await tx.actionItem.updateMany({ where: { id: itemId, clientId, organizationId: ctx.org.id }, data });
    await record(tx, ctx, { action: "plan.update", subjectType: "client", subjectId: clientId, detail: { item: itemId, fields: Object.keys(patch), ...(patch.status ? { status: patch.status } : {}) } });
    const row = await tx.actionItem.findFirst({ where: { id: itemId, organizationId: ctx.org.id }, include: ITEM_INCLUDE });
    return itemView(row!);
  });
}

export async function deletePlanItem(ctx: OrgContext, clientId: string, itemId: string): Promise<void> {
  allow(ctx, "client.write");
  await withOrg(ctx.org.id, async (tx) => {
    await touch(tx, ctx, clientId);
    const deleted = await tx.actionItem.deleteMany({ where: { id: itemId, clientId, organizationId: ctx.org.id } });
    if (deleted.count !== 1) throw itemNotFound();
    await record(tx, ctx, { action: "plan.delete", subjectType: "client", subjectId: clientId, detail: { item: itemId } });
  });
}

// ---------------------------------------------------------------- referrals

export interface ReferralView {
  id: string;
  clientId: string;
  kind: ReferralKind;
  partner: string;
  status: ReferralStatus;
  result: string | null;
  referredOn: string;
  closedOn: string | null;
  createdAt: string;
}

type ReferralRow = Prisma.ReferralGetPayload<object>;

function referralView(row: ReferralRow): ReferralView {
  return {
    id: row.id,
    clientId: row.clientId,
    kind: row.kind as ReferralKind,
    partner: open(row.partner, SEALED.partner),
    status: row.status as ReferralStatus,
    result: openOptional(row.result, SEALED.result),
    referredOn: day(row.referredOn),
    closedOn: dayOrNull(row.closedOn),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listReferrals(ctx: OrgContext, clientId: string): Promise<ReferralView[]> {
  allow(ctx, "client.read");
  return withOrg(ctx.org.id, async (tx) => {
    await clientExists(tx, ctx, clientId);
    const rows = await tx.referral.findMany({ where: { organizationId: ctx.org.id, clientId }, orderBy: [{ referredOn: "desc" }, { createdAt: "desc" }], take: 1000 });
    await record(tx, ctx, { action: "client.read", subjectType: "client", subjectId: clientId, detail: { part: "referrals", shown: rows.length } });
    return rows.map(referralView);
  });
}

/** A closed status gets a closing date (today unless given); an open one has none. */
function closing(status: ReferralStatus, closedOn: string | null | undefined, current: Date | null = null): Date | null {
  if (!CLOSED_REFERRAL_STATUSES.includes(status)) return null;
  if (closedOn) return asDate(closedOn);
  return current ?? asDate(todayIso());
}

export async function createReferral(ctx: OrgContext, clientId: string, input: ReferralCreate): Promise<ReferralView> {
  allow(ctx, "client.write");
  return withOrg(ctx.org.id, async (tx) => {
    await touch(tx, ctx, clientId);
    const row = await tx.referral.create({
      data: {
        organizationId: ctx.org.id,
        clientId,
        kind: input.kind,
        partner: seal(input.partner, SEALED.partner),
        status: input.status,
        result: sealOptional(input.result ?? null, SEALED.result),
        referredOn: asDate(input.referredOn),
        closedOn: closing(input.status, input.closedOn),
        createdByUserId: userOf(ctx),
      },
    });
    await record(tx, ctx, { action: "referral.create", subjectType: "client", subjectId: clientId, detail: { referral: row.id, kind: input.kind, status: input.status } });
    return referralView(row);
  });
}

export async function updateReferral(ctx: OrgContext, clientId: string, referralId: string, patch: ReferralPatch): Promise<ReferralView> {
  allow(ctx, "client.write");
  return withOrg(ctx.org.id, async (tx) => {
    await touch(tx, ctx, clientId);
    const current = await tx.referral.findFirst({ where: { id: referralId, clientId, organizationId: ctx.org.id } });
    if (!current) throw referralNotFound();
    const status = (patch.status ?? current.status) as ReferralStatus;
    const closedOn = closing(status, patch.closedOn, current.closedOn);
    if (closedOn && closedOn < current.referredOn)
      throw new InvalidInputError(text("A referral closes on or after the day it was made.", "Une orientation se termine le jour où elle a été faite ou après."), "closedOn");
    const data: Prisma.ReferralUncheckedUpdateManyInput = { status, closedOn };
    if (patch.result !== undefined) data.result = sealOptional(patch.result, SEALED.result);
    await tx.referral.updateMany({ where: { id: referralId, clientId, organizationId: ctx.org.id }, data });
    await record(tx, ctx, { action: "referral.update", subjectType: "client", subjectId: clientId, detail: { referral: referralId, fields: Object.keys(patch), status } });
    return referralView((await tx.referral.findFirst({ where: { id: referralId, organizationId: ctx.org.id } }))!);
  });
}

// ---------------------------------------------------------------- outcomes

export interface OutcomeView {
  id: string;
  clientId: string;
  kind: OutcomeKind;
  occurredOn: string;
  noc: { code: string; titleEn: string; titleFr: string } | null;
  fieldRelation: FieldRelation | null;
  level: LanguageLevel | null;
  note: string | null;
  createdAt: string;
}

type OutcomeRow = Prisma.OutcomeGetPayload<object>;
type Titles = Map<string, { titleEn: string; titleFr: string }>;

async function occupationTitles(tx: Tx, codes: string[]): Promise<Titles> {
  const unique = [...new Set(codes)];
  if (!unique.length) return new Map();
  const rows = await tx.occupation.findMany({ where: { code: { in: unique } }, select: { code: true, titleEn: true, titleFr: true } });
  return new Map(rows.map((r) => [r.code, r]));
}

function outcomeView(row: OutcomeRow, titles: Titles): OutcomeView {
  const detail = row.detail ? outcomeDetailSchema.parse(JSON.parse(open(row.detail, SEALED.detail))) : {};
  const title = row.nocCode ? titles.get(row.nocCode) : undefined;
  return {
    id: row.id,
    clientId: row.clientId,
    kind: row.kind as OutcomeKind,
    occurredOn: day(row.occurredOn),
    noc: row.nocCode ? { code: row.nocCode, titleEn: title?.titleEn ?? row.nocCode, titleFr: title?.titleFr ?? row.nocCode } : null,
    fieldRelation: row.fieldRelation as FieldRelation | null,
    level: detail.level ?? null,
    note: detail.note ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The sealed detail of an outcome: its note and language level as one small JSON document, or nothing. */
export function outcomeDetail(input: Pick<OutcomeCreate, "note" | "level">): string | null {
  const detail = outcomeDetailSchema.parse({ ...(input.note ? { note: input.note } : {}), ...(input.level ? { level: input.level } : {}) });
  return Object.keys(detail).length ? seal(JSON.stringify(detail), SEALED.detail) : null;
}

export async function listOutcomes(ctx: OrgContext, clientId: string): Promise<OutcomeView[]> {
  allow(ctx, "client.read");
  return withOrg(ctx.org.id, async (tx) => {
    await clientExists(tx, ctx, clientId);
    const rows = await tx.outcome.findMany({ where: { organizationId: ctx.org.id, clientId }, orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }], take: 1000 });
    await record(tx, ctx, { action: "client.read", subjectType: "client", subjectId: clientId, detail: { part: "outcomes", shown: rows.length } });
    const titles = await occupationTitles(tx, rows.flatMap((r) => (r.nocCode ? [r.nocCode] : [])));
    return rows.map((r) => outcomeView(r, titles));
  });
}

/** Whether the client agrees, today, to their results being followed (consent scope "outcomes"). */
export function followsOutcomes(consent: { scopes: readonly string[]; expiresAt: string | null }, today = todayIso()): boolean {
  return consent.scopes.includes("outcomes") && (consent.expiresAt === null || consent.expiresAt > today);
}

/** Records a milestone: only for a client who agrees to their results being followed. */
export async function createOutcome(ctx: OrgContext, clientId: string, input: OutcomeCreate): Promise<OutcomeView> {
  allow(ctx, "client.write");
  return withOrg(ctx.org.id, async (tx) => {
    await touch(tx, ctx, clientId);
    const file = await tx.client.findFirst({ where: { id: clientId, organizationId: ctx.org.id }, select: { consentScopes: true, consentExpiresAt: true } });
    if (!file || !followsOutcomes({ scopes: file.consentScopes, expiresAt: dayOrNull(file.consentExpiresAt) }))
      throw new InvalidInputError(
        text(
          "The client has not agreed (or no longer agrees) to their results being followed: update their consent first.",
          "La personne n’a pas accepté (ou n’accepte plus) que ses résultats soient suivis : mettez d’abord son consentement à jour.",
        ),
        "consent",
      );
    const titles = await occupationTitles(tx, input.nocCode ? [input.nocCode] : []);
    if (input.nocCode && !titles.has(input.nocCode))
      throw new InvalidInputError(text(`${input.nocCode} is not a NOC 2021 unit group.`, `${input.nocCode} n’est pas un groupe de base de la CNP 2021.`), "nocCode");
    const row = await tx.outcome.create({
      data: {
        organizationId: ctx.org.id,
        clientId,
        kind: input.kind,
        occurredOn: asDate(input.occurredOn),
        nocCode: input.nocCode,
        fieldRelation: input.fieldRelation,
        detail: outcomeDetail(input),
        createdByUserId: userOf(ctx),
      },
    });
    await record(tx, ctx, { action: "outcome.create", subjectType: "client", subjectId: clientId, detail: { outcome: row.id, kind: input.kind } });
    return outcomeView(row, titles);
  });
}

/** A mistaken entry comes out (recorded); outcomes are otherwise never changed. */
export async function deleteOutcome(ctx: OrgContext, clientId: string, outcomeId: string): Promise<void> {
  allow(ctx, "client.write");
  await withOrg(ctx.org.id, async (tx) => {
    await touch(tx, ctx, clientId);
    const deleted = await tx.outcome.deleteMany({ where: { id: outcomeId, clientId, organizationId: ctx.org.id } });
    if (deleted.count !== 1) throw outcomeNotFound();
    await record(tx, ctx, { action: "outcome.delete", subjectType: "client", subjectId: clientId, detail: { outcome: outcomeId } });
  });
}

// ---------------------------------------------------------------- timeline

export type TimelineEntry =
  | { kind: "first-visit"; date: string }
  | { kind: "client-created"; date: string }
  | { kind: "client-discharged"; date: string }
  | { kind: "outcome"; date: string; outcome: OutcomeView }
  | { kind: "referral-made"; date: string; referral: ReferralView }
  | { kind: "referral-closed"; date: string; referral: ReferralView }
  | { kind: "note"; date: string; note: { id: string; body: string; author: string | null } }
  | { kind: "action-done"; date: string; item: { id: string; title: string } }
  | { kind: "report"; date: string; report: { id: string; version: number } };

/** Newest first; a calendar day sorts before moments of that same day, and ties keep a fixed order. */
export function timelineOrder(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.kind.localeCompare(b.kind);
}

/** Everything that happened with a client, newest first (recorded as timeline.read). */
export async function timeline(ctx: OrgContext, clientId: string): Promise<TimelineEntry[]> {
  allow(ctx, "client.read");
  return withOrg(ctx.org.id, async (tx) => {
    const where = { organizationId: ctx.org.id, clientId };
    const client = await tx.client.findFirst({ where: { id: clientId, organizationId: ctx.org.id }, select: { firstVisitOn: true, createdAt: true, dischargedAt: true } });
    if (!client) throw clientNotFound();
    const [outcomes, referrals, notes, done, reports] = await Promise.all([
      tx.outcome.findMany({ where, take: 2000 }),
      tx.referral.findMany({ where, take: 2000 }),
      tx.clientNote.findMany({ where, take: 2000, orderBy: { createdAt: "desc" } }),
      tx.actionItem.findMany({ where: { ...where, status: "done" }, take: 2000, include: ITEM_INCLUDE }),
      tx.matchReport.findMany({ where, select: { id: true, version: true, createdAt: true }, take: 2000 }),
    ]);
    const [titles, names] = await Promise.all([
      occupationTitles(tx, outcomes.flatMap((o) => (o.nocCode ? [o.nocCode] : []))),
      memberNames(tx, ctx, notes.flatMap((n) => (n.authorUserId ? [n.authorUserId] : []))),
    ]);
    const entries: TimelineEntry[] = [
      { kind: "first-visit", date: day(client.firstVisitOn) },
      { kind: "client-created", date: client.createdAt.toISOString() },
    ];
    if (client.dischargedAt) entries.push({ kind: "client-discharged", date: client.dischargedAt.toISOString() });
    for (const o of outcomes) entries.push({ kind: "outcome", date: day(o.occurredOn), outcome: outcomeView(o, titles) });
    for (const r of referrals) {
      const view = referralView(r);
      entries.push({ kind: "referral-made", date: view.referredOn, referral: view });
      if (view.closedOn) entries.push({ kind: "referral-closed", date: view.closedOn, referral: view });
    }
    for (const n of notes)
      entries.push({ kind: "note", date: n.createdAt.toISOString(), note: { id: n.id, body: open(n.body, SEALED.noteBody), author: n.authorUserId ? (names.get(n.authorUserId) ?? null) : null } });
    for (const i of done) entries.push({ kind: "action-done", date: (i.completedAt ?? i.updatedAt).toISOString(), item: { id: i.id, title: open(i.title, SEALED.itemTitle) } });
    for (const r of reports) entries.push({ kind: "report", date: r.createdAt.toISOString(), report: { id: r.id, version: r.version } });
    await record(tx, ctx, { action: "timeline.read", subjectType: "client", subjectId: clientId, detail: { shown: entries.length } });
    return entries.sort(timelineOrder);
  });
}

// ---------------------------------------------------------------- my work

export interface WorkItem extends ActionItemView {
  clientName: string;
}
export interface WaitingReferral extends ReferralView {
  clientName: string;
}
export interface MyWork {
  /** Open items due within `days` (or overdue) that the member owns or that belong to their clients; overdue first. */
  items: WorkItem[];
  /** Referrals sent or accepted on the member's clients: waiting for a result. */
  referrals: WaitingReferral[];
  horizon: string;
}

/** What the signed-in member has to do next, across their clients. */
export async function myWork(ctx: OrgContext, days = 14): Promise<MyWork> {
  allow(ctx, "client.read");
  const membershipId = ctx.membershipId;
  const horizonDate = new Date(Date.now() + days * 86_400_000);
  const horizon = day(horizonDate);
  if (!membershipId) return { items: [], referrals: [], horizon };
  return withOrg(ctx.org.id, async (tx) => {
    const mine: Prisma.ClientWhereInput = { organizationId: ctx.org.id, counsellorId: membershipId };
    const [items, referrals] = await Promise.all([
      tx.actionItem.findMany({
        where: {
          organizationId: ctx.org.id,
          status: { in: ["open", "in-progress"] },
          dueOn: { lte: asDate(horizon) },
          OR: [{ ownerMembershipId: membershipId }, { client: mine }],
        },
        include: { ...ITEM_INCLUDE, client: { select: { displayName: true } } },
        orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
        take: 500,
      }),
      tx.referral.findMany({
        where: { organizationId: ctx.org.id, status: { in: ["sent", "accepted"] }, client: mine },
        include: { client: { select: { displayName: true } } },
        orderBy: [{ referredOn: "asc" }],
        take: 500,
      }),
    ]);
    const clientIds = [...new Set([...items.map((i) => i.clientId), ...referrals.map((r) => r.clientId)])];
    await record(tx, ctx, { action: "client.list", subjectType: "client", detail: { view: "work", shown: clientIds.length, ids: clientIds } });
    const name = (sealed: string) => open(sealed, "client.display_name");
    return {
      items: items.map((i) => ({ ...itemView(i), clientName: name(i.client.displayName) })).sort(planOrder),
      referrals: referrals.map((r) => ({ ...referralView(r), clientName: name(r.client.displayName) })),
      horizon,
    };
  });
}
