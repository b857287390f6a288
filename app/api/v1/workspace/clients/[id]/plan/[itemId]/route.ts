import { workspaceApi } from "@/lib/api/workspace";
import { actionItemPatchSchema, itemParams } from "@/lib/workspace/casework/schema";
import { deletePlanItem, updatePlanItem } from "@/lib/workspace/casework/service";

/** PATCH: title, owner, due date or status of a plan item. DELETE: removes it (204). */
export const PATCH = workspaceApi({ permission: "client.write", params: itemParams, body: actionItemPatchSchema }, ({ ctx, params, body }) =>
  updatePlanItem(ctx, params.id, params.itemId, body),
);

export const DELETE = workspaceApi({ permission: "client.write", params: itemParams }, async ({ ctx, params }) => {
  await deletePlanItem(ctx, params.id, params.itemId);
  return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
});
