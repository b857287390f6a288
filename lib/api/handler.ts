import "server-only";
import { randomUUID } from "node:crypto";
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

type Locale = "en" | "fr";

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

function json(body: unknown, status: number, extra: Record<string, string> = {}) {
  return NextResponse.json(body, { status, headers: { ...CORS_HEADERS, ...extra } });
}

function invalid(status: 400 | 422, error: z.ZodError, locale: Locale) {
  const { fields, total } = fieldErrors(error);
  return json({ error: "invalid_request", message: TEXT.invalid[locale](total), fields }, status);
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

type Handler<P, Q, B> = (input: { params: P; query: Q; body: B; request: NextRequest; locale: Locale }) => Promise<unknown>;

export function publicApi<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
>(options: Options<P, Q, B>, handler: Handler<z.infer<P>, z.infer<Q>, z.infer<B>>) {
  return async (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => {
    const locale = localeOf(request);
    try {
      if (options.limit) await enforce(options.limit, clientKey(request.headers));
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
          return json({ error: "invalid_json", message: TEXT.json[locale], fields: {} }, 400);
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
      });
      return NextResponse.json(result, {
        headers: { ...CORS_HEADERS, ...(options.cache ? { "Cache-Control": options.cache } : {}) },
      });
    } catch (error) {
      if (isAppError(error)) {
        const field = "field" in error && typeof error.field === "string" ? error.field : null;
        const message = error.messageIn(locale);
        const retry: Record<string, string> = error instanceof TooManyRequestsError ? { "Retry-After": String(Math.ceil(error.retryAfterSeconds)) } : {};
        return json({ error: error.code, message, fields: field ? { [field]: message } : {} }, HTTP_STATUS[error.code], retry);
      }
      if (isStatementTimeout(error)) return json({ error: "busy", message: TEXT.busy[locale], fields: {} }, 503, { "Retry-After": "5" });
      const id = randomUUID();
      console.error(`[api ${id}]`, error);
      return json({ error: "internal_error", message: TEXT.internal[locale](id) }, 500);
    }
  };
}

export function preflight() {
  return new NextResponse(null, { status: 204, headers: CORS_HEADERS });
}
