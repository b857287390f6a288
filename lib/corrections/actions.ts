"use server";

import { headers } from "next/headers";
import { isAppError } from "@/lib/errors";
import { clientKey, consume } from "@/lib/rate-limit";
import { correctionSchema, MESSAGE_MAX } from "./schema";
import { storeCorrection } from "./service";
import type { CorrectionState } from "./state";

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

/**
 * "Report a correction": validates, rate-limits and stores one message. It
 * returns the form's next state, which React renders with or without
 * JavaScript (a plain form post re-renders the page with it).
 */
export async function submitCorrection(_previous: CorrectionState, formData: FormData): Promise<CorrectionState> {
  const values = {
    // eslint-disable-next-line no-control-regex
    message: (field(formData, "message") ?? "").replace(/\u0000/g, "").slice(0, MESSAGE_MAX + 100),
    // eslint-disable-next-line no-control-regex
    email: (field(formData, "email") ?? "").replace(/\u0000/g, "").slice(0, 300),
  };
  const limit = await consume("correction", clientKey(await headers()));
  if (!limit.ok) return { status: "tooMany", errors: {}, values, retryAfterMinutes: Math.ceil(limit.retryAfterSeconds / 60) };

  const parsed = correctionSchema.safeParse({
    page: field(formData, "page"),
    section: field(formData, "section"),
    locale: field(formData, "locale"),
    message: field(formData, "message"),
    email: field(formData, "email"),
  });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "form");
      const name = key === "message" || key === "email" ? key : "form";
      errors[name] ??= issue.message;
    }
    return { status: "invalid", errors, values };
  }
  try {
    await storeCorrection(parsed.data);
    return { status: "sent", errors: {}, values: { message: "", email: "" } };
  } catch (error) {
    if (isAppError(error) && error.code === "conflict") return { status: "duplicate", errors: {}, values };
    console.error("[corrections]", error);
    return { status: "error", errors: {}, values };
  }
}
