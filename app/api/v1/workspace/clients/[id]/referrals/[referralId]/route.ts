import { workspaceApi } from "@/lib/api/workspace";
import { referralParams, referralPatchSchema } from "@/lib/workspace/casework/schema";
import { updateReferral } from "@/lib/workspace/casework/service";

/** PATCH: status, result or closing date of a referral (a closed status without a date closes it today). */
export const PATCH = workspaceApi({ permission: "client.write", params: referralParams, body: referralPatchSchema }, ({ ctx, params, body }) =>
  updateReferral(ctx, params.id, params.referralId, body),
);
