import NextAuth, { type NextAuthConfig } from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import Passkey from "next-auth/providers/passkey";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendMail, signInMail } from "./mail";
import { authSecret } from "./secret";
import { currentAttempt, noteAuthError, recordSignIn, requestClient } from "./sign-in-log";

/**
 * Sign-in for the workspace (next-auth 5, database sessions):
 * - a magic link by email, the main way in (SMTP_URL, or the server log);
 * - passkeys, which a signed-in member may add and then use instead.
 * No passwords. Only people who already have an account (created by an
 * invitation or `npm run org -- create`) can sign in: for any other address
 * the page says a link was sent, without sending one, so it does not reveal
 * who has an account. Sessions end after SESSION_IDLE_MINUTES without
 * activity (two hours by default) and on "sign out everywhere".
 */

/** How long a magic link stays valid. */
export const MAGIC_LINK_MINUTES = 15;

/** The adapter's client is built on first use, so `next build` needs no database. */
const lazyDb = new Proxy({} as PrismaClient, {
  get: (_target, property) => {
    const client = db() as unknown as Record<PropertyKey, unknown>;
    const value = client[property];
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});

let warnedExperimental = false;

function config(): NextAuthConfig {
  const idleSeconds = env().SESSION_IDLE_MINUTES * 60;
  return {
    adapter: PrismaAdapter(lazyDb),
    secret: authSecret(),
    trustHost: true,
    session: { strategy: "database", maxAge: idleSeconds, updateAge: Math.min(300, Math.floor(idleSeconds / 4)) },
    experimental: { enableWebAuthn: true },
    // Passkeys are marked experimental in next-auth, which says so on every request: once is enough.
    logger: {
      warn(code) {
        if (code === "experimental-webauthn" && warnedExperimental) return;
        warnedExperimental ||= code === "experimental-webauthn";
        console.warn(`[auth] ${code}`);
      },
      // Failed attempts are recorded by the route (lib/auth/sign-in-log.ts), which needs to know why.
      error(error) {
        noteAuthError(error);
        console.error(`[auth] ${error.name}: ${error.message}`);
      },
    },
    providers: [
      Nodemailer({
        // Required by the provider even though sending is ours (lib/auth/mail.ts).
        server: env().SMTP_URL ?? "smtp://localhost:25",
        from: env().MAIL_FROM,
        maxAge: MAGIC_LINK_MINUTES * 60,
        async sendVerificationRequest({ identifier, url }) {
          await sendMail(signInMail(identifier, url, MAGIC_LINK_MINUTES));
        },
      }),
      Passkey,
    ],
    pages: {
      signIn: "/sign-in",
      verifyRequest: "/sign-in/check-email",
      error: "/sign-in",
    },
    events: {
      async signIn({ user, account }) {
        // Adding a passkey while signed in goes through the same callback: not a sign-in.
        if (!user.id || currentAttempt()?.action === "register") return;
        await recordSignIn({ method: account?.provider === "passkey" ? "passkey" : "email", outcome: "success", userId: user.id }, await requestClient());
      },
    },
    callbacks: {
      async signIn({ user, email }) {
        const known = user.email ? await db().user.findUnique({ where: { email: user.email.toLowerCase() }, select: { id: true } }) : null;
        if (email?.verificationRequest)
          await recordSignIn(
            known ? { method: "email", outcome: "requested", userId: known.id, email: user.email } : { method: "email", outcome: "failure", reason: "unknown-address", email: user.email },
            await requestClient(),
          );
        if (known) return true;
        // Unknown address asking for a link: the same page as when one is sent.
        if (email?.verificationRequest) return "/sign-in/check-email";
        return false;
      },
      session({ session, user }) {
        return { ...session, user: { ...session.user, id: user.id } };
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(config);
