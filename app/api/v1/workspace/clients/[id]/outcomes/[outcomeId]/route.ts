import { workspaceApi } from "@/lib/api/workspace";
import { outcomeParams } from "@/lib/workspace/casework/schema";
import { deleteOutcome } from "@/lib/workspace/casework/service";

/** DELETE: removes an outcome recorded by mistake (204; recorded in the audit trail). */
export const DELETE = workspaceApi({ permission: "client.write", params: outcomeParams }, async ({ ctx, params }) => {
  await deleteOutcome(ctx, params.id, params.outcomeId);
  return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
});
