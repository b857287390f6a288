import { z } from "zod";
import type { AuditEntry, listAudit } from "@/lib/workspace/audit";
import { auditQuerySchema } from "@/lib/workspace/audit";
import { CLIENT_STATUSES, CONSENT_SCOPES, clientCreateSchema, clientListSchema, clientPatchSchema } from "@/lib/workspace/clients/schema";
import type { ClientExport, ClientPage, ClientView } from "@/lib/workspace/clients/service";
import { exactly, instant, isoDay, UNAUTHENTICATED, WORKSPACE_ERRORS, WORKSPACE_WRITE_ERRORS, type ApiOperation } from "./registry";

/**
 * The workspace API (`/api/v1/workspace/...`): an organization API key
 * (`Authorization: Bearer pk_...`) or the signed-in session with `?org=<slug>`.
 * Never cached; every read and change is in the audit trail.
 */

export const clientIdParam = z.object({ id: z.uuid({ error: "A client id (UUID)." }).meta({ example: "0b6f7c1e-52a4-4d8e-9a37-3c1d2f5e8a90" }) });

const titles = () => ({ code: z.string(), titleEn: z.string(), titleFr: z.string() });

export const clientSchema = exactly<ClientView>()(
  z
    .object({
      id: z.uuid(),
      displayName: z.string().meta({ description: "The name or pseudonym the counsellor chose (sealed at rest)." }),
      contact: z.string().nullable(),
      languages: z.array(z.string()),
      origin: z.object(titles()).nullable().meta({ description: "The NOC 2021 unit group the client trained in, with its titles." }),
      countryOfTraining: z.string().nullable(),
      provinces: z.array(z.string()).meta({ description: "Province and territory codes (ON, QC...)." }),
      arrivalDate: isoDay().nullable(),
      clbEnglish: z.number().int().nullable(),
      nclcFrench: z.number().int().nullable(),
      consent: z.object({ scopes: z.array(z.enum(CONSENT_SCOPES)), givenAt: isoDay(), expiresAt: isoDay().nullable() }),
      counsellor: z.object({ id: z.uuid(), name: z.string() }).nullable().meta({ description: "The member in charge (membership id), or none." }),
      status: z.enum(CLIENT_STATUSES),
      createdAt: instant(),
      updatedAt: instant(),
    })
    .meta({ id: "Client", description: "A client file." }),
);

export const clientPageSchema = exactly<ClientPage>()(
  z
    .object({ items: z.array(clientSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), pages: z.number().int() })
    .meta({ id: "ClientPage", description: "One page of the caseload." }),
);

export const auditEntrySchema = exactly<AuditEntry>()(
  z
    .object({
      id: z.string(),
      at: instant(),
      actor: z.string(),
      actorKind: z.enum(["user", "apiKey", "system"]),
      action: z.string(),
      subjectType: z.string(),
      subjectId: z.string().nullable(),
      requestId: z.string().nullable(),
      route: z.string().nullable(),
      detail: z.unknown(),
    })
    .meta({ id: "AuditEntry", description: "One event of the audit trail." }),
);

const auditPageSchema = exactly<Awaited<ReturnType<typeof listAudit>>>()(z.object({ entries: z.array(auditEntrySchema), next: z.string().nullable() }));

const clientExportSchema = exactly<ClientExport>()(
  z
    .object({ exportedAt: instant(), organization: z.object({ name: z.string() }), client: clientSchema, auditTrail: z.array(auditEntrySchema) })
    .meta({ id: "ClientExport", description: "A client file and its whole audit trail (the client's right of access)." }),
);

const ws = (op: Omit<ApiOperation, "auth" | "tag" | "examples"> & { tag?: string; examples?: ApiOperation["examples"] }): ApiOperation => ({
  tag: "Workspace",
  auth: "workspace",
  ...op,
  examples: [UNAUTHENTICATED, ...(op.examples ?? [])],
});

export const WORKSPACE_OPERATIONS: ApiOperation[] = [
  ws({
    method: "get",
    path: "/api/v1/workspace/clients",
    tag: "Client files",
    summary: "The caseload",
    description: "Search (by name, through a blind index), filters, sort and pages.",
    permission: "client.read",
    query: clientListSchema,
    responses: { 200: { description: "One page of client files.", schema: clientPageSchema }, ...WORKSPACE_ERRORS },
  }),
  ws({
    method: "post",
    path: "/api/v1/workspace/clients",
    tag: "Client files",
    summary: "Open a client file",
    permission: "client.write",
    body: clientCreateSchema,
    responses: { 201: { description: "The new file.", schema: clientSchema }, ...WORKSPACE_WRITE_ERRORS },
  }),
  ws({
    method: "get",
    path: "/api/v1/workspace/clients/{id}",
    tag: "Client files",
    summary: "One client file",
    permission: "client.read",
    params: clientIdParam,
    responses: { 200: { description: "The file.", schema: clientSchema }, ...WORKSPACE_ERRORS },
  }),
  ws({
    method: "patch",
    path: "/api/v1/workspace/clients/{id}",
    tag: "Client files",
    summary: "Change some fields of a client file",
    permission: "client.write",
    params: clientIdParam,
    body: clientPatchSchema,
    responses: { 200: { description: "The file as changed.", schema: clientSchema }, ...WORKSPACE_WRITE_ERRORS },
  }),
  ws({
    method: "get",
    path: "/api/v1/workspace/clients/{id}/export",
    tag: "Client files",
    summary: "Download a client file with its audit trail",
    permission: "client.export",
    params: clientIdParam,
    responses: { 200: { description: "The file and its trail, as a JSON attachment.", schema: clientExportSchema }, ...WORKSPACE_ERRORS },
  }),
  ws({
    method: "get",
    path: "/api/v1/workspace/audit",
    tag: "Audit",
    summary: "The organization's audit trail, newest first",
    description: "`next` is the `before` of the following page.",
    permission: "audit.read",
    query: auditQuerySchema,
    responses: { 200: { description: "One page of events.", schema: auditPageSchema }, ...WORKSPACE_ERRORS },
  }),
  ws({
    method: "get",
    path: "/api/v1/workspace/audit/export",
    tag: "Audit",
    summary: "The whole audit trail as JSON or CSV",
    description: "Oldest first; the download is itself recorded.",
    permission: "audit.read",
    query: z.object({ format: z.enum(["json", "csv"]).default("json") }),
    responses: {
      200: { description: "JSON ({ organization, exportedAt, entries }) or CSV (text/csv) attachment.", schema: z.object({ organization: z.string(), exportedAt: instant(), entries: z.array(auditEntrySchema) }), alternative: "text/csv" },
      ...WORKSPACE_ERRORS,
    },
  }),
];
