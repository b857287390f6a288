// The production HTTP server `npm start` runs: Next.js's own request
// handler behind a plain Node server that records each client's address in
// X-Forwarded-For (appended, as a load balancer does), so rate limits key on
// the real client. Usage: node server.mjs --port 3000 --hostname 127.0.0.1
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";

const { values } = parseArgs({ options: { port: { type: "string", default: "3000" }, hostname: { type: "string", default: "127.0.0.1" } } });
const port = Number(values.port);
const hostname = values.hostname;

const app = next({ dev: false, hostname, port, dir: import.meta.dirname });
const handle = app.getRequestHandler();
await app.prepare();

// Methods no route answers. Next.js cannot even represent TRACE or CONNECT as a request (it would answer 500).
const ALLOWED = new Set(["GET", "HEAD", "POST", "OPTIONS"]);
// The workspace API also changes and deletes client files.
const WORKSPACE_API = "/api/v1/workspace/";
const WORKSPACE_METHODS = new Set(["PATCH", "DELETE"]);

const server = createServer((req, res) => {
  if (!ALLOWED.has(req.method ?? "") && !(WORKSPACE_METHODS.has(req.method ?? "") && (req.url ?? "").startsWith(WORKSPACE_API))) {
    res.writeHead(405, { Allow: "GET, HEAD, POST, OPTIONS", "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" });
    res.end("Method not allowed. / Méthode non permise.\n");
    return;
  }
  const address = req.socket.remoteAddress ?? "unknown";
  const previous = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = previous ? `${Array.isArray(previous) ? previous.join(", ") : previous}, ${address}` : address;
  handle(req, res).catch((error) => {
    console.error("[server]", error);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Internal error");
  });
});
server.listen(port, hostname, () => {
  console.log(`Parallel ready on http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
