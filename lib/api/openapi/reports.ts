import { z } from "zod";
import { clientParams, optionParams, pdfQuery, reportOrPdfParams, reportParams, shareParams } from "@/lib/api/reports";
import { decisionSchema, reportInputSchema, shareSchema } from "@/lib/workspace/reports/schema";
import { UNAUTHENTICATED, WORKSPACE_ERRORS, WORKSPACE_WRITE_ERRORS, type ApiOperation } from "./registry";

/** Match reports on a client file: versions of the engine's run, decisions on options, read-only links for the client. */

const report = z.looseObject({ id: z.string() }).meta({ id: "MatchReport", description: "One version: its input, engine and data versions, results, decisions and the differences since the previous version." });
const share = z.looseObject({}).meta({ id: "ReportShare", description: "A read-only link for the client; the link itself is in this answer only." });

const ws = (op: Omit<ApiOperation, "auth" | "examples" | "tag">): ApiOperation => ({ tag: "Match reports", auth: "workspace", examples: [UNAUTHENTICATED], ...op });

export const REPORT_OPERATIONS: ApiOperation[] = [
  ws({ method: "get", path: "/api/v1/workspace/clients/{id}/reports", summary: "A client's match reports, newest first", permission: "client.read", params: clientParams, responses: { 200: { description: "The reports.", schema: z.looseObject({}) }, ...WORKSPACE_ERRORS } }),
  ws({ method: "post", path: "/api/v1/workspace/clients/{id}/reports", summary: "Run the engine on the client's profile and save the next version", permission: "client.write", params: clientParams, body: reportInputSchema, responses: { 201: { description: "The new version.", schema: report }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({
    method: "get",
    path: "/api/v1/workspace/clients/{id}/reports/{reportId}",
    summary: "One report version, or its PDF",
    description: "`{reportId}.pdf` answers the same report as a PDF download (`?locale=en|fr`; the client's language by default).",
    permission: "client.read",
    params: reportOrPdfParams,
    query: pdfQuery,
    responses: { 200: { description: "The version (JSON), or application/pdf for {reportId}.pdf.", schema: report }, ...WORKSPACE_ERRORS },
  }),
  ws({ method: "put", path: "/api/v1/workspace/clients/{id}/reports/{reportId}/options/{code}", summary: "Decide on one option of a report", description: "`{ decision: shortlisted | set-aside | open, reason?, note? }`.", permission: "client.write", params: optionParams, body: decisionSchema, responses: { 200: { description: "The decision.", schema: z.looseObject({}) }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "patch", path: "/api/v1/workspace/clients/{id}/reports/{reportId}/options/{code}", summary: "Decide on one option of a report (same as PUT)", permission: "client.write", params: optionParams, body: decisionSchema, responses: { 200: { description: "The decision.", schema: z.looseObject({}) }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "post", path: "/api/v1/workspace/clients/{id}/reports/{reportId}/shares", summary: "A read-only link for the client", description: "`{ locale, expiresInDays 1-90 }`; the link is shown this once.", permission: "client.write", params: reportParams, body: shareSchema, responses: { 201: { description: "The link.", schema: share }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "delete", path: "/api/v1/workspace/clients/{id}/reports/{reportId}/shares/{shareId}", summary: "Revoke a client link at once", description: "The row stays, marked revoked.", permission: "client.write", params: shareParams, responses: { 200: { description: "The link, revoked.", schema: z.unknown() }, ...WORKSPACE_ERRORS } }),
];
