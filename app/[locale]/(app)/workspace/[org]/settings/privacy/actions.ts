"use server";

import { redirect } from "next/navigation";
import { actionContext } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { updateRetentionSettings } from "@/lib/workspace/retention";
import { retentionSettingsSchema } from "@/lib/workspace/retention-policy";

/** Saves the organization's retention period (a plain form post; works without JavaScript). */
export async function saveRetentionAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale") === "fr" ? "fr" : "en";
  const org = String(formData.get("org") ?? "").slice(0, 60);
  const typed = String(formData.get("retentionMonths") ?? "").trim().slice(0, 10);
  const page = `/${locale}/workspace/${encodeURIComponent(org)}/settings/privacy`;
  let outcome: string;
  try {
    const ctx = await actionContext(org, "settings.manage", "settings.privacy");
    const parsed = retentionSettingsSchema.safeParse({ retentionMonths: typed });
    if (!parsed.success) redirect(`${page}?${new URLSearchParams({ error: "months", value: typed })}`);
    await updateRetentionSettings(ctx, parsed.data);
    outcome = "notice=saved";
  } catch (error) {
    if (!isAppError(error)) throw error;
    outcome = `error=${error.code}`;
  }
  redirect(`${page}?${outcome}`);
}
