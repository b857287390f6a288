import type { CaughtMail } from "./mail-catcher";

/** The mail catcher of the end-to-end run (started by playwright.config.ts) and reading what it caught. */

export function mailCatcherPorts(base = Number(process.env.E2E_PORT ?? 3100)): { smtp: number; http: number } {
  return { smtp: base + 110, http: base + 111 };
}

/** Messages sent to `to`, newest first. */
export async function mailsTo(to: string): Promise<CaughtMail[]> {
  const response = await fetch(`http://127.0.0.1:${mailCatcherPorts().http}/messages?to=${encodeURIComponent(to)}`);
  return (await response.json()) as CaughtMail[];
}

/** Waits for a new message to `to` (after `since` messages) and returns the first link in it. */
export async function waitForLink(to: string, since = 0, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mails = await mailsTo(to);
    if (mails.length > since) {
      const link = /https?:\/\/\S+/.exec(mails[0]!.text)?.[0];
      if (link) return link;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No email to ${to} within ${timeoutMs} ms`);
}
