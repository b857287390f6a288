import type { NextRequest } from "next/server";
import { cachedJson, CORS_HEADERS } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi/document";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 document of every endpoint. */
export function GET(request: NextRequest) {
  return cachedJson(request, openApiDocument(env().SITE_URL), { ...CORS_HEADERS, "Cache-Control": "public, max-age=300, stale-while-revalidate=3600" });
}
