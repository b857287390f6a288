import { workspaceApi } from "@/lib/api/workspace";
import { shareParams } from "@/lib/api/reports";
import { revokeShare } from "@/lib/workspace/reports/service";

/** Revokes a client link at once (the row stays, marked revoked). */
export const DELETE = workspaceApi({ permission: "client.write", params: shareParams }, ({ ctx, params }) => revokeShare(ctx, params.id, params.reportId, params.shareId));
