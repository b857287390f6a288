import { NextResponse } from "next/server";
import { workspaceApi } from "@/lib/api/workspace";
import { clientParams, outcomeCreateSchema } from "@/lib/workspace/casework/schema";
import { createOutcome, listOutcomes } from "@/lib/workspace/casework/service";

/** GET: the client's outcomes, most recent first. POST: a milestone reached (201). */
export const GET = workspaceApi({ permission: "client.read", params: clientParams }, async ({ ctx, params }) => ({ outcomes: await listOutcomes(ctx, params.id) }));

export const POST = workspaceApi({ permission: "client.write", params: clientParams, body: outcomeCreateSchema }, async ({ ctx, params, body }) =>
  NextResponse.json(await createOutcome(ctx, params.id, body), { status: 201, headers: { "Cache-Control": "private, no-store" } }),
);
