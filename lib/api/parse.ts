import { z } from "zod";
import { PayloadTooLargeError } from "@/lib/errors";

/**
 * The parse step every boundary shares: read a body with a size cap, check
 * input against zod schemas, and report what is wrong in a bounded form
 * (at most MAX_FIELD_ERRORS fields, one message each), whatever the input.
 */

export const MAX_FIELD_ERRORS = 10;
const MAX_FIELD_NAME = 80;
const MAX_FIELD_MESSAGE = 200;

/** Field -> its first problem. */
export type FieldErrors = Record<string, string>;

export function fieldErrors(error: z.ZodError, max = MAX_FIELD_ERRORS): { fields: FieldErrors; total: number } {
  const fields: FieldErrors = {};
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const key = (issue.path.map(String).join(".") || "_").slice(0, MAX_FIELD_NAME);
    if (seen.has(key)) continue;
    seen.add(key);
    if (Object.keys(fields).length < max) fields[key] = issue.message.slice(0, MAX_FIELD_MESSAGE);
  }
  return { fields, total: seen.size };
}

/** Reads at most `limit` bytes of a request body, or throws `PayloadTooLargeError` without reading the rest. */
export async function readBody(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw new PayloadTooLargeError(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new PayloadTooLargeError(limit);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** Removes NUL and other control characters (tab and line breaks kept), which PostgreSQL text refuses or nobody means to send. */
export function stripControl(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
}

/** A zod string that never holds a NUL or other control character. */
export function cleanText() {
  return z.string().transform(stripControl);
}
