import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CSP, STATIC_SECURITY_HEADERS } from "./lib/http/security";
import { ISLANDS_PATH } from "./lib/islands/address";
import { buildIslands } from "./lib/islands/build";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig = (islandsVersion: string | undefined): NextConfig => ({
  // The islands script's address carries its hash (components/IslandsScript.tsx), so it may be cached for good.
  env: islandsVersion ? { ISLANDS_VERSION: islandsVersion } : {},
  // A separate build folder lets two builds of the same tree run side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // The app shows no raster images; the optimizer endpoint is refused in proxy.ts.
  images: { unoptimized: true },
  // The report PDF's renderer runs its own React reconciler: loaded by Node as it is, not bundled with the server's React.
  serverExternalPackages: ["@react-pdf/renderer"],
  experimental: {
    // proxy.ts refuses larger page posts first, with a 413 page.
    serverActions: { bodySizeLimit: "100kb" },
    // forbidden() and unauthorized() from next/navigation: the workspace answers 403 and 401 pages.
    authInterrupts: true,
  },
  async headers() {
    return [
      // Every response, static files included (the CSP of pages is set per request in proxy.ts).
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      // Never framed by another site; embed pages set their own frame-ancestors (proxy.ts).
      { source: "/((?!embed).*)", headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
      // The islands script: its address changes with its content.
      { source: ISLANDS_PATH, headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
      // The embed snippet's script: served from here to any site, cached an hour, refreshed in the background for a day.
      {
        source: "/embed.js",
        headers: [
          { key: "Content-Type", value: "text/javascript; charset=utf-8" },
          { key: "Cache-Control", value: "public, max-age=3600, stale-while-revalidate=86400" },
          { key: "Access-Control-Allow-Origin", value: "*" },
        ],
      },
    ];
  },
});

/**
 * The public pages' one script (lib/islands) is bundled when Next.js builds
 * or runs in development; a production start serves the bundle its build
 * made (the hash is already in the built pages), so it does no bundling.
 */
export default function config(phase: string): NextConfig {
  return withNextIntl(nextConfig(phase === PHASE_PRODUCTION_SERVER ? undefined : buildIslands(process.cwd())));
}
