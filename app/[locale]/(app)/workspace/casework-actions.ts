"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { actionContext } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { firstField, formText, noteInput, outcomeInput, planItemInput, planItemPatch, referralInput, referralPatch } from "@/lib/workspace/casework/forms";
import { actionItemCreateSchema, actionItemPatchSchema, noteSchema, outcomeCreateSchema, referralCreateSchema, referralPatchSchema } from "@/lib/workspace/casework/schema";
import {
  createNote,
  createOutcome,
  createPlanItem,
  createReferral,
  deleteNote,
  deleteOutcome,
  deletePlanItem,
  updateNote,
  updatePlanItem,
  updateReferral,
} from "@/lib/workspace/casework/service";
import type { OrgContext } from "@/lib/workspace/context";

/**
 * The casework forms: plain posts that end in a redirect back to their page
 * (with a notice, or an error code and the field it concerns), so they work
 * without JavaScript. Each checks access itself before anything else; the
 * services check again.
 */

type Section = "notes" | "plan" | "referrals" | "outcomes";

const uuid = z.uuid();
const FIELD = /^[a-zA-Z]{1,40}$/;

class FormError extends Error {
  constructor(readonly field: string) {
    super(field);
  }
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new FormError(firstField(parsed.error));
  return parsed.data;
}

async function run(formData: FormData, section: Section, route: string, work: (ctx: OrgContext, clientId: string, form: Record<string, string>) => Promise<void>, notice: string) {
  const form = formText(formData);
  const locale = form.locale === "fr" ? "fr" : "en";
  const org = (form.org ?? "").slice(0, 60);
  const clientId = uuid.safeParse(form.client).success ? form.client! : null;
  const base = `/${locale}/workspace/${encodeURIComponent(org)}`;
  if (!clientId) redirect(`${base}/clients`);
  const back = `${base}/clients/${clientId}/${section}`;
  let query: string;
  try {
    const ctx = await actionContext(org, "client.write", route);
    await work(ctx, clientId, form);
    query = `done=${notice}`;
  } catch (error) {
    if (error instanceof FormError) query = `error=invalid_input&field=${FIELD.test(error.field) ? error.field : "form"}`;
    else if (isAppError(error)) query = `error=${error.code}${"field" in error && typeof error.field === "string" && FIELD.test(error.field) ? `&field=${error.field}` : ""}`;
    else throw error;
  }
  redirect(`${back}?${query}#${query.startsWith("done") ? "top" : "form"}`);
}

const idOf = (form: Record<string, string>, name: string): string => {
  const parsed = uuid.safeParse(form[name]);
  if (!parsed.success) throw new FormError("form");
  return parsed.data;
};

export async function addNoteAction(formData: FormData): Promise<void> {
  await run(formData, "notes", "notes.create", async (ctx, id, form) => void (await createNote(ctx, id, parse(noteSchema, noteInput(form)))), "noteAdded");
}

export async function editNoteAction(formData: FormData): Promise<void> {
  await run(formData, "notes", "notes.update", async (ctx, id, form) => void (await updateNote(ctx, id, idOf(form, "note"), parse(noteSchema, noteInput(form)))), "noteSaved");
}

export async function deleteNoteAction(formData: FormData): Promise<void> {
  await run(formData, "notes", "notes.delete", (ctx, id, form) => deleteNote(ctx, id, idOf(form, "note")), "noteDeleted");
}

export async function addPlanItemAction(formData: FormData): Promise<void> {
  await run(formData, "plan", "plan.create", async (ctx, id, form) => void (await createPlanItem(ctx, id, parse(actionItemCreateSchema, planItemInput(form)))), "itemAdded");
}

export async function updatePlanItemAction(formData: FormData): Promise<void> {
  await run(formData, "plan", "plan.update", async (ctx, id, form) => void (await updatePlanItem(ctx, id, idOf(form, "item"), parse(actionItemPatchSchema, planItemPatch(form)))), "itemSaved");
}

export async function deletePlanItemAction(formData: FormData): Promise<void> {
  await run(formData, "plan", "plan.delete", (ctx, id, form) => deletePlanItem(ctx, id, idOf(form, "item")), "itemDeleted");
}

export async function addReferralAction(formData: FormData): Promise<void> {
  await run(formData, "referrals", "referrals.create", async (ctx, id, form) => void (await createReferral(ctx, id, parse(referralCreateSchema, referralInput(form)))), "referralAdded");
}

export async function updateReferralAction(formData: FormData): Promise<void> {
  await run(
    formData,
    "referrals",
    "referrals.update",
    async (ctx, id, form) => void (await updateReferral(ctx, id, idOf(form, "referral"), parse(referralPatchSchema, referralPatch(form)))),
    "referralSaved",
  );
}

export async function addOutcomeAction(formData: FormData): Promise<void> {
  await run(formData, "outcomes", "outcomes.create", async (ctx, id, form) => void (await createOutcome(ctx, id, parse(outcomeCreateSchema, outcomeInput(form)))), "outcomeAdded");
}

export async function deleteOutcomeAction(formData: FormData): Promise<void> {
  await run(formData, "outcomes", "outcomes.delete", (ctx, id, form) => deleteOutcome(ctx, id, idOf(form, "outcome")), "outcomeDeleted");
}
