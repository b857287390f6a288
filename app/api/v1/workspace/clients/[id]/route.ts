import { z } from "zod";
import { workspaceApi } from "@/lib/api/workspace";
import { clientPatchSchema } from "@/lib/workspace/clients/schema";
import { getClient, updateClient } from "@/lib/workspace/clients/service";

const params = z.object({ id: z.uuid({ error: "A client id (UUID)." }) });

/**
 * One client file: read or change some fields. There is no DELETE: a file
 * is discharged (POST .../discharge) and erased only through the
 * two-person procedure (POST .../erasure, then /erasure-requests/{id}).
 */
export const GET = workspaceApi({ permission: "client.read", params }, ({ ctx, params }) => getClient(ctx, params.id));

export const PATCH = workspaceApi({ permission: "client.write", params, body: clientPatchSchema }, ({ ctx, params, body }) =>
  updateClient(ctx, params.id, body),
);
