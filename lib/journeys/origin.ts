/**
 * The origin the browser used to reach this page (scheme, host and port),
 * from the request's Host header, or X-Forwarded-Host and X-Forwarded-Proto
 * when a proxy in front says so. A private link built from it opens on the
 * same site the person is on, whatever the configured site address says.
 * A header that is not a plain host name (or bracketed IPv6) with an
 * optional port is ignored, and the fallback used instead.
 */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/;

export function requestOrigin(headers: { get(name: string): string | null }, fallback: string): string {
  const first = (name: string) => headers.get(name)?.split(",")[0]?.trim().toLowerCase() || null;
  const host = first("x-forwarded-host") ?? first("host");
  const fallbackUrl = new URL(fallback);
  if (!host || !HOST.test(host)) return fallbackUrl.origin;
  const proto = first("x-forwarded-proto");
  const scheme = proto === "https" || proto === "http" ? proto : fallbackUrl.protocol.replace(":", "");
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return fallbackUrl.origin;
  }
}
