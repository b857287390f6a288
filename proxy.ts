import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { env } from "./lib/env";
import { PayloadTooLargeError, TooManyRequestsError } from "./lib/errors";
import { API_CSP, HSTS, isHttps, newNonce, pageCsp } from "./lib/http/security";
import { refusal, type Locale } from "./lib/http/refusals";
import { clientKey, consume, type LimitName } from "./lib/rate-limit";
import { routing } from "./lib/i18n/routing";
import { frameAncestors } from "./lib/embed/origins";
import { publicEmbed } from "./lib/embed/settings";

/**
 * Every request passes here first:
 * - refuses what no route should see (methods other than GET, HEAD, POST and
 *   OPTIONS; malformed percent-escapes; the image optimizer, which the app
 *   does not use) with a 4xx instead of letting it fail deeper;
 * - guards page POSTs (server actions and no-JS form posts): a body cap, the
 *   same-origin check, and the journey-write rate limit, answered as 413, 403
 *   and 429 pages in the visitor's language;
 * - rate-limits saved-journey lookups and searches made through pages;
 * - sets the per-request Content-Security-Policy nonce and HSTS over https;
 * - sends "/" and unprefixed paths to the visitor's language (next-intl).
 */

const intl = createMiddleware(routing);

const ALLOWED_METHODS = new Set(["GET", "HEAD", "POST", "OPTIONS"]);
/** The workspace API also changes and deletes client files. */
const WORKSPACE_API = "/api/v1/workspace/";
const WORKSPACE_METHODS = new Set(["PUT", "PATCH", "DELETE"]);
/** Largest body a page accepts (forms and server actions). */
export const PAGE_BODY_LIMIT = 100 * 1024;

function localeOf(request: NextRequest): Locale {
  const first = request.nextUrl.pathname.split("/")[1];
  if (first === "fr" || first === "en") return first;
  return /^fr\b/i.test(request.headers.get("accept-language") ?? "") ? "fr" : "en";
}

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The host the browser addressed (a proxy in front keeps it in X-Forwarded-Host). */
function requestHost(request: NextRequest): string | null {
  return (request.headers.get("x-forwarded-host") ?? request.headers.get("host"))?.split(",")[0]?.trim().toLowerCase() ?? null;
}

function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true; // Not sent by every client; browsers send it on form posts.
  try {
    return new URL(origin).host.toLowerCase() === requestHost(request);
  } catch {
    return false;
  }
}

/**
 * A server action called by script: every action here takes form data, which
 * React sends as multipart with the arguments as a JSON array in field "0",
 * where strings starting with "$" are references ("$K1": the form data) or
 * escapes ("$$"). Next.js answers 500 when it cannot decode a call, so calls
 * that do not have this shape are refused here with a 400.
 */
async function wellFormedActionCall(request: NextRequest): Promise<boolean> {
  if (!/^[0-9a-f]{40,64}$/.test(request.headers.get("next-action") ?? "")) return false;
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) return false;
  try {
    const form = await request.clone().formData();
    const args: unknown = JSON.parse(String(form.get("0") ?? ""));
    const safe = (value: unknown): boolean =>
      typeof value === "string"
        ? !value.startsWith("$") || /^\$(K\d{1,4}|\$[\s\S]*|undefined)$/.test(value)
        : Array.isArray(value)
          ? value.every(safe)
          : value && typeof value === "object"
            ? Object.entries(value).every(([k, v]) => safe(k) && safe(v))
            : true;
    return Array.isArray(args) && safe(args);
  } catch {
    return false;
  }
}

/**
 * A form posted without JavaScript to a server action: React names the action
 * in `$ACTION_ID_<id>` or, for an action with bound arguments, in
 * `$ACTION_REF_<n>` with its metadata as JSON in `$ACTION_<n>:<i>`. Next.js
 * answers 500 when that JSON does not parse, so such posts are refused here.
 */
async function wellFormedFormAction(request: NextRequest): Promise<boolean> {
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) return true;
  try {
    const form = await request.clone().formData();
    for (const [key, value] of form.entries()) {
      if (!/^\$ACTION_\d+:\d+$/.test(key)) continue;
      if (typeof value !== "string") return false;
      JSON.parse(value);
    }
    return true;
  } catch {
    return false;
  }
}

/** The rate limit a page request spends from, if any. */
function pageLimit(request: NextRequest): LimitName | null {
  const parts = request.nextUrl.pathname.split("/");
  // Embed pages (/embed/<organization>/occupations?q=) search like the site's own pages.
  const section = parts[1] === "embed" ? parts[3] : parts[2];
  if (request.method === "POST") return "journeyWrite";
  // A private link's token is looked up in the database: saved journeys and shared reports.
  if (section === "saved" || (section === "reports" && parts[3] === "shared")) return "savedLookup";
  if ((section === "occupations" || section === "pre-arrival" || section === "post-assessment") && request.nextUrl.searchParams.get("q")) {
    return "search";
  }
  return null;
}

export default async function proxy(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  const api = pathname.startsWith("/api/");
  const locale = localeOf(request);
  const https = isHttps(request.nextUrl, request.headers);
  const secureHeaders: Record<string, string> = https ? { "Strict-Transport-Security": HSTS } : {};

  if (!ALLOWED_METHODS.has(request.method) && !(pathname.startsWith(WORKSPACE_API) && WORKSPACE_METHODS.has(request.method))) {
    return refusal("method_not_allowed", { locale, api, headers: { ...secureHeaders, Allow: "GET, HEAD, POST, OPTIONS" } });
  }
  if (!decodable(pathname) || pathname.includes("%00")) return refusal("bad_path", { locale, api, headers: secureHeaders });
  // Every page address is plain letters, digits, "-", "_", "." and "/": anything else is no page
  // of ours, and answering it here keeps it from the language middleware (which would proxy it).
  if (!api && !/^[A-Za-z0-9/_.-]*$/.test(decodeURIComponent(pathname))) return refusal("not_found", { locale, api: false, headers: secureHeaders });
  if (pathname.startsWith("/_next/image")) return refusal("not_found", { locale, api: false, headers: secureHeaders });

  if (api) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", API_CSP);
    for (const [k, v] of Object.entries(secureHeaders)) response.headers.set(k, v);
    return response;
  }

  if (request.method === "POST") {
    const length = request.headers.get("content-length");
    if (length === null && request.headers.get("transfer-encoding")) return refusal("length_required", { locale, api, headers: secureHeaders });
    if (Number(length ?? 0) > PAGE_BODY_LIMIT) return refusal(new PayloadTooLargeError(PAGE_BODY_LIMIT), { locale, api, headers: secureHeaders });
    if (!sameOrigin(request)) return refusal("foreign_origin", { locale, api, headers: secureHeaders });
    if (request.headers.has("next-action") && !(await wellFormedActionCall(request))) return refusal("bad_request", { locale, api, headers: secureHeaders });
    if (!request.headers.has("next-action") && !(await wellFormedFormAction(request))) return refusal("bad_request", { locale, api, headers: secureHeaders });
  }
  const limit = pageLimit(request);
  if (limit) {
    const result = await consume(limit, clientKey(request.headers));
    if (!result.ok) return refusal(new TooManyRequestsError(result.retryAfterSeconds), { locale, api, headers: secureHeaders });
  }

  const nonce = newNonce();
  // An embed page may be framed by the sites its organization lists (and Parallel itself, for the settings preview).
  const embedOrg = /^\/embed\/([^/]+)/.exec(pathname)?.[1];
  const embed = embedOrg ? await publicEmbed(embedOrg) : null;
  const csp = pageCsp(nonce, { dev: env().NODE_ENV === "development", https, frameAncestors: embedOrg ? frameAncestors(embed?.origins ?? []) : undefined });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // The address as asked, for the language switch (components/LanguageSwitcher.tsx).
  headers.set("x-request-path", `${pathname}${request.nextUrl.search}`);
  headers.delete("x-embed-locale");
  if (embedOrg) {
    // The embed's language: the snippet's ?locale=, else the organization's; next-intl reads it from its own header.
    const asked = request.nextUrl.searchParams.get("locale");
    const embedLocale = asked === "en" || asked === "fr" ? asked : (embed?.locale ?? "en");
    headers.set("x-embed-locale", embedLocale);
    headers.set("x-next-intl-locale", embedLocale);
  }
  headers.set("Content-Security-Policy", csp);
  // next-intl passes these headers on to the page; the body stays with the original request.
  const forwarded = new NextRequest(request.url, { headers });

  // Files (sitemap.xml, robots.txt) and internal paths keep their address; pages get a language.
  const localized = !/^\/(_next|_vercel|embed)\b/.test(pathname) && !/\.[^/]+$/.test(pathname);
  const response = localized ? intl(forwarded) : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of Object.entries(secureHeaders)) response.headers.set(k, v);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|favicon.ico).*)"],
};
