import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { sessionApiContext } from "@/lib/auth/guards";
import type { Permission } from "@/lib/auth/permissions";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { authenticateApiKey } from "@/lib/workspace/api-keys";
import type { OrgContext } from "@/lib/workspace/context";
import { endpoint, type Parsed } from "./handler";
import type { LimitName } from "@/lib/rate-limit";

/**
 * The wrapper of the workspace API (`/api/v1/workspace/...`): the public
 * wrapper's parsing and error answers, plus who is calling. Either an
 * organization API key (`Authorization: Bearer pk_...`) or the signed-in
 * session (the organization named by `?org=<slug>`, or the only one); a
 * session's writes must come from Parallel's own pages (Origin). No CORS,
 * never cached. Services still check the permission again.
 */

interface Options<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  params?: P;
  query?: Q;
  body?: B;
  permission: Permission;
  limit?: LimitName;
}

const NO_STORE = { "Cache-Control": "private, no-store" };

function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host"))?.split(",")[0]?.trim().toLowerCase();
  try {
    return new URL(origin).host.toLowerCase() === host;
  } catch {
    return false;
  }
}

async function caller(request: NextRequest, permission: Permission): Promise<OrgContext> {
  const route = `${request.method} ${request.nextUrl.pathname}`;
  const header = request.headers.get("authorization");
  if (header) {
    const key = /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? "";
    const ctx = await authenticateApiKey(key, { requestId: crypto.randomUUID(), route });
    if (!ctx) throw new UnauthenticatedError({ en: "This API key is unknown or revoked.", fr: "Cette clé d’API est inconnue ou révoquée." });
    return ctx;
  }
  if (request.method !== "GET" && !sameOrigin(request))
    throw new ForbiddenError({ en: "Send changes with an API key, or from Parallel’s own pages.", fr: "Envoyez les modifications avec une clé d’API, ou depuis les pages de Parallel." });
  return sessionApiContext(request.nextUrl.searchParams.get("org"), permission, route);
}

export function workspaceApi<P extends z.ZodType = z.ZodUnknown, Q extends z.ZodType = z.ZodUnknown, B extends z.ZodType = z.ZodUnknown>(
  options: Options<P, Q, B>,
  handler: (input: Parsed<z.infer<P>, z.infer<Q>, z.infer<B>> & { ctx: OrgContext }) => Promise<unknown>,
) {
  return endpoint(
    {
      headers: NO_STORE,
      success: (result) => (result instanceof Response ? result : null),
      authenticate: (request) => caller(request, options.permission),
    },
    { params: options.params, query: options.query, body: options.body, limit: options.limit ?? "workspace" },
    async (input) => handler({ ...input, ctx: input.caller as OrgContext }),
  );
}
