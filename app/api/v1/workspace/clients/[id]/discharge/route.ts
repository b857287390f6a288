import { z } from "zod";
import { workspaceApi } from "@/lib/api/workspace";
import { getClient } from "@/lib/workspace/clients/service";
import { dischargeClient } from "@/lib/workspace/erasure";

/** Discharges the client (the file stays; its retention period counts from now). Answers the file. */
export const POST = workspaceApi({ permission: "client.write", params: z.object({ id: z.uuid({ error: "A client id (UUID)." }) }) }, async ({ ctx, params }) => {
  await dischargeClient(ctx, params.id);
  return getClient(ctx, params.id);
});
