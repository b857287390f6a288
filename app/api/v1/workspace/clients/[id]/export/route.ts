import { NextResponse } from "next/server";
import { z } from "zod";
import { workspaceApi } from "@/lib/api/workspace";
import { exportClient } from "@/lib/workspace/clients/service";

/** The client file and its whole audit trail, as a JSON download. */
export const GET = workspaceApi({ permission: "client.export", params: z.object({ id: z.uuid({ error: "A client id (UUID)." }) }) }, async ({ ctx, params }) =>
  NextResponse.json(await exportClient(ctx, params.id), {
    headers: { "Cache-Control": "private, no-store", "Content-Disposition": `attachment; filename="client-${params.id}.json"` },
  }),
);
