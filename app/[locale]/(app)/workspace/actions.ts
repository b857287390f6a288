"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { actionContext } from "@/lib/auth/guards";
import { isRole } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { InvalidInputError, isAppError, type AppError } from "@/lib/errors";
import { getOccupation } from "@/lib/occupations/detail";
import { searchOccupations } from "@/lib/occupations/search";
import { apiKeyCreateSchema, createApiKey, revokeApiKey } from "@/lib/workspace/api-keys";
import { clientCreateSchema } from "@/lib/workspace/clients/schema";
import { createClient, updateClient } from "@/lib/workspace/clients/service";
import { cancelErasure, decideErasure, dischargeClient, erasureDecisionSchema, erasureRequestSchema, requestErasure } from "@/lib/workspace/erasure";
import { CLIENT_MULTI_FIELDS, clientInput, errorFields, formValues, type FormState, type FormValues, type OriginOption } from "@/lib/workspace/forms";
import { changeRole, inviteMember, inviteSchema, removeMember, revokeInvitation } from "@/lib/workspace/organizations";
import { importShare } from "@/lib/workspace/shares";

/**
 * The workspace's forms. Each action checks access itself (actionContext:
 * signed in, a member now, a role with the permission) before anything else;
 * the services check again. Plain posts that end in a redirect work without
 * JavaScript; the stateful ones (client file, invitation, API key) return
 * what the form shows next, which React renders with or without JavaScript.
 */

type Locale = "en" | "fr";

function common(formData: FormData): { locale: Locale; org: string } {
  const locale: Locale = formData.get("locale") === "fr" ? "fr" : "en";
  const org = String(formData.get("org") ?? "").slice(0, 60);
  return { locale, org };
}

const uuid = z.uuid();
const idOf = (formData: FormData, name: string): string | null => {
  const parsed = uuid.safeParse(formData.get(name));
  return parsed.success ? parsed.data : null;
};

const base = (locale: Locale, org: string) => `/${locale}/workspace/${encodeURIComponent(org)}`;

/** A service error as the code a page maps to a message (never the error's own text in an address). */
function errorCode(error: unknown): string {
  if (!isAppError(error)) throw error;
  return error.code;
}

/** Field errors: the service's own message for the field it names, else a message for the form. */
function serviceErrors(error: AppError, locale: Locale, t: (key: string, values?: Record<string, string>) => string): Record<string, string> {
  if (error.code === "invalid_input" && "field" in error && typeof error.field === "string") return { [error.field]: error.messageIn(locale) };
  return { form: t("errors.form", { message: error.messageIn(locale) }) };
}

/** The search's results, with the occupation already chosen first when the search no longer lists it. */
async function originHits(query: string, locale: Locale, chosen: FormValues[string] | undefined): Promise<OriginOption[]> {
  const q = query.trim().slice(0, 100);
  const hits = q.length >= 2 ? (await searchOccupations(q, locale, 8)).map((h) => ({ code: h.code, title: h.title, matchedTitle: h.matchedTitle })) : [];
  if (typeof chosen === "string" && /^\d{5}$/.test(chosen) && !hits.some((h) => h.code === chosen)) {
    const occupation = await getOccupation(chosen, locale);
    if (occupation) hits.unshift({ code: chosen, title: occupation.title, matchedTitle: null });
  }
  return hits;
}

/** New client file or changes to one (`client` set); "Search titles" (intent=search) only searches, keeping what was typed. */
export async function saveClientAction(previous: FormState, formData: FormData): Promise<FormState> {
  const { locale, org } = common(formData);
  const clientId = formData.get("client") ? idOf(formData, "client") : null;
  const values: FormValues = formValues(formData, CLIENT_MULTI_FIELDS);
  const round = (previous?.round ?? 0) + 1;
  const t = await getTranslations({ locale, namespace: "workspace.form" });
  const query = typeof values.originQuery === "string" ? values.originQuery.slice(0, 100) : "";
  let ctx;
  try {
    ctx = await actionContext(org, "client.write", clientId ? "clients.update" : "clients.create");
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { round, values, errors: { form: t("errors.form", { message: error.messageIn(locale) }) }, query };
  }
  if (formData.get("intent") === "search") return { round, values, errors: {}, query, hits: await originHits(query, locale, values.originCode) };

  const parsed = clientCreateSchema.safeParse(clientInput(values));
  if (!parsed.success) {
    const errors = Object.fromEntries(errorFields(parsed.error).map((field) => [field, t.has(`errors.${field}`) ? t(`errors.${field}` as "errors.form") : t("errors.status")]));
    return { round, values, errors, query, hits: await originHits(query, locale, values.originCode) };
  }
  let id: string;
  try {
    id = clientId ? (await updateClient(ctx, clientId, parsed.data)).id : (await createClient(ctx, parsed.data)).id;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { round, values, errors: serviceErrors(error, locale, t), query, hits: await originHits(query, locale, values.originCode) };
  }
  redirect(`${base(locale, org)}/clients/${id}?${clientId ? "saved" : "created"}=1`);
}

/** Discharges a client: daily work never deletes a file (reversible by changing the status). */
export async function dischargeClientAction(formData: FormData): Promise<void> {
  const { locale, org } = common(formData);
  const id = idOf(formData, "client");
  let failed: string | null = id ? null : "not_found";
  try {
    if (id) await dischargeClient(await actionContext(org, "client.write", "clients.discharge"), id);
  } catch (error) {
    failed = errorCode(error);
  }
  if (failed) redirect(id && failed !== "not_found" ? `${base(locale, org)}/clients/${id}?error=${failed}` : `${base(locale, org)}/clients?error=${failed}`);
  redirect(`${base(locale, org)}/clients/${id}?discharged=1`);
}

/** Asks for a file's erasure (an administrator who is another person approves it). */
export async function requestErasureAction(formData: FormData): Promise<void> {
  const { locale, org } = common(formData);
  const id = idOf(formData, "client");
  const parsed = erasureRequestSchema.safeParse({ reason: formData.get("reason") });
  if (!id) redirect(`${base(locale, org)}/clients?error=not_found`);
  if (!parsed.success) redirect(`${base(locale, org)}/clients/${id}?confirm=erase&error=reason`);
  let failed: string | null = null;
  try {
    await requestErasure(await actionContext(org, "client.write", "clients.erasure.request"), id, parsed.data);
  } catch (error) {
    failed = errorCode(error);
  }
  redirect(`${base(locale, org)}/clients/${id}?${failed ? `error=${failed}` : "erasureRequested=1"}`);
}

/** Approves (erasing the file at once) or rejects an erasure request. */
export async function decideErasureAction(formData: FormData): Promise<void> {
  const { locale, org } = common(formData);
  const request = idOf(formData, "request");
  const client = idOf(formData, "client");
  const parsed = erasureDecisionSchema.safeParse({ decision: formData.get("decision") });
  const back = client ? `${base(locale, org)}/clients/${client}` : `${base(locale, org)}/erasures`;
  if (!request || !parsed.success) redirect(`${back}?error=invalid_input`);
  let failed: string | null = null;
  try {
    await decideErasure(await actionContext(org, "client.erase", "erasures.decide"), request, parsed.data.decision);
  } catch (error) {
    failed = errorCode(error);
  }
  if (failed) redirect(`${back}?error=${failed}`);
  redirect(parsed.data.decision === "approve" ? `${base(locale, org)}/erasures?erased=1` : `${back}?erasureRejected=1`);
}

/** The person who asked withdraws their request. */
export async function cancelErasureAction(formData: FormData): Promise<void> {
  const { locale, org } = common(formData);
  const request = idOf(formData, "request");
  const client = idOf(formData, "client");
  const back = client ? `${base(locale, org)}/clients/${client}` : `${base(locale, org)}/erasures`;
  if (!request) redirect(`${back}?error=invalid_input`);
  let failed: string | null = null;
  try {
    await cancelErasure(await actionContext(org, "client.read", "erasures.cancel"), request);
  } catch (error) {
    failed = errorCode(error);
  }
  redirect(`${back}?${failed ? `error=${failed}` : "erasureCancelled=1"}`);
}

const displayName = z.string().trim().min(1).max(120);

/** Opens a client file from a journey shared with the organization, under the name the counsellor chose. */
export async function importShareAction(formData: FormData): Promise<void> {
  const { locale, org } = common(formData);
  const share = idOf(formData, "share");
  const name = displayName.safeParse(formData.get("displayName"));
  const back = (error: string) => `${base(locale, org)}/shares?${new URLSearchParams({ error, share: share ?? "" })}#share-${share ?? ""}`;
  let clientId: string;
  try {
    const ctx = await actionContext(org, "share.import", "shares.import");
    if (!share) redirect(back("not_found"));
    if (!name.success) redirect(back("name"));
    clientId = (await importShare(ctx, share, name.data)).id;
  } catch (error) {
    if (!isAppError(error)) throw error;
    redirect(back(error.code));
  }
  redirect(`${base(locale, org)}/clients/${clientId}?created=1`);
}

/** Invites someone; the state carries the link, shown in case email is not set up. */
export async function inviteAction(previous: FormState, formData: FormData): Promise<FormState> {
  const { locale, org } = common(formData);
  const values = formValues(formData);
  const round = (previous?.round ?? 0) + 1;
  const t = await getTranslations({ locale, namespace: "workspace.members" });
  try {
    const ctx = await actionContext(org, "member.manage", "members.invite");
    const parsed = inviteSchema.safeParse({ email: values.email, role: values.role });
    if (!parsed.success) return { round, values, errors: Object.fromEntries(errorFields(parsed.error).map((f) => [f, t(f === "email" ? "errors.email" : "errors.role")])) };
    const link = await inviteMember(ctx, parsed.data, env().SITE_URL, locale);
    revalidatePath(`${base(locale, org)}/settings/members`);
    return { round, values: { role: parsed.data.role }, errors: {}, invited: { email: parsed.data.email, link } };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const field = "field" in error && error.field === "email" ? "email" : "form";
    return { round, values, errors: { [field]: field === "email" ? error.messageIn(locale) : t("failed", { message: error.messageIn(locale) }) } };
  }
}

async function memberChange(formData: FormData, route: string, work: (ctx: Awaited<ReturnType<typeof actionContext>>, id: string) => Promise<void>, done: string): Promise<void> {
  const { locale, org } = common(formData);
  const id = idOf(formData, "id");
  let failed: string | null = null;
  try {
    const ctx = await actionContext(org, "member.manage", route);
    if (!id) failed = "not_found";
    else await work(ctx, id);
  } catch (error) {
    failed = errorCode(error);
  }
  redirect(`${base(locale, org)}/settings/members?${failed ? `error=${failed}` : `notice=${done}`}`);
}

export async function changeRoleAction(formData: FormData): Promise<void> {
  const role = String(formData.get("role") ?? "");
  await memberChange(
    formData,
    "members.role",
    async (ctx, id) => {
      if (!isRole(role)) throw new InvalidInputError({ en: "Unknown role.", fr: "Rôle inconnu." }, "role");
      await changeRole(ctx, id, role);
    },
    "roleChanged",
  );
}

export async function removeMemberAction(formData: FormData): Promise<void> {
  await memberChange(formData, "members.remove", (ctx, id) => removeMember(ctx, id), "removed");
}

export async function revokeInvitationAction(formData: FormData): Promise<void> {
  await memberChange(formData, "members.revokeInvitation", (ctx, id) => revokeInvitation(ctx, id), "revoked");
}

/** Creates an API key; the state carries the whole key, shown this once. */
export async function createApiKeyAction(previous: FormState, formData: FormData): Promise<FormState> {
  const { locale, org } = common(formData);
  const values = formValues(formData);
  const round = (previous?.round ?? 0) + 1;
  const t = await getTranslations({ locale, namespace: "workspace.apiKeys" });
  try {
    const ctx = await actionContext(org, "apiKey.manage", "apiKeys.create");
    const parsed = apiKeyCreateSchema.safeParse({ name: values.name, role: values.role });
    if (!parsed.success) return { round, values, errors: Object.fromEntries(errorFields(parsed.error).map((f) => [f, t(f === "name" ? "errors.name" : "errors.role")])) };
    const { key } = await createApiKey(ctx, parsed.data);
    revalidatePath(`${base(locale, org)}/settings/api-keys`);
    return { round, values: {}, errors: {}, apiKey: { name: parsed.data.name, key } };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { round, values, errors: { form: t("failed", { message: error.messageIn(locale) }) } };
  }
}

export async function revokeApiKeyAction(formData: FormData): Promise<void> {
  const { locale, org } = common(formData);
  const id = idOf(formData, "id");
  let failed: string | null = null;
  try {
    const ctx = await actionContext(org, "apiKey.manage", "apiKeys.revoke");
    if (!id) failed = "not_found";
    else await revokeApiKey(ctx, id);
  } catch (error) {
    failed = errorCode(error);
  }
  redirect(`${base(locale, org)}/settings/api-keys?${failed ? `error=${failed}` : "notice=revoked"}`);
}
