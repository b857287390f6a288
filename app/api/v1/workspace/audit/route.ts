import { workspaceApi } from "@/lib/api/workspace";
import { auditQuerySchema, listAudit } from "@/lib/workspace/audit";

/** The organization's audit trail, newest first; `next` is the `before` of the following page. */
export const GET = workspaceApi({ permission: "audit.read", query: auditQuerySchema }, ({ ctx, query }) => listAudit(ctx, query));
