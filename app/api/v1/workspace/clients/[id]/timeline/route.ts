import { workspaceApi } from "@/lib/api/workspace";
import { clientParams } from "@/lib/workspace/casework/schema";
import { timeline } from "@/lib/workspace/casework/service";

/** GET: everything that happened with the client, newest first (recorded as timeline.read). */
export const GET = workspaceApi({ permission: "client.read", params: clientParams }, async ({ ctx, params }) => ({ entries: await timeline(ctx, params.id) }));
