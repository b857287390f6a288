import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { refusal } from "@/lib/http/refusals";
import { clientKey, consume } from "@/lib/rate-limit";
import { TooManyRequestsError } from "@/lib/errors";

/** next-auth's endpoints; asking for a link or a passkey challenge is rate-limited per address. */
export const GET = async (request: NextRequest) => {
  if (/\/webauthn-options\//.test(request.nextUrl.pathname)) {
    const limited = await limit(request);
    if (limited) return limited;
  }
  return handlers.GET(request);
};

export const POST = async (request: NextRequest) => (await limit(request)) ?? handlers.POST(request);

async function limit(request: NextRequest): Promise<Response | null> {
  if (/\/(session|csrf|providers)$/.test(request.nextUrl.pathname)) return null;
  const result = await consume("signIn", clientKey(request.headers));
  if (result.ok) return null;
  const locale = /^fr\b/i.test(request.headers.get("accept-language") ?? "") ? "fr" : "en";
  return refusal(new TooManyRequestsError(result.retryAfterSeconds), { locale, api: true, headers: {} });
}
