/**
 * Security headers. The Content-Security-Policy uses a fresh nonce per
 * request (set by proxy.ts, which Next.js reads back to mark its own
 * scripts) with 'strict-dynamic', and no 'unsafe-eval' outside development.
 * Nonces rather than hashes: Next.js writes each page's data as inline
 * scripts whose content differs per page and per build, so hashes would
 * have to be recomputed for every page after every build. The price is that
 * pages render per request instead of being served prerendered.
 * Styles keep 'unsafe-inline': React and the charts set `style` attributes,
 * which nonces do not cover, and styles cannot run code.
 */

/** Headers for every response, static files included (next.config.ts). */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
] as const;

/** For JSON responses: nothing to load, never framed by another site. */
export const API_CSP = "default-src 'none'; frame-ancestors 'self'";

/** `frameAncestors` replaces the default directive (embed pages list the sites their organization allows). */
export function pageCsp(nonce: string, options: { dev: boolean; https: boolean; frameAncestors?: string }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Embed pages list their organization's sites (lib/embed/origins.ts).
    options.frameAncestors ?? "frame-ancestors 'self'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const HSTS = "max-age=63072000; includeSubDomains";

/** True when the client reached us over https (directly or through a proxy that says so). */
export function isHttps(url: URL, headers: Headers): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded ? forwarded === "https" : url.protocol === "https:";
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
