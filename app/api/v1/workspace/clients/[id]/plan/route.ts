import { NextResponse } from "next/server";
import { workspaceApi } from "@/lib/api/workspace";
import { actionItemCreateSchema, clientParams } from "@/lib/workspace/casework/schema";
import { createPlanItem, listPlan } from "@/lib/workspace/casework/service";

/** GET: the client's action plan, overdue items first. POST: a new item (201). */
export const GET = workspaceApi({ permission: "client.read", params: clientParams }, async ({ ctx, params }) => ({ items: await listPlan(ctx, params.id) }));

export const POST = workspaceApi({ permission: "client.write", params: clientParams, body: actionItemCreateSchema }, async ({ ctx, params, body }) =>
  NextResponse.json(await createPlanItem(ctx, params.id, body), { status: 201, headers: { "Cache-Control": "private, no-store" } }),
);
