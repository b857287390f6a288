import { z } from "zod";
import { workspaceApi } from "@/lib/api/workspace";
import { clientPatchSchema } from "@/lib/workspace/clients/schema";
import { deleteClient, getClient, updateClient } from "@/lib/workspace/clients/service";

const params = z.object({ id: z.uuid({ error: "A client id (UUID)." }) });

/** One client file: read, change some fields, or delete for good (204; the audit keeps a tombstone). */
export const GET = workspaceApi({ permission: "client.read", params }, ({ ctx, params }) => getClient(ctx, params.id));

export const PATCH = workspaceApi({ permission: "client.write", params, body: clientPatchSchema }, ({ ctx, params, body }) =>
  updateClient(ctx, params.id, body),
);

export const DELETE = workspaceApi({ permission: "client.delete", params }, async ({ ctx, params }) => {
  await deleteClient(ctx, params.id);
  return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
});
