import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";

/**
 * The one wrapper for public JSON endpoints (`/api/v1/...`): open CORS,
 * parsed route params, query and body, a 400 (query/params) or 422 (body)
 * with field errors for bad input, and a generic 500 with a logged id for
 * anything unexpected, never internal error text.
 */

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The request field the error concerns, for `fields` in the response. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Max-Age": "86400",
};

export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

function invalid(status: 400 | 422, error: z.ZodError) {
  const fields = fieldErrors(error);
  const message = Object.entries(fields)
    .map(([k, v]) => (k === "_" ? v.join("; ") : `${k}: ${v.join("; ")}`))
    .join(". ");
  return NextResponse.json({ error: "invalid_request", message, fields }, { status, headers: CORS_HEADERS });
}

interface Schemas<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  params?: P;
  query?: Q;
  body?: B;
  /** Cache-Control for successful responses. */
  cache?: string;
}

type Handler<P, Q, B> = (input: { params: P; query: Q; body: B; request: NextRequest }) => Promise<unknown>;

export function publicApi<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
>(schemas: Schemas<P, Q, B>, handler: Handler<z.infer<P>, z.infer<Q>, z.infer<B>>) {
  return async (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => {
    try {
      const params = schemas.params ? schemas.params.safeParse(await context.params) : null;
      if (params && !params.success) return invalid(400, params.error);
      const query = schemas.query ? schemas.query.safeParse(Object.fromEntries(request.nextUrl.searchParams)) : null;
      if (query && !query.success) return invalid(400, query.error);
      let body: unknown = undefined;
      if (schemas.body) {
        let raw: unknown;
        try {
          raw = await request.json();
        } catch {
          return NextResponse.json(
            { error: "invalid_json", message: "The request body must be JSON.", fields: {} },
            { status: 400, headers: CORS_HEADERS },
          );
        }
        const parsed = schemas.body.safeParse(raw);
        if (!parsed.success) return invalid(422, parsed.error);
        body = parsed.data;
      }
      const result = await handler({
        params: params?.data as z.infer<P>,
        query: query?.data as z.infer<Q>,
        body: body as z.infer<B>,
        request,
      });
      return NextResponse.json(result, {
        headers: { ...CORS_HEADERS, ...(schemas.cache ? { "Cache-Control": schemas.cache } : {}) },
      });
    } catch (error) {
      if (error instanceof HttpError) {
        const fields = error.field ? { [error.field]: [error.message] } : {};
        return NextResponse.json(
          { error: error.status === 404 ? "not_found" : "invalid_request", message: error.message, fields },
          { status: error.status, headers: CORS_HEADERS },
        );
      }
      const id = randomUUID();
      console.error(`[api ${id}]`, error);
      return NextResponse.json(
        { error: "internal_error", message: `Something went wrong on our side (reference ${id}).` },
        { status: 500, headers: CORS_HEADERS },
      );
    }
  };
}

export function preflight() {
  return new NextResponse(null, { status: 204, headers: CORS_HEADERS });
}
