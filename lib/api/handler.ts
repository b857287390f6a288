import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { HTTP_STATUS, isAppError, TooManyRequestsError } from "@/lib/errors";
import { clientKey, enforce, type LimitName } from "@/lib/rate-limit";
import { fieldErrors, readBody } from "./parse";

/**
 * The one wrapper for public JSON endpoints (`/api/v1/...`): open CORS, a
 * rate limit, a body size cap, parsed route params, query and body, and
 * every failure answered in the caller's language (`?locale=fr` or
 * Accept-Language) with `{ error, message, fields }` of bounded size:
 * 400 (query, params, not JSON), 413, 422 (body), 429 with Retry-After,
 * the status of a service's typed error, and a generic 500 with a logged id
 * for anything unexpected, never internal error text.
 */

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Max-Age": "86400",
};

/** Largest JSON body any public endpoint accepts. */
export const MAX_JSON_BODY = 64 * 1024;

export type Locale = "en" | "fr";

const TEXT = {
  invalid: {
    en: (n: number) => `The request has ${n} invalid field${n === 1 ? "" : "s"}; see fields.`,
    fr: (n: number) => `La requête comporte ${n} champ${n === 1 ? "" : "s"} non valide${n === 1 ? "" : "s"} ; voir fields.`,
  },
  json: { en: "The request body must be JSON.", fr: "Le corps de la requête doit être du JSON." },
  busy: {
    en: "The service is busy; please try again in a few seconds.",
    fr: "Le service est occupé ; réessayez dans quelques secondes.",
  },
  internal: {
    en: (id: string) => `Something went wrong on our side (reference ${id}).`,
    fr: (id: string) => `Une erreur s’est produite de notre côté (référence ${id}).`,
  },
};

/** PostgreSQL cancelled a statement that ran past DATABASE_STATEMENT_TIMEOUT_MS (SQLSTATE 57014). */
function isStatementTimeout(error: unknown): boolean {
  return error instanceof Error && /\b57014\b|statement timeout/.test(error.message);
}

function localeOf(request: NextRequest): Locale {
  const asked = request.nextUrl.searchParams.get("locale");
  if (asked === "fr" || asked === "en") return asked;
  return /^fr\b/i.test(request.headers.get("accept-language") ?? "") ? "fr" : "en";
}

interface Options<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  params?: P;
  query?: Q;
  body?: B;
  /** The rate limit this endpoint spends from (lib/rate-limit.ts). */
  limit?: LimitName;
  /** Cache-Control for successful responses. */
  cache?: string;
}

export interface Parsed<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  request: NextRequest;
  locale: Locale;
  /** What the boundary's `authenticate` returned (undefined for public endpoints). */
  caller: unknown;
}

type Handler<P, Q, B> = (input: Parsed<P, Q, B>) => Promise<unknown>;

/** What a boundary adds around the shared parse-run-answer steps. */
export interface Boundary {
  /** Headers of every answer (CORS for public endpoints; none for the workspace). */
  headers: Record<string, string>;
  /** Status and body of a success (a Response is sent as it is). */
  success?: (result: unknown) => Response | null;
  /** Who is calling, checked before any input is read (throws a typed error to refuse). */
  authenticate?: (request: NextRequest) => Promise<unknown>;
}

/**
 * The steps every JSON boundary shares: rate limit, params, query, a capped
 * JSON body, the handler, and every failure answered with `{ error, message,
 * fields }` and the right status.
 */
export function endpoint<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  boundary: Boundary,
  options: Options<P, Q, B>,
  handler: Handler<z.infer<P>, z.infer<Q>, z.infer<B>>,
) {
  const answer = (body: unknown, status: number, extra: Record<string, string> = {}) =>
    NextResponse.json(body, { status, headers: { ...boundary.headers, ...extra } });
  const invalid = (status: 400 | 422, error: z.ZodError, locale: Locale) => {
    const { fields, total } = fieldErrors(error);
    return answer({ error: "invalid_request", message: TEXT.invalid[locale](total), fields }, status);
  };
  return async (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => {
    const locale = localeOf(request);
    try {
      if (options.limit) await enforce(options.limit, clientKey(request.headers));
      const caller = boundary.authenticate ? await boundary.authenticate(request) : undefined;
      const params = options.params ? options.params.safeParse(await context.params) : null;
      if (params && !params.success) return invalid(400, params.error, locale);
      const query = options.query ? options.query.safeParse(Object.fromEntries(request.nextUrl.searchParams)) : null;
      if (query && !query.success) return invalid(400, query.error, locale);
      let body: unknown = undefined;
      if (options.body) {
        const text = await readBody(request, MAX_JSON_BODY);
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch {
          return answer({ error: "invalid_json", message: TEXT.json[locale], fields: {} }, 400);
        }
        const parsed = options.body.safeParse(raw);
        if (!parsed.success) return invalid(422, parsed.error, locale);
        body = parsed.data;
      }
      const result = await handler({
        params: params?.data as z.infer<P>,
        query: query?.data as z.infer<Q>,
        body: body as z.infer<B>,
        request,
        locale,
        caller,
      });
      const custom = boundary.success?.(result);
      if (custom) return custom;
      if (options.cache) return cachedJson(request, result, { ...boundary.headers, "Cache-Control": options.cache });
      return NextResponse.json(result, { headers: boundary.headers });
    } catch (error) {
      if (isAppError(error)) {
        const field = "field" in error && typeof error.field === "string" ? error.field : null;
        const message = error.messageIn(locale);
        const retry: Record<string, string> = error instanceof TooManyRequestsError ? { "Retry-After": String(Math.ceil(error.retryAfterSeconds)) } : {};
        const challenge: Record<string, string> = error.code === "unauthenticated" ? { "WWW-Authenticate": 'Bearer realm="parallel"' } : {};
        return answer({ error: error.code, message, fields: field ? { [field]: message } : {} }, HTTP_STATUS[error.code], { ...retry, ...challenge });
      }
      if (isStatementTimeout(error)) return answer({ error: "busy", message: TEXT.busy[locale], fields: {} }, 503, { "Retry-After": "5" });
      const id = randomUUID();
      console.error(`[api ${id}]`, error);
      return answer({ error: "internal_error", message: TEXT.internal[locale](id) }, 500);
    }
  };
}

/**
 * A cacheable read: a strong ETag (SHA-256 of the body) with its
 * Cache-Control, and 304 without a body when If-None-Match names it.
 */
export function cachedJson(request: Request, result: unknown, headers: Record<string, string>): Response {
  const body = JSON.stringify(result);
  const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
  const all = { ...headers, ETag: etag };
  const asked = request.headers.get("if-none-match");
  if (asked && (asked.trim() === "*" || asked.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag))) {
    return new NextResponse(null, { status: 304, headers: all });
  }
  return new NextResponse(body, { headers: { ...all, "Content-Type": "application/json" } });
}

export function publicApi<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
>(options: Options<P, Q, B>, handler: Handler<z.infer<P>, z.infer<Q>, z.infer<B>>) {
  return endpoint({ headers: CORS_HEADERS }, options, handler);
}

export function preflight() {
  return new NextResponse(null, { status: 204, headers: CORS_HEADERS });
}
