import type { AbstractIntlMessages } from "next-intl";

/**
 * The messages client components read (`useTranslations` in "use client"
 * files). Only these are sent to the browser; everything else is rendered on
 * the server. Add a path here when a client component needs a new one.
 */
export const CLIENT_MESSAGE_PATHS = [
  "search",
  "professions.index",
  "professions.fields",
  "professions.otherTitles",
  "professions.nocCodes",
] as const;

/** A copy of `messages` holding only the given dotted paths. */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const out: AbstractIntlMessages = {};
  for (const dotted of paths) {
    const keys = dotted.split(".");
    let from: AbstractIntlMessages | string | undefined = messages;
    let to = out;
    keys.forEach((key, i) => {
      from = typeof from === "object" ? from[key] : undefined;
      if (from === undefined) return;
      if (i === keys.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as AbstractIntlMessages;
    });
  }
  return out;
}
