import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can, type Permission } from "@/lib/auth/permissions";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { blindIndex, blindQuery, open, openOptional, seal, sealOptional } from "@/lib/security/crypto";
import { clientTrail, forbidden, record, type AuditEntry } from "../audit";
import type { OrgContext } from "../context";
import { withOrg, type Tx } from "../tenant";
import type { ClientCreate, ClientListQuery, ClientPatch, ClientStatus, ConsentScope } from "./schema";

/**
 * Client files of one organization. Every function takes the caller's
 * context (built by the guards), checks the permission, runs in one
 * organization transaction (row-level security) with the organization in
 * every `where`, and records the read or change in the audit trail in the
 * same transaction.
 */

export interface ClientView {
  id: string;
  displayName: string;
  contact: string | null;
  languages: string[];
  origin: { code: string; titleEn: string; titleFr: string } | null;
  countryOfTraining: string | null;
  provinces: string[];
  arrivalDate: string | null;
  clbEnglish: number | null;
  nclcFrench: number | null;
  consent: { scopes: ConsentScope[]; givenAt: string; expiresAt: string | null };
  counsellor: { id: string; name: string } | null;
  status: ClientStatus;
  createdAt: string;
  updatedAt: string;
}

export interface ClientPage {
  items: ClientView[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
}

const clientNotFound = () =>
  new NotFoundError({ en: "No client file with this id in this organization.", fr: "Aucun dossier client avec cet identifiant dans cet organisme." });

function allow(ctx: OrgContext, permission: Permission) {
  if (!can(ctx.role, permission)) throw forbidden();
}

const INCLUDE = { counsellor: { select: { id: true, user: { select: { name: true, email: true } } } } } as const;
type ClientRow = Prisma.ClientGetPayload<{ include: typeof INCLUDE }>;

/** The sealed columns of a client file and their authenticated contexts. */
export const SEALED = { displayName: "client.display_name", contact: "client.contact" } as const;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

async function originTitles(tx: Tx, codes: string[]) {
  if (!codes.length) return new Map<string, { titleEn: string; titleFr: string }>();
  const rows = await tx.occupation.findMany({ where: { code: { in: [...new Set(codes)] } }, select: { code: true, titleEn: true, titleFr: true } });
  return new Map(rows.map((r) => [r.code, r]));
}

function toView(row: ClientRow, titles: Map<string, { titleEn: string; titleFr: string }>): ClientView {
  const title = row.originCode ? titles.get(row.originCode) : undefined;
  return {
    id: row.id,
    displayName: open(row.displayName, SEALED.displayName),
    contact: openOptional(row.contact, SEALED.contact),
    languages: row.languages,
    origin: row.originCode ? { code: row.originCode, titleEn: title?.titleEn ?? row.originCode, titleFr: title?.titleFr ?? row.originCode } : null,
    countryOfTraining: row.countryOfTraining,
    provinces: row.provinces,
    arrivalDate: day(row.arrivalDate),
    clbEnglish: row.clbEnglish,
    nclcFrench: row.nclcFrench,
    consent: { scopes: row.consentScopes as ConsentScope[], givenAt: row.consentGivenAt.toISOString().slice(0, 10), expiresAt: day(row.consentExpiresAt) },
    counsellor: row.counsellor ? { id: row.counsellor.id, name: row.counsellor.user.name || row.counsellor.user.email } : null,
    status: row.status as ClientStatus,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function views(tx: Tx, rows: ClientRow[]): Promise<ClientView[]> {
  const titles = await originTitles(tx, rows.flatMap((r) => (r.originCode ? [r.originCode] : [])));
  return rows.map((r) => toView(r, titles));
}

export async function listClients(ctx: OrgContext, query: ClientListQuery): Promise<ClientPage> {
  allow(ctx, "client.read");
  const where: Prisma.ClientWhereInput = { organizationId: ctx.org.id };
  if (query.q) where.AND = blindQuery(query.q).map((hashes) => ({ nameIndex: { hasSome: hashes } }));
  if (query.status) where.status = query.status;
  if (query.origin) where.originCode = query.origin;
  if (query.counsellor === "none") where.counsellorId = null;
  else if (query.counsellor === "me") where.counsellorId = ctx.membershipId ?? "00000000-0000-0000-0000-000000000000";
  else if (query.counsellor) where.counsellorId = query.counsellor;
  const dir = query.dir ?? (query.sort === "name" ? "asc" : "desc");
  const skip = (query.page - 1) * query.pageSize;
  return withOrg(ctx.org.id, async (tx) => {
    let total: number;
    let rows: ClientRow[];
    if (query.sort === "name") {
      // Names are sealed, so the database cannot order them: open the matching names, order, then read one page.
      const names = await tx.client.findMany({ where, select: { id: true, displayName: true } });
      const collator = new Intl.Collator("fr-CA", { sensitivity: "base" });
      const ordered = names
        .map((r) => ({ id: r.id, name: open(r.displayName, SEALED.displayName) }))
        .sort((a, b) => collator.compare(a.name, b.name) * (dir === "asc" ? 1 : -1) || a.id.localeCompare(b.id));
      const ids = ordered.slice(skip, skip + query.pageSize).map((r) => r.id);
      const byId = new Map((await tx.client.findMany({ where: { id: { in: ids }, organizationId: ctx.org.id }, include: INCLUDE })).map((r) => [r.id, r]));
      total = names.length;
      rows = ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    } else {
      const orderBy: Prisma.ClientOrderByWithRelationInput[] =
        query.sort === "created"
          ? [{ createdAt: dir }, { id: "asc" }]
          : query.sort === "arrival"
            ? [{ arrivalDate: { sort: dir, nulls: "last" } }, { id: "asc" }]
            : [{ updatedAt: dir }, { id: "asc" }];
      [total, rows] = await Promise.all([tx.client.count({ where }), tx.client.findMany({ where, orderBy, include: INCLUDE, skip, take: query.pageSize })]);
    }
    await record(tx, ctx, {
      action: "client.list",
      subjectType: "client",
      detail: { filters: Object.keys(query).filter((k) => query[k as keyof ClientListQuery] !== undefined), shown: rows.length, ids: rows.map((r) => r.id) },
    });
    return { items: await views(tx, rows), total, page: query.page, pageSize: query.pageSize, pages: Math.max(1, Math.ceil(total / query.pageSize)) };
  });
}

export interface CaseloadOrigin {
  code: string;
  titleEn: string;
  titleFr: string;
  count: number;
}

/** The professions clients trained in, with how many files each: the caseload list's profession filter. No personal data, so no audit event. */
export async function caseloadOrigins(ctx: OrgContext): Promise<CaseloadOrigin[]> {
  allow(ctx, "client.read");
  return withOrg(ctx.org.id, async (tx) => {
    const groups = await tx.client.groupBy({ by: ["originCode"], where: { organizationId: ctx.org.id, originCode: { not: null } }, _count: { _all: true } });
    const codes = groups.flatMap((g) => (g.originCode ? [g.originCode] : []));
    const titles = await originTitles(tx, codes);
    return groups.flatMap((g) =>
      g.originCode
        ? [{ code: g.originCode, titleEn: titles.get(g.originCode)?.titleEn ?? g.originCode, titleFr: titles.get(g.originCode)?.titleFr ?? g.originCode, count: g._count._all }]
        : [],
    );
  });
}

async function findRow(tx: Tx, ctx: OrgContext, id: string): Promise<ClientRow> {
  const row = await tx.client.findFirst({ where: { id, organizationId: ctx.org.id }, include: INCLUDE });
  if (!row) throw clientNotFound();
  return row;
}

export async function getClient(ctx: OrgContext, id: string): Promise<ClientView> {
  allow(ctx, "client.read");
  return withOrg(ctx.org.id, async (tx) => {
    const row = await findRow(tx, ctx, id);
    await record(tx, ctx, { action: "client.read", subjectType: "client", subjectId: id });
    return (await views(tx, [row]))[0]!;
  });
}

async function checkReferences(tx: Tx, ctx: OrgContext, input: ClientPatch): Promise<void> {
  if (input.originCode) {
    const known = await tx.occupation.count({ where: { code: input.originCode } });
    if (!known)
      throw new InvalidInputError(
        { en: `${input.originCode} is not a NOC 2021 unit group.`, fr: `${input.originCode} n’est pas un groupe de base de la CNP 2021.` },
        "originCode",
      );
  }
  if (input.counsellorId) {
    const member = await tx.membership.count({ where: { id: input.counsellorId, organizationId: ctx.org.id } });
    if (!member)
      throw new InvalidInputError(
        { en: "The counsellor must be a member of this organization.", fr: "La personne conseillère doit être membre de cet organisme." },
        "counsellorId",
      );
  }
}

function data(input: ClientPatch): Prisma.ClientUncheckedUpdateInput {
  const out: Prisma.ClientUncheckedUpdateInput = {};
  if (input.displayName !== undefined) {
    out.displayName = seal(input.displayName, SEALED.displayName);
    out.nameIndex = blindIndex(input.displayName);
  }
  if (input.contact !== undefined) out.contact = sealOptional(input.contact, SEALED.contact);
  if (input.languages !== undefined) out.languages = input.languages;
  if (input.originCode !== undefined) out.originCode = input.originCode;
  if (input.countryOfTraining !== undefined) out.countryOfTraining = input.countryOfTraining;
  if (input.provinces !== undefined) out.provinces = input.provinces;
  if (input.arrivalDate !== undefined) out.arrivalDate = input.arrivalDate ? new Date(input.arrivalDate) : null;
  if (input.clbEnglish !== undefined) out.clbEnglish = input.clbEnglish;
  if (input.nclcFrench !== undefined) out.nclcFrench = input.nclcFrench;
  if (input.consent !== undefined) {
    out.consentScopes = input.consent.scopes;
    out.consentGivenAt = new Date(input.consent.givenAt);
    out.consentExpiresAt = input.consent.expiresAt ? new Date(input.consent.expiresAt) : null;
  }
  if (input.counsellorId !== undefined) out.counsellorId = input.counsellorId;
  if (input.status !== undefined) {
    out.status = input.status;
    out.dischargedAt = input.status === "discharged" ? new Date() : null;
  }
  out.lastActivityAt = new Date();
  return out;
}

/** Creates a client file inside an open organization transaction (also used when importing a shared journey). */
export async function insertClient(tx: Tx, ctx: OrgContext, input: ClientCreate, detail: Record<string, Prisma.InputJsonValue> = {}): Promise<ClientView> {
  await checkReferences(tx, ctx, input);
  const fields = data(input) as Prisma.ClientUncheckedCreateInput;
  const row = await tx.client.create({
    data: { ...fields, organizationId: ctx.org.id, status: input.status ?? "intake", languages: input.languages ?? [], provinces: input.provinces ?? [] },
    include: INCLUDE,
  });
  await record(tx, ctx, { action: "client.create", subjectType: "client", subjectId: row.id, detail: { fields: Object.keys(input), ...detail } });
  return (await views(tx, [row]))[0]!;
}

export async function createClient(ctx: OrgContext, input: ClientCreate): Promise<ClientView> {
  allow(ctx, "client.write");
  return withOrg(ctx.org.id, (tx) => insertClient(tx, ctx, input));
}

export async function updateClient(ctx: OrgContext, id: string, patch: ClientPatch): Promise<ClientView> {
  allow(ctx, "client.write");
  return withOrg(ctx.org.id, async (tx) => {
    await findRow(tx, ctx, id);
    await checkReferences(tx, ctx, patch);
    const changed = await tx.client.updateMany({ where: { id, organizationId: ctx.org.id }, data: data(patch) });
    if (changed.count !== 1) throw clientNotFound();
    await record(tx, ctx, { action: "client.update", subjectType: "client", subjectId: id, detail: { fields: Object.keys(patch) } });
    return (await views(tx, [await findRow(tx, ctx, id)]))[0]!;
  });
}

export interface ClientExport {
  exportedAt: string;
  organization: { name: string };
  client: ClientView;
  auditTrail: AuditEntry[];
}

/** The file and its whole audit trail, as JSON (the client's right of access). */
export async function exportClient(ctx: OrgContext, id: string): Promise<ClientExport> {
  allow(ctx, "client.export");
  return withOrg(ctx.org.id, async (tx) => {
    const row = await findRow(tx, ctx, id);
    await record(tx, ctx, { action: "client.export", subjectType: "client", subjectId: id });
    return {
      exportedAt: new Date().toISOString(),
      organization: { name: ctx.org.name },
      client: (await views(tx, [row]))[0]!,
      auditTrail: await clientTrail(tx, ctx.org.id, id),
    };
  });
}
