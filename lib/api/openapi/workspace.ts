import { z } from "zod";
import { auditQuerySchema } from "@/lib/workspace/audit";
import { clientCreateSchema, clientListSchema, clientPatchSchema } from "@/lib/workspace/clients/schema";
import { UNAUTHENTICATED, WORKSPACE_ERRORS, WORKSPACE_WRITE_ERRORS, type ApiOperation } from "./registry";

/**
 * The workspace API (`/api/v1/workspace/...`): an organization API key
 * (`Authorization: Bearer pk_...`) or the signed-in session with `?org=<slug>`.
 * Never cached; every read and change is in the audit trail.
 */

export const clientIdParam = z.object({ id: z.uuid({ error: "A client id (UUID)." }).meta({ example: "0b6f7c1e-52a4-4d8e-9a37-3c1d2f5e8a90" }) });

export const clientSchema = z
  .looseObject({
    id: z.string(),
    displayName: z.string(),
    contact: z.string().nullable(),
    languages: z.array(z.string()),
    origin: z.object({ code: z.string(), titleEn: z.string(), titleFr: z.string() }).nullable(),
    provinces: z.array(z.string()),
    status: z.string(),
    consent: z.looseObject({ scopes: z.array(z.string()), givenAt: z.string(), expiresAt: z.string().nullable() }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Client" });

export const clientPageSchema = z
  .object({ items: z.array(clientSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), pages: z.number().int() })
  .meta({ id: "ClientPage" });

export const auditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.string(),
    actorKind: z.enum(["user", "apiKey", "system"]),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string().nullable(),
    requestId: z.string().nullable(),
    route: z.string().nullable(),
    detail: z.unknown(),
  })
  .meta({ id: "AuditEntry" });

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
    responses: { 200: { description: "The file and its trail, as a JSON attachment.", schema: z.looseObject({}) }, ...WORKSPACE_ERRORS },
  }),
  ws({
    method: "get",
    path: "/api/v1/workspace/audit",
    tag: "Audit",
    summary: "The organization's audit trail, newest first",
    description: "`next` is the `before` of the following page.",
    permission: "audit.read",
    query: auditQuerySchema,
    responses: { 200: { description: "One page of events.", schema: z.object({ entries: z.array(auditEntrySchema), next: z.string().nullable() }) }, ...WORKSPACE_ERRORS },
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
      200: { description: "JSON ({ organization, exportedAt, entries }) or CSV (text/csv) attachment.", schema: z.object({ organization: z.string(), exportedAt: z.string(), entries: z.array(auditEntrySchema) }) },
      ...WORKSPACE_ERRORS,
    },
  }),
];
