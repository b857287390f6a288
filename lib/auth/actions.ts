"use server";

import { createHash } from "node:crypto";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { consume } from "@/lib/rate-limit";
import { acceptInvitation, emailSchema } from "@/lib/workspace/organizations";
import { signIn, signOut } from "./auth";
import { newRequest, signedInUser } from "./guards";
import { safeNext } from "./next-path";
import { recordSignIn, requestClient, userIdByEmail } from "./sign-in-log";

/** The sign-in and account forms (plain form posts; they work without JavaScript). */

function localeOf(formData: FormData): "en" | "fr" {
  return formData.get("locale") === "fr" ? "fr" : "en";
}

export async function requestSignInLink(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const next = safeNext(formData.get("callbackUrl"), locale);
  const typed = String(formData.get("email") ?? "").slice(0, 254);
  const back = (error: string) => `/${locale}/sign-in?${new URLSearchParams({ error, email: typed, callbackUrl: next })}`;
  const email = emailSchema.safeParse(typed);
  if (!email.success) redirect(back("invalidEmail"));
  // Per address too, so one inbox cannot be flooded from many places.
  const limited = await consume("signIn", `email:${createHash("sha256").update(email.data).digest("hex")}`);
  if (!limited.ok) {
    await recordSignIn({ method: "email", outcome: "failure", reason: "rate-limited", email: email.data, userId: await userIdByEmail(email.data) }, await requestClient());
    redirect(back("tooMany"));
  }
  await signIn("nodemailer", { email: email.data, redirectTo: next, redirect: false });
  redirect(`/${locale}/sign-in/check-email`);
}

const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

export async function signOutHere(formData: FormData): Promise<void> {
  await signOut({ redirectTo: `/${localeOf(formData)}/sign-in` });
}

/** Ends every session of the user (other devices first, then this one). */
export async function signOutEverywhere(formData: FormData): Promise<void> {
  const user = await signedInUser();
  if (user) {
    const jar = await cookies();
    const current = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
    await db().session.deleteMany({ where: { userId: user.id, ...(current ? { sessionToken: { not: current } } : {}) } });
  }
  await signOut({ redirectTo: `/${localeOf(formData)}/sign-in` });
}

export async function acceptInvitationAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const token = String(formData.get("token") ?? "");
  const user = await signedInUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/invitations/${token}`)}`);
  let slug: string;
  try {
    slug = await acceptInvitation(token, user, newRequest(`action /${locale}/invitations`).requestId);
  } catch (error) {
    if (isAppError(error)) redirect(`/${locale}/invitations/${token}?error=${error.code}`);
    throw error;
  }
  redirect(`/${locale}/workspace/${slug}/clients`);
}
