import { workspaceApi } from "@/lib/api/workspace";
import { optionParams } from "@/lib/api/reports";
import { decisionSchema } from "@/lib/workspace/reports/schema";
import { decideOption } from "@/lib/workspace/reports/service";

/** The counsellor's decision on one option of a report: { decision: shortlisted | set-aside | open, reason?, note? }. */
const decide = workspaceApi({ permission: "client.write", params: optionParams, body: decisionSchema }, ({ ctx, params, body }) =>
  decideOption(ctx, params.id, params.reportId, params.code, body),
);

export const PUT = decide;
export const PATCH = decide;
