import { NextResponse } from "next/server";
import { workspaceApi } from "@/lib/api/workspace";
import { reportParams } from "@/lib/api/reports";
import { env } from "@/lib/env";
import { shareSchema } from "@/lib/workspace/reports/schema";
import { shareReport } from "@/lib/workspace/reports/service";

/** A read-only link for the client ({ locale, expiresInDays 1-90 }); the answer holds the link, shown this once (201). */
export const POST = workspaceApi({ permission: "client.write", params: reportParams, body: shareSchema }, async ({ ctx, params, body }) =>
  NextResponse.json(await shareReport(ctx, params.id, params.reportId, body, env().SITE_URL), { status: 201, headers: { "Cache-Control": "private, no-store" } }),
);
