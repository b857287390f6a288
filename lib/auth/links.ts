import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { authSecret } from "./secret";

/**
 * A one-time sign-in link made without sending an email, in the same form
 * next-auth's email provider makes (its token stored as SHA-256 of token and
 * secret): for `npm run org -- create`, whose owner has no other way in yet.
 */
export const EMAIL_PROVIDER_ID = "nodemailer";

export async function oneTimeSignInLink(
  database: PrismaClient,
  options: { email: string; siteUrl: string; next: string; minutes: number },
): Promise<{ url: string; expires: Date }> {
  const token = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + options.minutes * 60_000);
  const email = options.email.toLowerCase();
  await database.verificationToken.create({
    data: { identifier: email, token: createHash("sha256").update(`${token}${authSecret()}`).digest("hex"), expires },
  });
  const base = options.siteUrl.replace(/\/$/, "");
  const query = new URLSearchParams({ callbackUrl: `${base}${options.next}`, token, email });
  return { url: `${base}/api/auth/callback/${EMAIL_PROVIDER_ID}?${query}`, expires };
}
