import { NextResponse } from "next/server";
import { z } from "zod";
import { workspaceApi } from "@/lib/api/workspace";
import { erasureRequestSchema, requestErasure } from "@/lib/workspace/erasure";

/** Asks for the file to be erased (201, pending). An administrator who is another person decides at /erasure-requests/{id}. Signed-in members only, not API keys. */
export const POST = workspaceApi(
  { permission: "client.write", params: z.object({ id: z.uuid({ error: "A client id (UUID)." }) }), body: erasureRequestSchema },
  async ({ ctx, params, body }) => NextResponse.json(await requestErasure(ctx, params.id, body), { status: 201, headers: { "Cache-Control": "private, no-store" } }),
);
