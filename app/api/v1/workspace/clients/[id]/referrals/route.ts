import { NextResponse } from "next/server";
import { workspaceApi } from "@/lib/api/workspace";
import { clientParams, referralCreateSchema } from "@/lib/workspace/casework/schema";
import { createReferral, listReferrals } from "@/lib/workspace/casework/service";

/** GET: the client's referrals, most recent first. POST: a new referral (201). */
export const GET = workspaceApi({ permission: "client.read", params: clientParams }, async ({ ctx, params }) => ({ referrals: await listReferrals(ctx, params.id) }));

export const POST = workspaceApi({ permission: "client.write", params: clientParams, body: referralCreateSchema }, async ({ ctx, params, body }) =>
  NextResponse.json(await createReferral(ctx, params.id, body), { status: 201, headers: { "Cache-Control": "private, no-store" } }),
);
