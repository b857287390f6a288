"use server";

import { redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { savedHref } from "@/lib/journeys/paths";
import { shareJourney, withdrawShare } from "./shares";

/** The saved-journey page's sharing forms (plain posts; the token is the page's own). */

function localeOf(formData: FormData): "en" | "fr" {
  return formData.get("locale") === "fr" ? "fr" : "en";
}

export async function shareJourneyAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const token = String(formData.get("token") ?? "");
  const code = String(formData.get("code") ?? "").slice(0, 20);
  let outcome: Record<string, string>;
  try {
    const organization = await shareJourney(token, code, formData.get("consent") === "yes", locale);
    outcome = { shared: organization };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const field = "field" in error && typeof error.field === "string" ? error.field : "gone";
    outcome = { shareError: field, code };
  }
  redirect(`${savedHref(locale, token)}?${new URLSearchParams(outcome)}#share`);
}

export async function withdrawShareAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const token = String(formData.get("token") ?? "");
  await withdrawShare(token, String(formData.get("share") ?? ""));
  redirect(`${savedHref(locale, token)}?withdrawn=1#share`);
}
