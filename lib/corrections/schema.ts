import { z } from "zod";
import { EMAIL_MAX, MESSAGE_MAX, MESSAGE_MIN } from "./limits";

/**
 * What "Report a correction" accepts. Error messages are message keys
 * (`corrections.errors.<key>`), shown in the page's language.
 */

export { EMAIL_MAX, MESSAGE_MAX, MESSAGE_MIN };

/** NUL and other control characters (line breaks and tabs are kept). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export const correctionSchema = z.object({
  /** The page's path without its language, e.g. /professions/physicians or /professions/physicians/on. */
  page: z.string({ error: "invalid" }).max(200, { error: "invalid" }).regex(/^\/[a-z0-9][a-z0-9/-]*$/, { error: "invalid" }),
  /** The section of the page the correction concerns ("page" for the whole page). */
  section: z.string({ error: "invalid" }).regex(/^[a-z0-9-]{1,60}$/, { error: "invalid" }),
  locale: z.enum(["en", "fr"], { error: "invalid" }),
  message: z
    .string({ error: "messageRequired" })
    .transform((s) => s.replace(CONTROL, "").trim())
    .pipe(z.string().min(MESSAGE_MIN, { error: "messageTooShort" }).max(MESSAGE_MAX, { error: "messageTooLong" })),
  email: z
    .string()
    .optional()
    .transform((s) => (s ?? "").replace(CONTROL, "").trim())
    .pipe(z.union([z.literal(""), z.email({ error: "emailInvalid" }).max(EMAIL_MAX, { error: "emailInvalid" })])),
});
export type CorrectionInput = z.input<typeof correctionSchema>;
export type Correction = z.output<typeof correctionSchema>;

/** The form of a message that counts for "the same text twice": spaces and case folded. */
export function normalizedMessage(message: string): string {
  return message.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}
