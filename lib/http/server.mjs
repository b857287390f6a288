// The production HTTP server `npm start` runs: Next.js's own request
// handler behind a plain Node server that records each client's address in
// X-Forwarded-For (appended, as a load balancer does), so rate limits key on
// the real client. Usage: node lib/http/server.mjs --port 3000 --hostname 127.0.0.1
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { createPageCache } from "./page-cache.mjs";
import path from "node:path";
import { builtStylesheets, isStaticPage, renderStatic, sendRendered } from "./static-html.mjs";

const { values } = parseArgs({ options: { port: { type: "string", default: "3000" }, hostname: { type: "string", default: "127.0.0.1" } } });
const port = Number(values.port);
const hostname = values.hostname;

// The project's root, two folders up from this file.
const root = path.resolve(import.meta.dirname, "../..");
const app = next({ dev: false, hostname, port, dir: root });
const handle = app.getRequestHandler();
await app.prepare();
// Public pages carry their stylesheet (static-html.mjs).
const stylesheet = builtStylesheets(path.join(root, process.env.NEXT_DIST_DIR || ".next"));

// Methods no route answers. Next.js cannot even represent TRACE or CONNECT as a request (it would answer 500).
const ALLOWED = new Set(["GET", "HEAD", "POST", "OPTIONS"]);
// The workspace API also changes and deletes client files.
const WORKSPACE_API = "/api/v1/workspace/";
const WORKSPACE_METHODS = new Set(["PUT", "PATCH", "DELETE"]);

const server = createServer((req, res) => {
  if (!ALLOWED.has(req.method ?? "") && !(WORKSPACE_METHODS.has(req.method ?? "") && (req.url ?? "").startsWith(WORKSPACE_API))) {
    res.writeHead(405, { Allow: "GET, HEAD, POST, OPTIONS", "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" });
    res.end("Method not allowed. / Méthode non permise.\n");
    return;
  }
  const address = req.socket.remoteAddress ?? "unknown";
  const previous = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = previous ? `${Array.isArray(previous) ? previous.join(", ") : previous}, ${address}` : address;
  (pageCache ? pageCache.serve(req, res) : Promise.resolve(false))
    .catch((error) => {
      console.error("[server] page cache:", error);
      return res.headersSent;
    })
    .then((served) => {
      if (served) return;
      const ask = staticPage(req);
      return ask ? renderStatic(loopbackOrigin, ask, stylesheet).then((page) => sendRendered(req, res, page)) : handle(req, res);
    })
    .catch((error) => {
      console.error("[server]", error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Internal error");
    });
});
// Public pages go without React in the browser (static-html.mjs):
// rendered through the loopback listener as asked, with Next.js's client
// runtime taken out, and so are the pages their forms post back to. Router
// requests and server actions called by script go to Next.js as they are
// (the signed-in areas' React may still ask for public pages).
function staticPage(req) {
  if (req.method !== "GET" && req.method !== "HEAD" && req.method !== "POST") return null;
  const h = req.headers;
  if (h["rsc"] || h["next-router-state-tree"] || h["next-router-prefetch"] || h["next-action"]) return null;
  const url = req.url ?? "/";
  if (!isStaticPage(new URL(url, "http://x").pathname)) return null;
  return { method: req.method, path: url, headers: req.headers, body: req.method === "POST" ? req : undefined };
}

// Warm start: an occupation page needs the matching engine's reference data,
// read from the database and prepared (a few seconds, once per data version).
// Render one through a loopback listener before accepting visitors, so the
// first visitor does not wait for it; then once a minute, so a data change
// (a reseed while the app runs) is prepared in the background too. A page,
// not the API: pages spend no rate limit.
const WARM_PATH = "/en/occupations/31301";
const WARM_EVERY_MS = 60_000;
async function warm(origin) {
  const started = performance.now();
  const response = await fetch(new URL(WARM_PATH, origin), { headers: { "accept-language": "en" } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${WARM_PATH} answered ${response.status}`);
  return performance.now() - started;
}
const loopback = createServer((req, res) => handle(req, res));
await new Promise((resolve) => loopback.listen(0, "127.0.0.1", resolve));
const loopbackOrigin = `http://127.0.0.1:${loopback.address().port}`;

// Content pages, the same for every visitor, rendered once and served from
// memory (page-cache.mjs). PAGE_CACHE=off renders every request.
const pageCache =
  process.env.PAGE_CACHE === "off"
    ? null
    : createPageCache({
        fetchPage: (asked, https) => renderStatic(loopbackOrigin, { method: "GET", path: asked, headers: { "x-forwarded-proto": https ? "https" : "http" } }, stylesheet),
      });
try {
  console.log(`Matching engine data prepared in ${((await warm(loopbackOrigin)) / 1000).toFixed(1)} s (warm start)`);
} catch (error) {
  // Not fatal: the first request that needs the engine prepares it instead.
  console.error(`[server] warm start failed: ${error.message}`);
}
setInterval(() => warm(loopbackOrigin).catch(() => {}), WARM_EVERY_MS).unref();

server.listen(port, hostname, () => {
  console.log(`Parallel ready on http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    loopback.close();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
