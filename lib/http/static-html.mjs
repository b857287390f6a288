// @ts-check
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * Public pages without React in the browser. Every public page (home,
 * professions, occupations, compare, the journeys, saved links, shared
 * reports, privacy, and the pages other sites embed) is complete HTML that works without JavaScript; its
 * few behaviours (search as you type, progress, step focus, print and copy)
 * come from one small script, lib/islands. Next.js still renders them, and
 * would add its runtime and the page's data for React to take the page over
 * (hydration): about 160 kB of JavaScript gzip before any of our own code,
 * and the same data again inside the HTML. `server.mjs` takes both out of
 * these pages, so a phone on a slow connection downloads the HTML, the
 * stylesheet and the islands script, and is interactive once they are in.
 *
 * The signed-in areas (workspace, account, invitations, sign-in) keep
 * React: their forms and navigation rely on it.
 */

/** Pathway pages embedded in other sites (app/embed): server-rendered, with their own small resize script. */
const EMBED = /^\/embed\/[^/]+\/./;

/** Pages that keep React in the browser. */
const HYDRATED = /^\/(en|fr)\/(workspace|account|invitations|sign-in)(\/|$)/;

/**
 * True when the page at this path is served without React in the browser.
 * @param {string} pathname
 */
export function isStaticPage(pathname) {
  return (/^\/(en|fr)(\/|$)/.test(pathname) && !HYDRATED.test(pathname)) || EMBED.test(pathname);
}

/** Scripts of Next.js's client runtime and the page's data for it. */
const RUNTIME_SCRIPT = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/g;
const RUNTIME_PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bhref="\/_next\/[^"]*\.js")[^>]*\/?>/g;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const RUNTIME_INLINE = /^\s*(\(self\.__next_f\s*=|self\.__next_f\.push\(|\(globalThis\["TURBOPACK"\])/;

/**
 * The page's HTML without Next.js's client runtime: its script files, their
 * preloads, the bootstrap and the page's data for React (`self.__next_f`).
 * Everything else stays, React's own small inline scripts that reveal
 * streamed parts of the page included.
 * @param {string} html
 */
export function withoutHydration(html) {
  return html
    .replace(RUNTIME_SCRIPT, "")
    .replace(RUNTIME_PRELOAD, "")
    .replace(INLINE_SCRIPT, (whole, body) => (RUNTIME_INLINE.test(body) ? "" : whole));
}

const STYLESHEET = /<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="(\/_next\/static\/[^"?#]+\.css)"[^>]*\/?>/g;

/**
 * The page's own stylesheets written into it (`<style>`), so a phone on a
 * slow connection paints the page from the HTML alone instead of waiting two
 * more round trips for the stylesheet. Tailwind's stylesheet is the same
 * few kilobytes (gzip) whatever the page.
 * @param {string} html
 * @param {(href: string) => string | null} stylesheet  the text of a stylesheet, or null to keep the link
 */
export function withInlineStyles(html, stylesheet) {
  return html.replace(STYLESHEET, (link, href) => {
    const css = stylesheet(href);
    return css === null || /<\/style/i.test(css) ? link : `<style data-href="${href}">${css}</style>`;
  });
}

/**
 * Reads Next.js's built stylesheets (`/_next/static/…` in the build folder),
 * once each.
 * @param {string} distDir  the build folder, e.g. .next
 * @returns {(href: string) => string | null}
 */
export function builtStylesheets(distDir) {
  /** @type {Map<string, string | null>} */
  const read = new Map();
  return (href) => {
    if (!read.has(href)) {
      const file = path.join(distDir, "static", href.slice("/_next/static/".length));
      let css = null;
      try {
        if (!path.relative(path.join(distDir, "static"), file).startsWith("..")) css = readFileSync(file, "utf8");
      } catch {
        // Not in this build: the page keeps its link.
      }
      read.set(href, css);
    }
    return read.get(href) ?? null;
  };
}

/** Headers of a response that belong to one connection or one encoding of its body. */
const HOP_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"]);
/** Headers of a request that belong to its connection (its length and encoding go on with its body). */
const REQUEST_HOP_HEADERS = new Set(["connection", "keep-alive", "accept-encoding"]);

/**
 * @typedef {{ status: number; headers: Headers; body: Buffer }} Rendered
 */

/**
 * Renders a page through Next.js on the loopback origin, as the visitor
 * asked it (same method, path, headers and body: Host included, and a form
 * posted without JavaScript), uncompressed,
 * and returns it with the runtime taken out when it is a page (200 HTML).
 * Not-found and error pages keep it: Next.js sends them as an empty shell
 * that React fills in the browser.
 * @param {string} origin  the loopback listener, e.g. http://127.0.0.1:41234
 * @param {{ method: string; path: string; headers: Record<string, string | string[] | undefined>; body?: import("node:stream").Readable }} ask
 * @param {(href: string) => string | null} [stylesheet]  when given, the page's stylesheets are written into it (withInlineStyles)
 * @returns {Promise<Rendered>}
 */
export function renderStatic(origin, { method, path: asked, headers, body: posted }, stylesheet) {
  const target = new URL(origin);
  /** @type {Record<string, string | string[]>} */
  const sent = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !REQUEST_HOP_HEADERS.has(name)) sent[name] = value;
  }
  sent["accept-encoding"] = "identity";
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname: target.hostname, port: target.port, method, path: asked, headers: sent }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        const out = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (value === undefined || HOP_HEADERS.has(name)) continue;
          for (const one of Array.isArray(value) ? value : [value]) out.append(name, one);
        }
        let body = Buffer.concat(chunks);
        if (res.statusCode === 200 && (out.get("content-type") ?? "").startsWith("text/html")) {
          const html = body.toString("utf8");
          // A page that failed while streaming (a not-found, an error) is drawn by React from the page's data: it keeps the runtime.
          if (!html.includes('id="__next_error__"')) {
            const light = withoutHydration(html);
            body = Buffer.from(stylesheet ? withInlineStyles(light, stylesheet) : light, "utf8");
          }
        }
        resolve({ status: res.statusCode ?? 500, headers: out, body });
      });
    });
    req.on("error", reject);
    if (posted) {
      posted.on("error", (error) => req.destroy(error));
      posted.pipe(req);
    } else req.end();
  });
}

/** Bodies smaller than this go uncompressed. */
const GZIP_FROM = 1024;

/**
 * Sends a rendered page, gzip'd when the client accepts it.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {Rendered} page
 */
export function sendRendered(req, res, page) {
  const gzip = page.body.length >= GZIP_FROM && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? gzipSync(page.body) : page.body;
  /** @type {Record<string, string | string[]>} */
  const headers = {};
  page.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = page.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  if (gzip) headers["content-encoding"] = "gzip";
  headers["content-length"] = String(body.length);
  const vary = headers["vary"];
  if (typeof vary === "string" && !/accept-encoding/i.test(vary)) headers["vary"] = `${vary}, Accept-Encoding`;
  res.writeHead(page.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}
