import { NextResponse } from "next/server";
import { workspaceApi } from "@/lib/api/workspace";
import { clientCreateSchema, clientListSchema } from "@/lib/workspace/clients/schema";
import { createClient, listClients } from "@/lib/workspace/clients/service";

/** GET: the caseload (search, filters, sort, pages). POST: a new client file (201). */
export const GET = workspaceApi({ permission: "client.read", query: clientListSchema }, ({ ctx, query }) => listClients(ctx, query));

export const POST = workspaceApi({ permission: "client.write", body: clientCreateSchema }, async ({ ctx, body }) =>
  NextResponse.json(await createClient(ctx, body), { status: 201, headers: { "Cache-Control": "private, no-store" } }),
);
