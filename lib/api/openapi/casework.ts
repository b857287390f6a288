import { z } from "zod";
import type { Cell } from "@/lib/workspace/indicators/suppress";
import type { ActionItemView, NoteView, OutcomeView, ReferralView, TimelineEntry } from "@/lib/workspace/casework/service";
import { CLIENT_STATUSES } from "@/lib/workspace/clients/schema";
import type { ErasureCounts, ErasureRequestView } from "@/lib/workspace/erasure";
import type { Indicators } from "@/lib/workspace/indicators/service";
import {
  ACTION_STATUSES,
  FIELD_RELATIONS,
  LANGUAGE_SCALES,
  OUTCOME_KINDS,
  REFERRAL_KINDS,
  REFERRAL_STATUSES,
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
import { ERASURE_REASONS, erasureDecisionSchema, erasureRequestSchema } from "@/lib/workspace/erasure";
import { indicatorsQuerySchema } from "@/lib/workspace/indicators/service";
import { exactly, instant, isoDay, UNAUTHENTICATED, WORKSPACE_ERRORS, WORKSPACE_WRITE_ERRORS, type ApiOperation } from "./registry";
import { clientSchema } from "./workspace";

/** Casework on a client file (notes, action plan, referrals, outcomes, timeline), erasure requests and indicators. */

const titles = () => ({ code: z.string(), titleEn: z.string(), titleFr: z.string() });

const note = exactly<NoteView>()(
  z
    .object({
      id: z.uuid(),
      body: z.string(),
      author: z.object({ userId: z.string(), name: z.string().nullable() }).nullable().meta({ description: "Null when written with an API key." }),
      createdAt: instant(),
      updatedAt: instant(),
      canEdit: z.boolean().meta({ description: "The caller may change it (its author)." }),
      canDelete: z.boolean().meta({ description: "The caller may delete it (its author within 24 hours, or an administrator)." }),
    })
    .meta({ id: "Note", description: "A case note (sealed at rest), with its author and dates." }),
);

const planItem = exactly<ActionItemView>()(
  z
    .object({
      id: z.uuid(),
      clientId: z.uuid(),
      title: z.string(),
      owner: z.object({ membershipId: z.uuid(), name: z.string() }).nullable().meta({ description: "The member who does it; null: the client does it." }),
      dueOn: isoDay().nullable(),
      status: z.enum(ACTION_STATUSES),
      overdue: z.boolean(),
      completedAt: instant().nullable(),
      createdAt: instant(),
    })
    .meta({ id: "ActionItem", description: "An action plan item: title, owner, due date, status." }),
);

const referral = exactly<ReferralView>()(
  z
    .object({
      id: z.uuid(),
      clientId: z.uuid(),
      kind: z.enum(REFERRAL_KINDS),
      partner: z.string().meta({ description: "The program, person or employer (sealed at rest)." }),
      status: z.enum(REFERRAL_STATUSES),
      result: z.string().nullable(),
      referredOn: isoDay(),
      closedOn: isoDay().nullable(),
      createdAt: instant(),
    })
    .meta({ id: "Referral", description: "A referral: kind, partner, status, result, dates." }),
);

const outcome = exactly<OutcomeView>()(
  z
    .object({
      id: z.uuid(),
      clientId: z.uuid(),
      kind: z.enum(OUTCOME_KINDS),
      occurredOn: isoDay(),
      noc: z.object(titles()).nullable().meta({ description: "The job's NOC 2021 unit group, for a job." }),
      fieldRelation: z.enum(FIELD_RELATIONS).nullable(),
      level: z.object({ scale: z.enum(LANGUAGE_SCALES), value: z.number().int() }).nullable().meta({ description: "The language level reached (CLB or NCLC, 1-12)." }),
      note: z.string().nullable(),
      createdAt: instant(),
    })
    .meta({ id: "Outcome", description: "A milestone reached: kind, date, occupation (NOC) and details." }),
);

const timelineEntry = exactly<TimelineEntry>()(
  z
    .discriminatedUnion("kind", [
      z.object({ kind: z.literal("first-visit"), date: isoDay() }),
      z.object({ kind: z.literal("client-created"), date: instant() }),
      z.object({ kind: z.literal("client-discharged"), date: instant() }),
      z.object({ kind: z.literal("outcome"), date: isoDay(), outcome }),
      z.object({ kind: z.literal("referral-made"), date: isoDay(), referral }),
      z.object({ kind: z.literal("referral-closed"), date: isoDay(), referral }),
      z.object({ kind: z.literal("note"), date: instant(), note: z.object({ id: z.uuid(), body: z.string(), author: z.string().nullable() }) }),
      z.object({ kind: z.literal("action-done"), date: instant(), item: z.object({ id: z.uuid(), title: z.string() }) }),
      z.object({ kind: z.literal("report"), date: instant(), report: z.object({ id: z.uuid(), version: z.number().int() }) }),
    ])
    .meta({ id: "TimelineEntry", description: "One event of a client's timeline; `date` is a day (YYYY-MM-DD) or an instant, by kind." }),
);

const erasureCounts = exactly<ErasureCounts>()(
  z
    .object({
      clients: z.number().int(),
      reports: z.number().int(),
      decisions: z.number().int(),
      reportLinks: z.number().int(),
      notes: z.number().int(),
      actionItems: z.number().int(),
      referrals: z.number().int(),
      outcomes: z.number().int(),
      journeySharesUnlinked: z.number().int(),
    })
    .meta({ id: "ErasureCounts", description: "What erasing a file removed, by kind: the only trace kept." }),
);

const erasure = exactly<ErasureRequestView>()(
  z
    .object({
      id: z.uuid(),
      clientId: z.uuid(),
      reason: z.enum(ERASURE_REASONS),
      status: z.enum(["pending", "approved", "rejected", "cancelled"]),
      requestedBy: z.string(),
      requestedByUserId: z.string(),
      requestedAt: instant(),
      decidedBy: z.string().nullable(),
      decidedAt: instant().nullable(),
      counts: erasureCounts.nullable().meta({ description: "Once approved, what was erased." }),
    })
    .meta({ id: "ErasureRequest", description: "A request to erase a client file: who asked, why, status, who decided." }),
);

const cell = exactly<Cell>()(
  z
    .object({ value: z.number().int().nullable().meta({ description: "The count, or null when suppressed." }), state: z.enum(["shown", "small", "hidden"]) })
    .meta({ id: "IndicatorCell", description: "A number of people: shown; small (fewer than five); or hidden so that a small one cannot be worked out." }),
);
const byJob = <T extends z.ZodType>(value: () => T) => z.object({ field: value(), related: value(), unrelated: value(), survival: value() });

const indicatorsSchema = exactly<Indicators>()(
  z
    .object({
      range: z.object({ from: isoDay(), to: isoDay() }),
      minCell: z.number().int(),
      caseload: z.object({ statuses: z.array(z.object({ status: z.enum(CLIENT_STATUSES), cell })), total: cell }),
      professions: z.object({ rows: z.array(z.object({ code: z.string().nullable(), titleEn: z.string().nullable(), titleFr: z.string().nullable(), cell })), total: cell }),
      milestone: z.object({ cohort: cell, reached: cell, notYet: cell, days: z.object({ p25: z.number(), median: z.number(), p75: z.number() }).nullable() }),
      employment: z.array(z.object({ quarter: z.string().meta({ example: "2026-Q3" }), asOf: isoDay(), cells: byJob(() => cell), total: cell, shares: byJob(() => z.number().nullable()) })),
      referrals: z.array(z.object({ kind: z.enum(REFERRAL_KINDS), made: cell, completed: cell, notCompleted: cell, rate: z.number().nullable() })),
    })
    .meta({ id: "Indicators", description: "The organization's indicators of success for a range; every count is a number of people, suppressed under five." }),
);

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
  ws({ method: "get", path: "/api/v1/workspace/clients/{id}/timeline", summary: "Everything that happened with a client, newest first", description: "Recorded as timeline.read.", permission: "client.read", params: clientParams, responses: { 200: { description: "The timeline.", schema: z.object({ entries: z.array(timelineEntry) }) }, ...WORKSPACE_ERRORS } }),
  ws({ method: "post", path: "/api/v1/workspace/clients/{id}/discharge", tag: "Client files", summary: "Discharge a client", description: "The file stays; its retention period counts from now. Answers the file.", permission: "client.write", params: clientParams, responses: { 200: { description: "The file.", schema: clientSchema }, ...WORKSPACE_ERRORS } }),
  ws({ method: "post", path: "/api/v1/workspace/clients/{id}/erasure", tag: "Erasure", summary: "Ask for a client file to be erased", description: "Pending until an administrator who is another person decides. Signed-in members only, not API keys.", permission: "client.write", params: clientParams, body: erasureRequestSchema, responses: { 201: { description: "The request.", schema: erasure }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "get", path: "/api/v1/workspace/erasure-requests", tag: "Erasure", summary: "The organization's erasure requests, pending first", permission: "client.read", responses: { 200: { description: "The requests.", schema: z.object({ items: z.array(erasure) }) }, ...WORKSPACE_ERRORS } }),
  ws({ method: "get", path: "/api/v1/workspace/erasure-requests/{requestId}", tag: "Erasure", summary: "One erasure request", permission: "client.read", params: z.object({ requestId: z.uuid() }), responses: { 200: { description: "The request.", schema: erasure }, ...WORKSPACE_ERRORS } }),
  ws({ method: "post", path: "/api/v1/workspace/erasure-requests/{requestId}", tag: "Erasure", summary: "Approve or reject an erasure", description: "An administrator who did not ask; approving erases the file at once and answers the counts.", permission: "client.erase", params: z.object({ requestId: z.uuid() }), body: erasureDecisionSchema, responses: { 200: { description: "The request as decided; when approved, `counts` says what was erased.", schema: erasure }, ...WORKSPACE_WRITE_ERRORS } }),
  ws({ method: "delete", path: "/api/v1/workspace/erasure-requests/{requestId}", tag: "Erasure", summary: "Withdraw one's own pending request", permission: "client.read", params: z.object({ requestId: z.uuid() }), responses: { 204: NO_CONTENT, ...WORKSPACE_ERRORS } }),
  ws({ method: "get", path: "/api/v1/workspace/indicators", tag: "Indicators", summary: "Indicators of success", description: "For from..to (default: the last eight quarters); counts under five people are suppressed. `?format=csv` downloads them.", permission: "indicators.read", query: indicatorsQuerySchema, responses: { 200: { description: "The indicators (JSON), or CSV with format=csv.", schema: indicatorsSchema, alternative: "text/csv" }, ...WORKSPACE_ERRORS } }),
  ws({ method: "get", path: "/api/v1/workspace/indicators.csv", tag: "Indicators", summary: "Indicators of success as CSV", description: "Recorded as indicators.export; `<5` marks counts of fewer than five people, `x` counts hidden to protect them.", permission: "indicators.read", query: indicatorsQuerySchema, responses: { 200: { description: "CSV attachment.", mediaType: "text/csv" }, ...WORKSPACE_ERRORS } }),
];
