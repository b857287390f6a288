import { z } from "zod";
import { clientParams, optionParams, pdfQuery, reportOrPdfParams, reportParams, shareParams } from "@/lib/api/reports";
import { DECISIONS, SHARE_LOCALES, decisionSchema, reportInputSchema, shareSchema } from "@/lib/workspace/reports/schema";
import type { CreatedShare, DecisionView, ReportSummary, ReportView, ShareView } from "@/lib/workspace/reports/service";
import { reportDiffSchema, reportInputRecordSchema, reportResultsSchema } from "./report-results";
import { exactly, instant, UNAUTHENTICATED, WORKSPACE_ERRORS, WORKSPACE_WRITE_ERRORS, type ApiOperation } from "./registry";

/** Match reports on a client file: versions of the engine's run, decisions on options, read-only links for the client. */

const decisionFields = () => ({
  decision: z.enum(DECISIONS),
  reason: z.string().nullable(),
  note: z.string().nullable().meta({ description: "The counsellor's note (stays in the workspace)." }),
  updatedAt: instant(),
});

const decision = exactly<DecisionView>()(z.object(decisionFields()).meta({ id: "ReportDecision", description: "The counsellor's decision on one option (reason and note sealed at rest)." }));

const share = exactly<ShareView>()(
  z
    .object({
      id: z.uuid(),
      locale: z.enum(SHARE_LOCALES),
      createdAt: instant(),
      expiresAt: instant(),
      revokedAt: instant().nullable(),
      lastViewedAt: instant().nullable(),
      state: z.enum(["active", "expired", "revoked"]),
    })
    .meta({ id: "ReportShare", description: "A read-only link for the client (its token is never stored)." }),
);

const createdShare = exactly<CreatedShare>()(
  z
    .object({ share, url: z.url().meta({ description: "The link, shown this once: only its hash is kept." }) })
    .meta({ id: "CreatedReportShare", description: "A new read-only link for the client; the link itself is in this answer only." }),
);

/** What identifies one version of a report, in the list and in full. */
const versionFields = {
  id: z.uuid(),
  clientId: z.uuid(),
  version: z.number().int(),
  createdAt: instant(),
  engineVersion: z.string(),
  dataVersion: z.string(),
};

const summary = exactly<ReportSummary>()(
  z
    .object({
      ...versionFields,
      origin: z.object({ code: z.string(), titleEn: z.string(), titleFr: z.string() }),
      options: z.number().int().meta({ description: "How many options the version keeps." }),
      shortlisted: z.number().int(),
      setAside: z.number().int(),
    })
    .meta({ id: "MatchReportSummary", description: "One version in the list of a client's reports." }),
);

const report = exactly<ReportView>()(
  z
    .object({
      ...versionFields,
      input: reportInputRecordSchema,
      results: reportResultsSchema,
      decisions: z.record(z.string(), decision).meta({ description: "Option code -> the counsellor's decision on this version." }),
      carried: z
        .record(z.string(), z.object({ ...decisionFields(), version: z.number().int() }))
        .meta({ description: "Option code -> the decision taken on the previous version: a hint, never copied." }),
      previous: z.object({ id: z.uuid(), version: z.number().int() }).nullable(),
      diff: reportDiffSchema.nullable().meta({ description: "Null for the first version." }),
      shares: z.array(share),
    })
    .meta({ id: "MatchReport", description: "One version: its input, engine and data versions, results, decisions and the differences since the previous version." }),
);

const ws = (op: Omit<ApiOperation, "auth" | "examples" | "tag">): ApiOperation => ({ tag: "Match reports", auth: "workspace", examples: [UNAUTHENTICATED], ...op });

export const REPORT_OPERATIONS: ApiOperation[] = [
  ws({ method: "get", path: "/api/v1/workspace/clients/{id}/reports", summary: "A client's match reports, newest first", permission: "client.read", params: clientParams, responses: { 200: { description: "The versions, newest first.", schema: z.object({ items: z.array(summary) }) }, ...WORKSPACE_ERRORS } }),
  ws({ method: "post", path: "/api/v1/workspace/clients/{id}/reports", summary: "Run the engine on the client's profile and save the next version", permission: "client.write", params: clientParams, body: reportInputSchema, responses: { 201: { description: "The new version.", schema: report }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({
    method: "get",
    path: "/api/v1/workspace/clients/{id}/reports/{reportId}",
    summary: "One report version, or its PDF",
    description: "`{reportId}.pdf` answers the same report as a PDF download (`?locale=en|fr`; the client's language by default).",
    permission: "client.read",
    params: reportOrPdfParams,
    query: pdfQuery,
    responses: { 200: { description: "The version (JSON), or application/pdf for {reportId}.pdf.", schema: report, alternative: "application/pdf" }, ...WORKSPACE_ERRORS },
  }),
  ws({ method: "put", path: "/api/v1/workspace/clients/{id}/reports/{reportId}/options/{code}", summary: "Decide on one option of a report", description: "`{ decision: shortlisted | set-aside | open, reason?, note? }`.", permission: "client.write", params: optionParams, body: decisionSchema, responses: { 200: { description: "The decision.", schema: decision }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "patch", path: "/api/v1/workspace/clients/{id}/reports/{reportId}/options/{code}", summary: "Decide on one option of a report (same as PUT)", permission: "client.write", params: optionParams, body: decisionSchema, responses: { 200: { description: "The decision.", schema: decision }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "post", path: "/api/v1/workspace/clients/{id}/reports/{reportId}/shares", summary: "A read-only link for the client", description: "`{ locale, expiresInDays 1-90 }`; the link is shown this once.", permission: "client.write", params: reportParams, body: shareSchema, responses: { 201: { description: "The link.", schema: createdShare }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "delete", path: "/api/v1/workspace/clients/{id}/reports/{reportId}/shares/{shareId}", summary: "Revoke a client link at once", description: "The row stays, marked revoked.", permission: "client.write", params: shareParams, responses: { 200: { description: "The link, revoked.", schema: share }, ...WORKSPACE_ERRORS } }),
];
