import type { z } from "zod";

/**
 * From the casework's HTML forms (flat text) to the schemas' input: empty
 * fields become null or are left out, "the client" as owner is null, a
 * language level is two fields. Pure, so the same rules hold with or
 * without JavaScript.
 */

type Form = Record<string, string>;

export function formText(formData: FormData): Form {
  const out: Form = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  return out;
}

const orNull = (v: string | undefined) => (v === undefined || v.trim() === "" ? null : v.trim());
/** Only the fields the form sent (a patch leaves the others alone). */
const present = <T extends Record<string, unknown>>(form: Form, fields: Record<string, (v: string) => unknown>): T =>
  Object.fromEntries(Object.entries(fields).flatMap(([name, convert]) => (name in form ? [[name, convert(form[name]!)]] : []))) as T;

export const noteInput = (form: Form) => ({ body: form.body ?? "" });

export const planItemInput = (form: Form) => ({
  title: form.title ?? "",
  ownerMembershipId: orNull(form.ownerMembershipId),
  dueOn: orNull(form.dueOn),
  status: form.status || undefined,
});

export const planItemPatch = (form: Form) =>
  present(form, { title: (v) => v, ownerMembershipId: orNull, dueOn: orNull, status: (v) => v });

export const referralInput = (form: Form) => ({
  kind: form.kind ?? "",
  partner: form.partner ?? "",
  referredOn: orNull(form.referredOn) ?? undefined,
  status: form.status || undefined,
  result: orNull(form.result),
  closedOn: orNull(form.closedOn),
});

export const referralPatch = (form: Form) => present(form, { status: (v) => v, result: orNull, closedOn: orNull });

export const outcomeInput = (form: Form) => ({
  kind: form.kind ?? "",
  occurredOn: form.occurredOn ?? "",
  nocCode: orNull(form.nocCode),
  fieldRelation: orNull(form.fieldRelation),
  level: orNull(form.levelScale) || orNull(form.levelValue) ? { scale: form.levelScale ?? "", value: form.levelValue ?? "" } : null,
  note: orNull(form.note),
});

/** The form field a schema problem belongs to (`level.value` → `level`). */
export function firstField(error: z.ZodError): string {
  const path = error.issues[0]?.path ?? [];
  return path.length ? String(path[0]) : "form";
}
