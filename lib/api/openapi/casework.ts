import { z } from "zod";
import {
  actionItemCreateSchema,
  actionItemPatchSchema,
  clientParams,
  itemParams,
  noteParams,
  noteSchema,
  outcomeCreateSchema,
  outcomeParams,
  referralCreateSchema,
  referralParams,
  referralPatchSchema,
} from "@/lib/workspace/casework/schema";
import { erasureDecisionSchema, erasureRequestSchema } from "@/lib/workspace/erasure";
import { indicatorsQuerySchema } from "@/lib/workspace/indicators/service";
import { UNAUTHENTICATED, WORKSPACE_ERRORS, WORKSPACE_WRITE_ERRORS, type ApiOperation } from "./registry";
import { clientSchema } from "./workspace";

/** Casework on a client file (notes, action plan, referrals, outcomes, timeline), erasure requests and indicators. */

const item = (id: string, description: string) => z.looseObject({ id: z.string() }).meta({ id, description });
const note = item("Note", "A case note (sealed at rest), with its author and dates.");
const planItem = item("ActionItem", "An action plan item: title, owner, due date, status.");
const referral = item("Referral", "A referral: kind, organization, status, result, dates.");
const outcome = item("Outcome", "A milestone reached: kind, date, occupation (NOC) and details.");
const erasure = item("ErasureRequest", "A request to erase a client file: who asked, why, status, who decided.");
const NO_CONTENT = { description: "Done; no body." };

const ws = (op: Omit<ApiOperation, "auth" | "examples" | "tag"> & { tag?: string }): ApiOperation => ({ tag: "Casework", auth: "workspace", examples: [UNAUTHENTICATED], ...op });

export const CASEWORK_OPERATIONS: ApiOperation[] = [
  ws({ method: "get", path: "/api/v1/workspace/clients/{id}/notes", summary: "A client's notes, newest first", permission: "client.read", params: clientParams, responses: { 200: { description: "The notes.", schema: z.object({ notes: z.array(note) }) }, ...WORKSPACE_ERRORS } }),
  ws({ method: "post", path: "/api/v1/workspace/clients/{id}/notes", summary: "Add a note", permission: "client.write", params: clientParams, body: noteSchema, responses: { 201: { description: "The note.", schema: note }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "patch", path: "/api/v1/workspace/clients/{id}/notes/{noteId}", summary: "Change one's own note", permission: "client.write", params: noteParams, body: noteSchema, responses: { 200: { description: "The note.", schema: note }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "delete", path: "/api/v1/workspace/clients/{id}/notes/{noteId}", summary: "Delete a note", description: "The author within 24 hours, or an administrator.", permission: "client.write", params: noteParams, responses: { 204: NO_CONTENT, ...WORKSPACE_ERRORS } }),
  ws({ method: "get", path: "/api/v1/workspace/clients/{id}/plan", summary: "A client's action plan, overdue first", permission: "client.read", params: clientParams, responses: { 200: { description: "The items.", schema: z.object({ items: z.array(planItem) }) }, ...WORKSPACE_ERRORS } }),
  ws({ method: "post", path: "/api/v1/workspace/clients/{id}/plan", summary: "Add an action plan item", permission: "client.write", params: clientParams, body: actionItemCreateSchema, responses: { 201: { description: "The item.", schema: planItem }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "patch", path: "/api/v1/workspace/clients/{id}/plan/{itemId}", summary: "Change an action plan item", permission: "client.write", params: itemParams, body: actionItemPatchSchema, responses: { 200: { description: "The item.", schema: planItem }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "delete", path: "/api/v1/workspace/clients/{id}/plan/{itemId}", summary: "Remove an action plan item", permission: "client.write", params: itemParams, responses: { 204: NO_CONTENT, ...WORKSPACE_ERRORS } }),
  ws({ method: "get", path: "/api/v1/workspace/clients/{id}/referrals", summary: "A client's referrals", permission: "client.read", params: clientParams, responses: { 200: { description: "The referrals.", schema: z.object({ referrals: z.array(referral) }) }, ...WORKSPACE_ERRORS } }),
  ws({ method: "post", path: "/api/v1/workspace/clients/{id}/referrals", summary: "Refer a client", permission: "client.write", params: clientParams, body: referralCreateSchema, responses: { 201: { description: "The referral.", schema: referral }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "patch", path: "/api/v1/workspace/clients/{id}/referrals/{referralId}", summary: "Update a referral", description: "A closed status without a date closes it today.", permission: "client.write", params: referralParams, body: referralPatchSchema, responses: { 200: { description: "The referral.", schema: referral }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "get", path: "/api/v1/workspace/clients/{id}/outcomes", summary: "A client's outcomes", permission: "client.read", params: clientParams, responses: { 200: { description: "The outcomes.", schema: z.object({ outcomes: z.array(outcome) }) }, ...WORKSPACE_ERRORS } }),
  ws({ method: "post", path: "/api/v1/workspace/clients/{id}/outcomes", summary: "Record a milestone", permission: "client.write", params: clientParams, body: outcomeCreateSchema, responses: { 201: { description: "The outcome.", schema: outcome }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "delete", path: "/api/v1/workspace/clients/{id}/outcomes/{outcomeId}", summary: "Remove an outcome recorded by mistake", permission: "client.write", params: outcomeParams, responses: { 204: NO_CONTENT, ...WORKSPACE_ERRORS } }),
  ws({ method: "get", path: "/api/v1/workspace/clients/{id}/timeline", summary: "Everything that happened with a client, newest first", description: "Recorded as timeline.read.", permission: "client.read", params: clientParams, responses: { 200: { description: "The timeline.", schema: z.object({ entries: z.array(z.looseObject({})) }) }, ...WORKSPACE_ERRORS } }),
  ws({ method: "post", path: "/api/v1/workspace/clients/{id}/discharge", tag: "Client files", summary: "Discharge a client", description: "The file stays; its retention period counts from now. Answers the file.", permission: "client.write", params: clientParams, responses: { 200: { description: "The file.", schema: clientSchema }, ...WORKSPACE_ERRORS } }),
  ws({ method: "post", path: "/api/v1/workspace/clients/{id}/erasure", tag: "Erasure", summary: "Ask for a client file to be erased", description: "Pending until an administrator who is another person decides. Signed-in members only, not API keys.", permission: "client.write", params: clientParams, body: erasureRequestSchema, responses: { 201: { description: "The request.", schema: erasure }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "get", path: "/api/v1/workspace/erasure-requests", tag: "Erasure", summary: "The organization's erasure requests, pending first", permission: "client.read", responses: { 200: { description: "The requests.", schema: z.object({ items: z.array(erasure) }) }, ...WORKSPACE_ERRORS } }),
  ws({ method: "get", path: "/api/v1/workspace/erasure-requests/{requestId}", tag: "Erasure", summary: "One erasure request", permission: "client.read", params: z.object({ requestId: z.uuid() }), responses: { 200: { description: "The request.", schema: erasure }, ...WORKSPACE_ERRORS } }),
  ws({ method: "post", path: "/api/v1/workspace/erasure-requests/{requestId}", tag: "Erasure", summary: "Approve or reject an erasure", description: "An administrator who did not ask; approving erases the file at once and answers the counts.", permission: "client.erase", params: z.object({ requestId: z.uuid() }), body: erasureDecisionSchema, responses: { 200: { description: "The decision and, when approved, what was erased.", schema: z.looseObject({}) }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "delete", path: "/api/v1/workspace/erasure-requests/{requestId}", tag: "Erasure", summary: "Withdraw one's own pending request", permission: "client.read", params: z.object({ requestId: z.uuid() }), responses: { 204: NO_CONTENT, ...WORKSPACE_ERRORS } }),
  ws({ method: "get", path: "/api/v1/workspace/indicators", tag: "Indicators", summary: "Indicators of success", description: "For from..to (default: the last eight quarters); counts under five people are suppressed. `?format=csv` downloads them.", permission: "indicators.read", query: indicatorsQuerySchema, responses: { 200: { description: "The indicators (JSON), or CSV with format=csv.", schema: z.looseObject({}) }, ...WORKSPACE_ERRORS } }),
  ws({ method: "get", path: "/api/v1/workspace/indicators.csv", tag: "Indicators", summary: "Indicators of success as CSV", description: "Recorded as indicators.export; `<5` marks counts of fewer than five people, `x` counts hidden to protect them.", permission: "indicators.read", query: indicatorsQuerySchema, responses: { 200: { description: "CSV attachment.", mediaType: "text/csv" }, ...WORKSPACE_ERRORS } }),
];
