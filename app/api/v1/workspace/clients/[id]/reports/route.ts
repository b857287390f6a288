import { NextResponse } from "next/server";
import { workspaceApi } from "@/lib/api/workspace";
import { clientParams } from "@/lib/api/reports";
import { reportInputSchema } from "@/lib/workspace/reports/schema";
import { listReports, runReport } from "@/lib/workspace/reports/service";

/** GET: the client's match reports, newest first (`{ items }`). POST: runs the engine on the client's profile and saves the next version (201). */
export const GET = workspaceApi({ permission: "client.read", params: clientParams }, async ({ ctx, params }) => ({ items: await listReports(ctx, params.id) }));

export const POST = workspaceApi({ permission: "client.write", params: clientParams, body: reportInputSchema }, async ({ ctx, params, body }) =>
  NextResponse.json(await runReport(ctx, params.id, body), { status: 201, headers: { "Cache-Control": "private, no-store" } }),
);
