import { z } from "zod";
import { workspaceApi } from "@/lib/api/workspace";
import { cancelErasure, decideErasure, erasureDecisionSchema, getErasureRequest } from "@/lib/workspace/erasure";

const params = z.object({ requestId: z.uuid({ error: "An erasure request id (UUID)." }) });

/**
 * POST {"decision": "approve" | "reject"}: an administrator who did not ask
 * decides; approving erases the file at once and answers the counts.
 * DELETE: the person who asked withdraws a pending request (204).
 */
export const POST = workspaceApi({ permission: "client.erase", params, body: erasureDecisionSchema }, ({ ctx, params, body }) =>
  decideErasure(ctx, params.requestId, body.decision),
);

export const DELETE = workspaceApi({ permission: "client.read", params }, async ({ ctx, params }) => {
  await cancelErasure(ctx, params.requestId);
  return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
});

/** One request. */
export const GET = workspaceApi({ permission: "client.read", params }, ({ ctx, params }) => getErasureRequest(ctx, params.requestId));
