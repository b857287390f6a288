import type { AbstractIntlMessages } from "next-intl";

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
