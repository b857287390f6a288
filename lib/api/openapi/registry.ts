import { z } from "zod";
import type { ZodOpenApiOperationObject } from "zod-openapi";

/**
 * The API's documentation, kept next to the zod schemas the routes validate
 * with: each operation names the same params, query and body schemas its
 * route passes to publicApi/workspaceApi, so the document cannot drift from
 * what is checked. `examples` are concrete calls (with the status they get)
 * that the contract test makes against the running app.
 */

export type Method = "get" | "post" | "put" | "patch" | "delete";

export interface ApiExample {
  name: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Extra request headers (If-None-Match...). */
  headers?: Record<string, string>;
  status: number;
}

export interface ApiResponse {
  description: string;
  /** JSON body schema; omitted for bodiless answers (204, 304) or other media types. */
  schema?: z.ZodType;
  /** Media type when not JSON (text/csv, text/html...). */
  mediaType?: string;
  /** Another media type the same status may answer instead (a CSV or PDF download of the same data). */
  alternative?: string;
}

export interface ApiOperation {
  method: Method;
  /** OpenAPI path, `{name}` for parameters: /api/v1/occupations/{code}. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** "public" (anyone, CORS), "workspace" (API key or session, with a permission), "session" (next-auth). */
  auth: "public" | "workspace" | "session";
  permission?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: Record<number, ApiResponse>;
  examples: ApiExample[];
}

export const errorSchema = z
  .object({
    error: z.string().meta({ description: "A stable code: invalid_request, invalid_json, not_found, invalid_input, forbidden, unauthenticated, conflict, too_many_requests, payload_too_large, busy, internal_error." }),
    message: z.string().meta({ description: "What went wrong, in the caller's language (?locale= or Accept-Language)." }),
    fields: z.record(z.string(), z.string()).optional().meta({ description: "Each invalid field (at most 10) and its first problem." }),
  })
  .meta({ id: "Error", example: { error: "invalid_request", message: "The request has 1 invalid field; see fields.", fields: { q: "q must have at least 2 characters" } } });

const error = (description: string): ApiResponse => ({ description, schema: errorSchema });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * The schema of a service's answer, proven at compile time to describe
 * exactly the type `T` the service returns: a field added, removed or
 * retyped on either side (and not in the document) fails `tsc` here.
 * `exactly<NoteView>()(z.object({ ... }))`.
 */
export function exactly<T>() {
  return <S extends z.ZodType>(schema: S, ..._proof: Same<z.output<S>, T> extends true ? [] : [`the schema does not describe the service's answer type exactly`]) => schema;
}

/** An instant (ISO 8601, UTC, as `Date.toISOString()` writes it). */
export const instant = () => z.iso.datetime();
/** A calendar day, YYYY-MM-DD. */
export const isoDay = () => z.iso.date();

/** The answers every public read may give besides its success. */
export const PUBLIC_ERRORS: Record<number, ApiResponse> = {
  400: error("Invalid path or query parameters (`fields` names them)."),
  429: error("Too many requests: wait for Retry-After seconds."),
  500: error("Unexpected failure, with a reference to quote."),
};

/** The answers every workspace call may give besides its success. */
export const WORKSPACE_ERRORS: Record<number, ApiResponse> = {
  400: error("Invalid path or query parameters, or a body that is not JSON."),
  401: error("No API key (Authorization: Bearer pk_...) and no session, or a revoked key."),
  403: error("The key's or member's role lacks the permission, or a session's change came from another site."),
  404: error("Nothing with this id in the caller's organization."),
  429: error("Too many requests: wait for Retry-After seconds."),
};

/** Answers of a workspace write with a JSON body. */
export const WORKSPACE_WRITE_ERRORS: Record<number, ApiResponse> = {
  ...WORKSPACE_ERRORS,
  413: error("The body is larger than 64 kB."),
  422: error("The body is not valid (`fields` names each problem)."),
};

/** A workspace call made without credentials: documented on every workspace operation, so the contract test reaches each one. */
export const UNAUTHENTICATED: ApiExample = { name: "without credentials", status: 401 };

/** An operation in zod-openapi's form. */
export function toOpenApi(op: ApiOperation): ZodOpenApiOperationObject {
  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(op.responses)) {
    const alternative = r.alternative ? { [r.alternative]: { schema: z.string() } } : {};
    responses[status] = r.schema
      ? { description: r.description, content: { [r.mediaType ?? "application/json"]: { schema: r.schema }, ...alternative } }
      : r.mediaType
        ? { description: r.description, content: { [r.mediaType]: { schema: z.string() }, ...alternative } }
        : { description: r.description };
  }
  const requestParams = op.params || op.query ? { ...(op.params ? { path: op.params } : {}), ...(op.query ? { query: op.query } : {}) } : undefined;
  const first = op.examples.find((e) => e.status < 300);
  return {
    operationId: `${op.method}${op.path.replace(/[{}]/g, "").replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
    tags: [op.tag],
    summary: op.summary,
    description: [op.description, op.permission ? `Permission: \`${op.permission}\`.` : null].filter(Boolean).join("\n\n") || undefined,
    ...(op.auth === "workspace" ? { security: [{ apiKey: [] }, { session: [] }] } : op.auth === "public" ? { security: [] } : {}),
    ...(requestParams ? { requestParams } : {}),
    ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: op.body, ...(first?.body !== undefined ? { example: first.body } : {}) } } } } : {}),
    responses: responses as ZodOpenApiOperationObject["responses"],
    "x-examples": op.examples,
  } as ZodOpenApiOperationObject;
}
