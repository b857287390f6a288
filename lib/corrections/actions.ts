"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { clientKey, consume } from "@/lib/rate-limit";
import { MESSAGE_MAX } from "./schema";
import { submitCorrectionInput } from "./service";
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
  if (!(formData instanceof FormData)) return { status: "invalid", errors: { form: "invalid" }, values: { message: "", email: "", section: "" } };
  const values = {
    message: (field(formData, "message") ?? "").replace(/\u0000/g, "").slice(0, MESSAGE_MAX + 100),
    email: (field(formData, "email") ?? "").replace(/\u0000/g, "").slice(0, 300),
    section: (field(formData, "section") ?? "").replace(/[^a-z0-9-]/g, "").slice(0, 60),
  };
  const limit = await consume("correction", clientKey(await headers()));
  if (!limit.ok) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    const t = await getTranslations({ locale: field(formData, "locale") === "fr" ? "fr" : "en", namespace: "corrections" });
    return { status: "tooMany", errors: {}, values, retryAfterMinutes: minutes, notice: t("tooMany", { minutes }) };
  }

  try {
    const result = await submitCorrectionInput({
      page: field(formData, "page"),
      section: field(formData, "section"),
      locale: field(formData, "locale"),
      message: field(formData, "message"),
      email: field(formData, "email"),
    });
    if (result.status === "sent") return { status: "sent", errors: {}, values: { message: "", email: "", section: values.section } };
    if (result.status === "duplicate") return { status: "duplicate", errors: {}, values };
    return { status: "invalid", errors: result.errors, values };
  } catch (error) {
    console.error("[corrections]", error);
    return { status: "error", errors: {}, values };
  }
}
