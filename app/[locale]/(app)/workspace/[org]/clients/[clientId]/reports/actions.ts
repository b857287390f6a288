"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ShareFormState } from "@/components/reports/ShareForm";
import { actionContext } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { errorFields, formInput, valuesToQuery, type ReportFormValues } from "@/lib/workspace/reports/form";
import { decisionSchema, optionCodeSchema, reportInputSchema, shareSchema } from "@/lib/workspace/reports/schema";
import { decideOption, revokeShare, runReport, shareReport } from "@/lib/workspace/reports/service";

/**
 * The match report forms. Each action checks access itself (actionContext)
 * before anything else; the services check again. Running, deciding and
 * revoking are plain posts ending in a redirect (no JavaScript needed);
 * creating a link answers with the link itself, shown once by the form.
 */

type Locale = "en" | "fr";
const uuid = z.uuid();

function common(formData: FormData) {
  const locale: Locale = formData.get("locale") === "fr" ? "fr" : "en";
  const org = String(formData.get("org") ?? "").slice(0, 60);
  const client = uuid.safeParse(formData.get("client"));
  const report = uuid.safeParse(formData.get("report"));
  return { locale, org, client: client.success ? client.data : null, report: report.success ? report.data : null };
}

const reportsPath = (locale: Locale, org: string, client: string) => `/${locale}/workspace/${encodeURIComponent(org)}/clients/${client}/reports`;

function values(formData: FormData): ReportFormValues {
  const out: ReportFormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$") || ["locale", "org", "client", "report"].includes(key)) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = key === "provinces" ? all : (all[0] ?? "");
  }
  return out;
}

/** Runs the engine on the form's answers and opens the new version; a refused form comes back with what was typed and the fields named. */
export async function runReportAction(formData: FormData): Promise<void> {
  const { locale, org, client } = common(formData);
  if (!client) redirect(`/${locale}/workspace/${encodeURIComponent(org)}/clients?error=not_found`);
  const typed = values(formData);
  const back = (invalid: string[]) => `${reportsPath(locale, org, client)}?${valuesToQuery(typed, invalid)}#run`;
  let id: string;
  try {
    const ctx = await actionContext(org, "client.write", "reports.run");
    const parsed = reportInputSchema.safeParse(formInput(typed));
    if (!parsed.success) redirect(back(errorFields(parsed.error)));
    id = (await runReport(ctx, client, parsed.data)).id;
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "invalid_input" && "field" in error && typeof error.field === "string") redirect(back([error.field]));
    redirect(`${reportsPath(locale, org, client)}?error=${error.code}`);
  }
  redirect(`${reportsPath(locale, org, client)}/${id}?created=1`);
}

/** Shortlists, sets aside or reopens an option, with its reason and note. */
export async function decideAction(formData: FormData): Promise<void> {
  const { locale, org, client, report } = common(formData);
  const code = optionCodeSchema.safeParse(formData.get("code"));
  if (!client || !report || !code.success) redirect(`/${locale}/workspace/${encodeURIComponent(org)}/clients?error=not_found`);
  const page = `${reportsPath(locale, org, client)}/${report}`;
  const anchor = `#option-${code.data}`;
  const parsed = decisionSchema.safeParse({
    decision: formData.get("decision"),
    reason: String(formData.get("reason") ?? ""),
    note: String(formData.get("note") ?? ""),
  });
  if (!parsed.success) redirect(`${page}?error=decision&option=${code.data}${anchor}`);
  try {
    const ctx = await actionContext(org, "client.write", "reports.decide");
    await decideOption(ctx, client, report, code.data, parsed.data);
  } catch (error) {
    if (!isAppError(error)) throw error;
    redirect(`${page}?error=${error.code}&option=${code.data}${anchor}`);
  }
  redirect(`${page}?decided=${code.data}${anchor}`);
}

/** Creates a client link; the answer carries the link, shown this once (never in an address). */
export async function shareAction(previous: ShareFormState, formData: FormData): Promise<ShareFormState> {
  const { locale, org, client, report } = common(formData);
  const round = previous.round + 1;
  const typed = { locale: String(formData.get("shareLocale") ?? ""), expiresInDays: String(formData.get("expiresInDays") ?? "") };
  const t = await getTranslations({ locale, namespace: "reports.errors" });
  const days = /^\d{1,3}$/.test(typed.expiresInDays.trim()) ? Number(typed.expiresInDays.trim()) : Number.NaN;
  const parsed = shareSchema.safeParse({ locale: typed.locale, expiresInDays: days });
  if (!client || !report || !parsed.success) return { round, error: t("share"), link: null, values: typed };
  try {
    const ctx = await actionContext(org, "client.write", "reports.share");
    const { url } = await shareReport(ctx, client, report, parsed.data, env().SITE_URL);
    revalidatePath(`${reportsPath(locale, org, client)}/${report}`);
    return { round, error: null, link: url, values: typed };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { round, error: t("failed", { message: error.messageIn(locale) }), link: null, values: typed };
  }
}

/** Revokes a client link at once. */
export async function revokeShareAction(formData: FormData): Promise<void> {
  const { locale, org, client, report } = common(formData);
  const share = uuid.safeParse(formData.get("share"));
  if (!client || !report || !share.success) redirect(`/${locale}/workspace/${encodeURIComponent(org)}/clients?error=not_found`);
  const page = `${reportsPath(locale, org, client)}/${report}`;
  try {
    const ctx = await actionContext(org, "client.write", "reports.unshare");
    await revokeShare(ctx, client, report, share.data);
  } catch (error) {
    if (!isAppError(error)) throw error;
    redirect(`${page}?error=${error.code}#links`);
  }
  redirect(`${page}?revoked=1#links`);
}
