import { workspaceApi } from "@/lib/api/workspace";
import { listErasureRequests } from "@/lib/workspace/erasure";

/** The organization's erasure requests, pending first. */
export const GET = workspaceApi({ permission: "client.read" }, async ({ ctx }) => ({ items: await listErasureRequests(ctx) }));
