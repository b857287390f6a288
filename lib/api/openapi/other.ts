import { z } from "zod";
import type { ApiOperation } from "./registry";

/** Endpoints outside the JSON API proper: the OpenAPI document itself and the sign-in service. */
export const OTHER_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/openapi.json",
    tag: "API reference",
    summary: "This document",
    description: "OpenAPI 3.1, generated from the zod schemas the routes validate with. Cached, with an ETag.",
    auth: "public",
    responses: { 200: { description: "The OpenAPI document.", schema: z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) }) }, 304: { description: "Not modified." } },
    examples: [{ name: "the document", status: 200 }],
  },
  {
    method: "get",
    path: "/api/auth/{nextauth}",
    tag: "Sign-in",
    summary: "Sign-in service (next-auth)",
    description:
      "next-auth's endpoints, used by Parallel's own sign-in pages: `session`, `csrf`, `providers`, `callback/nodemailer` (the emailed link), `webauthn-options/passkey`. Not meant for API clients; asking for a link or a passkey challenge is rate-limited per address.",
    auth: "session",
    params: z.object({ nextauth: z.string().meta({ description: "One of next-auth's paths, e.g. session, csrf, providers.", example: "providers" }) }),
    responses: { 200: { description: "next-auth's answer.", schema: z.unknown() }, 429: { description: "Too many sign-in attempts." } },
    examples: [{ name: "providers", params: { nextauth: "providers" }, status: 200 }],
  },
  {
    method: "post",
    path: "/api/auth/{nextauth}",
    tag: "Sign-in",
    summary: "Sign-in service (next-auth): ask for a link, sign out, passkeys",
    description: "Form posts from Parallel's own pages, with next-auth's CSRF token. Not meant for API clients.",
    auth: "session",
    params: z.object({ nextauth: z.string().meta({ example: "signin/nodemailer" }) }),
    responses: { 302: { description: "A redirect to the next page." }, 429: { description: "Too many sign-in attempts." } },
    examples: [],
  },
];
