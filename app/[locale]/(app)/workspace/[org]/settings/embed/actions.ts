"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionContext } from "@/lib/auth/guards";
import { formValuesOf, parseSettingsForm } from "@/lib/embed/form";
import { updateEmbedSettings } from "@/lib/embed/settings";
import { isAppError } from "@/lib/errors";

/**
 * Saves the embed settings (administrators). A refused post comes back to
 * the page with what was typed in the address, where each problem is shown
 * next to its field; nothing is saved unless everything is valid.
 */
export async function saveEmbedSettingsAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale_ui") === "fr" ? "fr" : "en";
  const org = String(formData.get("org") ?? "").slice(0, 60);
  const page = `/${locale}/workspace/${encodeURIComponent(org)}/settings/embed`;
  const values = formValuesOf((name) => formData.get(name));
  let target: string;
  try {
    const ctx = await actionContext(org, "embed.manage", "embed.update");
    const parsed = parseSettingsForm(values);
    if (!parsed.ok) {
      target = `${page}?${new URLSearchParams({ invalid: "1", ...values })}`;
    } else {
      await updateEmbedSettings(ctx, parsed.data);
      revalidatePath(page);
      target = `${page}?notice=saved`;
    }
  } catch (error) {
    if (!isAppError(error)) throw error;
    target = `${page}?error=${error.code}`;
  }
  redirect(target);
}
