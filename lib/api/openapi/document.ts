import "zod-openapi";
import { createDocument, type ZodOpenApiPathsObject } from "zod-openapi";
import { PUBLIC_OPERATIONS } from "./public";
import { toOpenApi, type ApiOperation } from "./registry";
import { WORKSPACE_OPERATIONS } from "./workspace";
import { OTHER_OPERATIONS } from "./other";
import { CASEWORK_OPERATIONS } from "./casework";
import { REPORT_OPERATIONS } from "./reports";

/** Every documented operation, in the order the reference shows them. */
export const OPERATIONS: ApiOperation[] = [...PUBLIC_OPERATIONS, ...WORKSPACE_OPERATIONS, ...REPORT_OPERATIONS, ...CASEWORK_OPERATIONS, ...OTHER_OPERATIONS];

let cached: ReturnType<typeof createDocument> | null = null;

/** The OpenAPI 3.1 document, built once per process from the operations' zod schemas. */
export function openApiDocument(siteUrl: string) {
  if (!cached) {
    const paths: ZodOpenApiPathsObject = {};
    for (const op of OPERATIONS) {
      paths[op.path] = { ...(paths[op.path] ?? {}), [op.method]: toOpenApi(op) };
    }
    cached = createDocument(
      {
        openapi: "3.1.0",
        info: {
          title: "Parallel API",
          version: "1.0.0",
          description:
            "Occupations, parallel careers, profession guides and oEmbed (public, CORS open, cached with ETags), and the counsellor workspace (an organization API key or a signed-in session). Errors are JSON `{ error, message, fields }` in the caller's language (`?locale=fr` or Accept-Language). Each operation's `x-examples` are calls the contract test makes against a running app.",
          license: { name: "Data: Open Government Licence – Canada (NOC, OaSIS, COPS, Job Bank)", url: "https://open.canada.ca/en/open-government-licence-canada" },
        },
        servers: [{ url: siteUrl.replace(/\/$/, "") }],
        tags: [
          { name: "Occupations" },
          { name: "Professions" },
          { name: "Embeds" },
          { name: "Client files" },
          { name: "Audit" },
          { name: "Match reports" },
          { name: "Casework" },
          { name: "Erasure" },
          { name: "Indicators" },
          { name: "Workspace" },
          { name: "Sign-in" },
          { name: "API reference" },
        ],
        components: {
          securitySchemes: {
            apiKey: { type: "http", scheme: "bearer", description: "An organization API key (pk_...), made under Settings → API keys; it acts with the role it was given." },
            session: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "A signed-in member's session (Parallel's own pages); name the organization with ?org=<slug>." },
          },
        },
        paths,
      },
      { reused: "ref" },
    );
  }
  return { ...cached, servers: [{ url: siteUrl.replace(/\/$/, "") }] };
}
