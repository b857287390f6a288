import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { clientOf, currentAttempt, linkExpired, recordSignIn, userIdByEmail, withAttempt, type SignInMethod } from "@/lib/auth/sign-in-log";
import { refusal } from "@/lib/http/refusals";
import { clientKey, consume } from "@/lib/rate-limit";
import { TooManyRequestsError } from "@/lib/errors";

/**
 * next-auth's endpoints; asking for a link or a passkey challenge is
 * rate-limited per address. Each call runs with its client known, so
 * successes and failures are recorded (lib/auth/sign-in-log.ts).
 */
export const GET = async (request: NextRequest) => {
  if (/\/webauthn-options\//.test(request.nextUrl.pathname)) {
    const limited = await limit(request);
    if (limited) return limited;
  }
  const linkCallback = /\/callback\/nodemailer$/.test(request.nextUrl.pathname);
  // Used links are deleted, expired ones too: whether it had expired is known only before next-auth looks.
  const expired = linkCallback ? await linkExpired(request.nextUrl.searchParams.get("email"), request.nextUrl.searchParams.get("token")) : false;
  return withAttempt(clientOf(request.headers), undefined, async () => {
    const response = await handlers.GET(request);
    if (linkCallback) await recordFailure("email", request.nextUrl.searchParams.get("email"), expired);
    return response;
  });
};

export const POST = async (request: NextRequest) => {
  const limited = await limit(request);
  if (limited) return limited;
  const passkeyCallback = /\/callback\/passkey$/.test(request.nextUrl.pathname);
  const action = passkeyCallback ? await passkeyAction(request) : undefined;
  return withAttempt(clientOf(request.headers), action, async () => {
    const response = await handlers.POST(request);
    if (passkeyCallback && action === "authenticate") await recordFailure("passkey", null);
    return response;
  });
};

/** "authenticate" or "register", read from a copy of the form body (next-auth reads the original). */
async function passkeyAction(request: NextRequest): Promise<string | undefined> {
  try {
    const action = new URLSearchParams(await request.clone().text()).get("action");
    return action ?? undefined;
  } catch {
    return undefined;
  }
}

/** When next-auth reported an error during this call: one failure record, with why. */
async function recordFailure(method: SignInMethod, email: string | null, expired = false): Promise<void> {
  const error = currentAttempt()?.error;
  if (!error) return;
  const reason =
    error.type === "Verification"
      ? expired
        ? "link-expired"
        : "link-invalid"
      : method === "passkey"
        ? error.type === "AccessDenied"
          ? "refused"
          : "passkey-refused"
        : error.type === "AccessDenied"
          ? "refused"
          : "error";
  const typed = email?.slice(0, 254) ?? null;
  const userId = typed ? await userIdByEmail(typed) : null;
  await recordSignIn({ method, outcome: "failure", reason, email: typed, userId }, currentAttempt()!.client);
}

async function limit(request: NextRequest): Promise<Response | null> {
  if (/\/(session|csrf|providers)$/.test(request.nextUrl.pathname)) return null;
  const result = await consume("signIn", clientKey(request.headers));
  if (result.ok) return null;
  const method = /passkey|webauthn/.test(request.nextUrl.pathname) ? "passkey" : "email";
  await recordSignIn({ method, outcome: "failure", reason: "rate-limited" }, clientOf(request.headers));
  const locale = /^fr\b/i.test(request.headers.get("accept-language") ?? "") ? "fr" : "en";
  return refusal(new TooManyRequestsError(result.retryAfterSeconds), { locale, api: true, headers: {} });
}
