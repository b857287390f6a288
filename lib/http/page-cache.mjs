// @ts-check
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";

/**
 * Content pages served like static files. The public content pages (home,
 * professions, occupations, compare, privacy, developers) are the same for
 * every visitor: they read no cookie and no session. `server.mjs` renders
 * each once through Next.js, keeps the HTML, and serves it from memory
 * after that, with an ETag, a Cache-Control a CDN or browser may honour,
 * and gzip done once.
 *
 * A cached page cannot carry a per-request nonce, so its
 * Content-Security-Policy names its inline scripts by their SHA-256 instead
 * (`'self' 'sha256-…'`, no 'unsafe-inline'): the same protection, the same
 * for everyone. Pages that are not cached keep the nonce.
 *
 * Not cached: anything but GET/HEAD, router (RSC) requests and server
 * actions, other paths (journeys, saved links, the workspace, sign-in,
 * embeds, the API), responses that are not 200 HTML.
 */

/** Paths of pages that are the same for every visitor. */
const CONTENT_PATH = /^\/(en|fr)(\/(professions|occupations|compare|privacy|developers)(\/[A-Za-z0-9._~-]+){0,3})?\/?$/;

/** Response headers that belong to one response, not to the page. */
const HOP_HEADERS = new Set([
  "set-cookie",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "cache-control",
  "etag",
  "vary",
  "x-nextjs-cache",
  "x-nextjs-prerender",
  "x-nextjs-stale-time",
  "x-powered-by",
]);

export const PAGE_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";

/**
 * The cache key of a request, or null when it must go to Next.js.
 * @param {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} req
 */
export function cacheKey(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const h = req.headers;
  if (h["rsc"] || h["next-router-state-tree"] || h["next-router-prefetch"] || h["next-action"] || h["next-url"]) return null;
  const url = new URL(req.url ?? "/", "http://x");
  if (!CONTENT_PATH.test(url.pathname) || url.searchParams.has("_rsc")) return null;
  if (url.search.length > 300) return null;
  const proto = String(h["x-forwarded-proto"] ?? "").split(",")[0]?.trim().toLowerCase();
  return `${proto === "https" ? "https" : "http"} ${url.pathname}${url.search}`;
}

/**
 * The page's HTML without nonce attributes, and its policy with the nonce
 * (and 'strict-dynamic', which needs one) replaced by the hashes of its
 * inline scripts. Script files stay allowed by 'self'.
 * @param {string} html
 * @param {string} csp
 */
export function withScriptHashes(html, csp) {
  const stripped = html.replace(/(<script\b[^>]*?)\s+nonce="[^"]*"/g, "$1");
  const hashes = new Set();
  for (const match of stripped.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    const body = match[1] ?? "";
    if (body) hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  const policy = csp
    .split(";")
    .map((directive) => {
      const trimmed = directive.trim();
      if (!trimmed.startsWith("script-src ")) return trimmed;
      const sources = trimmed
        .split(/\s+/)
        .slice(1)
        .filter((s) => !s.startsWith("'nonce-") && s !== "'strict-dynamic'");
      return ["script-src", ...sources, ...hashes].join(" ");
    })
    .join("; ");
  return { html: stripped, csp: policy };
}

/**
 * @typedef {{ body: Buffer; gzip: Buffer; etag: string; headers: Record<string, string>; storedAt: number }} Entry
 * @typedef {{ status: number; headers: Headers; body: Buffer }} Fetched
 */

/**
 * @param {{ fetchPage: (path: string, https: boolean) => Promise<Fetched>; ttlMs?: number; maxEntries?: number; now?: () => number }} options
 */
export function createPageCache({ fetchPage, ttlMs = 300_000, maxEntries = 2000, now = Date.now }) {
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  /** @type {Map<string, Promise<Entry | null>>} */
  const loading = new Map();
  /** Pages found not cacheable (a 404, a redirect), and when: asked again only after ttlMs. @type {Map<string, number>} */
  const refused = new Map();
  const stats = { hits: 0, misses: 0, refreshes: 0, uncacheable: 0 };

  /** @param {string} key */
  function load(key) {
    const pending = loading.get(key);
    if (pending) return pending;
    const [proto, path] = /** @type {[string, string]} */ (key.split(" ", 2));
    const promise = fetchPage(path, proto === "https")
      .then((page) => {
        const type = page.headers.get("content-type") ?? "";
        const csp = page.headers.get("content-security-policy");
        if (page.status !== 200 || !type.startsWith("text/html") || !csp) {
          stats.uncacheable++;
          entries.delete(key);
          refused.set(key, now());
          if (refused.size > maxEntries) refused.delete(/** @type {string} */ (refused.keys().next().value));
          return null;
        }
        const { html, csp: policy } = withScriptHashes(page.body.toString("utf8"), csp);
        const body = Buffer.from(html, "utf8");
        /** @type {Record<string, string>} */
        const headers = {};
        page.headers.forEach((value, name) => {
          if (!HOP_HEADERS.has(name)) headers[name] = value;
        });
        headers["content-security-policy"] = policy;
        headers["cache-control"] = PAGE_CACHE_CONTROL;
        headers["vary"] = "Accept-Encoding";
        const entry = { body, gzip: gzipSync(body), etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`, headers, storedAt: now() };
        entries.delete(key);
        entries.set(key, entry);
        if (entries.size > maxEntries) entries.delete(/** @type {string} */ (entries.keys().next().value));
        return entry;
      })
      .finally(() => loading.delete(key));
    loading.set(key, promise);
    return promise;
  }

  return {
    stats,
    /** Forget every page (after a data change). */
    clear() {
      entries.clear();
      refused.clear();
    },
    /**
     * Answers the request from the cache when it can; false: let Next.js answer.
     * @param {import("node:http").IncomingMessage} req
     * @param {import("node:http").ServerResponse} res
     */
    async serve(req, res) {
      const key = cacheKey(req);
      if (!key) return false;
      const refusedAt = refused.get(key);
      if (refusedAt !== undefined && now() - refusedAt <= ttlMs) return false;
      let entry = entries.get(key);
      if (entry) {
        stats.hits++;
        // Stale: still served at once, refreshed behind.
        if (now() - entry.storedAt > ttlMs && !loading.has(key)) {
          stats.refreshes++;
          load(key).catch(() => {});
        }
      } else {
        stats.misses++;
        entry = (await load(key).catch(() => null)) ?? undefined;
        if (!entry) return false;
      }
      const match = req.headers["if-none-match"];
      if (match && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === entry.etag)) {
        res.writeHead(304, { etag: entry.etag, "cache-control": PAGE_CACHE_CONTROL, vary: "Accept-Encoding" });
        res.end();
        return true;
      }
      const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      const body = gzip ? entry.gzip : entry.body;
      res.writeHead(200, { ...entry.headers, etag: entry.etag, "content-length": body.length, ...(gzip ? { "content-encoding": "gzip" } : {}) });
      res.end(req.method === "HEAD" ? undefined : body);
      return true;
    },
  };
}
