import { z } from "zod";
import { cleanText } from "@/lib/api/parse";

/**
 * What a counsellor records about the work with a client: dated notes, an
 * action plan, referrals to partners and the outcomes reached. Checked the
 * same way from the workspace forms and the JSON API.
 */

export const ACTION_STATUSES = ["open", "in-progress", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const REFERRAL_KINDS = ["bridging-program", "language-training", "mentor", "employer", "credential-assessment", "other-agency"] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

export const REFERRAL_STATUSES = ["proposed", "sent", "accepted", "completed", "declined", "cancelled"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
/** A referral in one of these is over: it gets a closing date. */
export const CLOSED_REFERRAL_STATUSES: readonly ReferralStatus[] = ["completed", "declined", "cancelled"];

export const OUTCOME_KINDS = [
  "credential-assessed",
  "language-level-reached",
  "exam-passed",
  "licensed",
  "employed-in-profession",
  "employed-alternative",
  "in-training",
  "survival-job",
  "left-service",
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** Outcomes that may name the job's NOC code. */
export const OUTCOMES_WITH_NOC: readonly OutcomeKind[] = ["employed-in-profession", "employed-alternative", "survival-job"];

export const FIELD_RELATIONS = ["same", "related", "unrelated"] as const;
export type FieldRelation = (typeof FIELD_RELATIONS)[number];

export const LANGUAGE_SCALES = ["CLB", "NCLC"] as const;
export type LanguageScale = (typeof LANGUAGE_SCALES)[number];

const isoDate = z.iso.date({ error: "Use a date like 2026-03-01." });
const today = () => new Date().toISOString().slice(0, 10);
const notFuture = (what: string) => isoDate.refine((d) => d <= today(), { error: `${what} cannot be in the future.` });

const text = (max: number, empty: string) =>
  cleanText()
    .pipe(z.string().trim().min(1, { error: empty }).max(max, { error: `At most ${max} characters.` }));
const optionalText = (max: number) =>
  z
    .union([cleanText().pipe(z.string().trim().max(max, { error: `At most ${max} characters.` })), z.null()])
    .transform((v) => (v === null || v === "" ? null : v))
    .optional();

export const NOTE_MAX = 5000;

export const noteSchema = z.strictObject({ body: text(NOTE_MAX, "Write the note.") });
export type NoteInput = z.infer<typeof noteSchema>;

const member = z.uuid({ error: "A member id of this organization, or null for the client." }).nullable();

export const actionItemCreateSchema = z.strictObject({
  title: text(300, "Say what is to be done."),
  /** The member who does it; null: the client does it. */
  ownerMembershipId: member.optional().default(null),
  dueOn: isoDate.nullable().optional().default(null),
  status: z.enum(ACTION_STATUSES, { error: `One of ${ACTION_STATUSES.join(", ")}.` }).optional().default("open"),
});
export type ActionItemCreate = z.infer<typeof actionItemCreateSchema>;

export const actionItemPatchSchema = z
  .strictObject({
    title: text(300, "Say what is to be done."),
    ownerMembershipId: member,
    dueOn: isoDate.nullable(),
    status: z.enum(ACTION_STATUSES, { error: `One of ${ACTION_STATUSES.join(", ")}.` }),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { error: "Send at least one field to change." });
export type ActionItemPatch = z.infer<typeof actionItemPatchSchema>;

export const referralCreateSchema = z
  .strictObject({
    kind: z.enum(REFERRAL_KINDS, { error: `One of ${REFERRAL_KINDS.join(", ")}.` }),
    /** The program, person or employer (sealed). */
    partner: text(200, "Name the program, person or employer."),
    referredOn: notFuture("The referral date").optional(),
    status: z.enum(REFERRAL_STATUSES, { error: `One of ${REFERRAL_STATUSES.join(", ")}.` }).optional().default("proposed"),
    result: optionalText(2000),
    closedOn: notFuture("The closing date").nullable().optional(),
  })
  .transform((r) => ({ ...r, referredOn: r.referredOn ?? today() }))
  .refine((r) => !r.closedOn || r.closedOn >= r.referredOn, { error: "A referral closes on or after the day it was made.", path: ["closedOn"] });
export type ReferralCreate = z.infer<typeof referralCreateSchema>;

export const referralPatchSchema = z
  .strictObject({
    status: z.enum(REFERRAL_STATUSES, { error: `One of ${REFERRAL_STATUSES.join(", ")}.` }),
    result: optionalText(2000),
    closedOn: notFuture("The closing date").nullable(),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { error: "Send at least one field to change." });
export type ReferralPatch = z.infer<typeof referralPatchSchema>;

/** A language level reached: the Canadian Language Benchmarks (English) or their French counterpart. */
export const languageLevelSchema = z.strictObject({
  scale: z.enum(LANGUAGE_SCALES, { error: "CLB (English) or NCLC (French)." }),
  value: z.coerce.number({ error: "A level from 1 to 12." }).int({ error: "A level from 1 to 12." }).min(1, { error: "A level from 1 to 12." }).max(12, { error: "A level from 1 to 12." }),
});
export type LanguageLevel = z.infer<typeof languageLevelSchema>;

/**
 * What an outcome says beyond its kind, date, NOC code and field relation:
 * a free note and, for a language level, the level itself. Kept together in
 * the sealed `detail` column as this small JSON document, checked by this
 * schema on the way in and on the way out.
 */
export const outcomeDetailSchema = z.strictObject({
  note: z.string().max(1000).optional(),
  level: languageLevelSchema.optional(),
});
export type OutcomeDetail = z.infer<typeof outcomeDetailSchema>;

const noc = z.string().regex(/^\d{5}$/, { error: "A NOC 2021 unit group: five digits, e.g. 21231." });

export const outcomeCreateSchema = z
  .strictObject({
    kind: z.enum(OUTCOME_KINDS, { error: `One of ${OUTCOME_KINDS.join(", ")}.` }),
    occurredOn: notFuture("The date"),
    nocCode: noc.nullable().optional(),
    fieldRelation: z.enum(FIELD_RELATIONS, { error: `One of ${FIELD_RELATIONS.join(", ")}.` }).nullable().optional(),
    level: languageLevelSchema.nullable().optional(),
    note: optionalText(1000),
  })
  .superRefine((o, issues) => {
    const fail = (path: string, message: string) => issues.addIssue({ code: "custom", path: [path], message });
    if (o.kind === "employed-alternative") {
      if (!o.nocCode) fail("nocCode", "Give the job's NOC 2021 unit group.");
      if (!o.fieldRelation) fail("fieldRelation", "Say whether the job is in the person's field, related or unrelated.");
    } else if (o.nocCode && !OUTCOMES_WITH_NOC.includes(o.kind)) fail("nocCode", "Only a job (employed or survival job) has a NOC code.");
    if (o.kind === "employed-in-profession" && o.fieldRelation && o.fieldRelation !== "same") fail("fieldRelation", "Employed in the profession is in the person's field.");
    if (o.fieldRelation && !["employed-alternative", "employed-in-profession", "survival-job"].includes(o.kind)) fail("fieldRelation", "Only a job is in or out of the person's field.");
    if (o.kind === "language-level-reached" && !o.level) fail("level", "Give the level reached (CLB or NCLC, 1 to 12).");
    if (o.kind !== "language-level-reached" && o.level) fail("level", "Only a language outcome has a level.");
  })
  .transform((o) => ({
    kind: o.kind,
    occurredOn: o.occurredOn,
    nocCode: o.nocCode ?? null,
    fieldRelation: o.kind === "employed-in-profession" ? ("same" as const) : (o.fieldRelation ?? null),
    level: o.level ?? null,
    note: o.note ?? null,
  }));
export type OutcomeCreate = z.infer<typeof outcomeCreateSchema>;

/** Route parameters. */
export const clientParams = z.object({ id: z.uuid({ error: "A client id (UUID)." }) });
export const noteParams = clientParams.extend({ noteId: z.uuid({ error: "A note id (UUID)." }) });
export const itemParams = clientParams.extend({ itemId: z.uuid({ error: "A plan item id (UUID)." }) });
export const referralParams = clientParams.extend({ referralId: z.uuid({ error: "A referral id (UUID)." }) });
export const outcomeParams = clientParams.extend({ outcomeId: z.uuid({ error: "An outcome id (UUID)." }) });
