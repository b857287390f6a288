import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtStylesheets, isStaticPage, renderStatic, withInlineStyles, withoutHydration } from "@/lib/http/static-html.mjs";

const PAGE = [
  "<!DOCTYPE html><html><head>",
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" nonce="n1" href="/_next/static/chunks/a.js"/>',
  '<script src="/_next/static/chunks/a.js" async="" nonce="n1"></script>',
  '<script src="/_next/static/chunks/legacy.js" noModule="" nonce="n1"></script>',
  '<script src="/developers/swagger-ui/init.js" nonce="n1" async=""></script>',
  "</head><body><main><h1>Registered nurses</h1>",
  '<div hidden id="S:0"><p>Later part</p></div><script nonce="n1">$RC("B:0","S:0")</script>',
  "</main>",
  '<script src="/islands/site.js?v=abc" defer="" nonce="n1"></script>',
  '<script id="_R_" nonce="n1">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '<script nonce="n1">(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script nonce="n1">self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  "</body></html>",
].join("");

describe("withoutHydration", () => {
  const html = withoutHydration(PAGE);

  it("takes out Next.js's script files, their preloads, its bootstrap and the page's data for React", () => {
    expect(html).not.toContain("/_next/static/chunks/a.js");
    expect(html).not.toContain("legacy.js");
    expect(html).not.toContain("TURBOPACK");
    expect(html).not.toContain("__next_f");
  });

  it("keeps the content, the stylesheet, other scripts and React's inline scripts that reveal streamed parts", () => {
    expect(html).toContain("<h1>Registered nurses</h1>");
    expect(html).toContain('href="/_next/static/chunks/site.css"');
    expect(html).toContain("/islands/site.js?v=abc");
    expect(html).toContain("/developers/swagger-ui/init.js");
    expect(html).toContain('$RC("B:0","S:0")');
  });

  it("leaves a page without Next.js's runtime as it is", () => {
    expect(withoutHydration(html)).toBe(html);
  });
});

describe("withInlineStyles and builtStylesheets", () => {
  const dist = mkdtempSync(path.join(tmpdir(), "parallel-dist-"));
  mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
  writeFileSync(path.join(dist, "static", "chunks", "site.css"), "body{margin:0}");
  writeFileSync(path.join(dist, "secret.css"), "not served");
  const stylesheet = builtStylesheets(dist);

  it("writes the page's built stylesheet into it, in place of its link", () => {
    const html = withInlineStyles(withoutHydration(PAGE), stylesheet);
    expect(html).toContain('<style data-href="/_next/static/chunks/site.css">body{margin:0}</style>');
    expect(html).not.toContain('rel="stylesheet"');
  });

  it("keeps the link when the stylesheet is not in the build, is outside it, or could close the style element", () => {
    expect(stylesheet("/_next/static/chunks/missing.css")).toBeNull();
    expect(stylesheet("/_next/static/../secret.css")).toBeNull();
    const link = '<link rel="stylesheet" href="/_next/static/chunks/x.css"/>';
    expect(withInlineStyles(link, () => null)).toBe(link);
    expect(withInlineStyles(link, () => "a{}</style><script>alert(1)</script>")).toBe(link);
    // Other sites' and other folders' stylesheets are left alone.
    const other = '<link rel="stylesheet" href="/developers/swagger-ui/swagger-ui.css"/>';
    expect(withInlineStyles(other, () => "x")).toBe(other);
  });
});

describe("isStaticPage", () => {
  it.each([
    ["/en", true],
    ["/fr/", true],
    ["/en/professions/registered-nurses", true],
    ["/fr/occupations/31301", true],
    ["/en/pre-arrival", true],
    ["/fr/saved/abc", true],
    ["/en/reports/shared/abc", true],
    ["/en/workspace", false],
    ["/en/workspace/org/clients", false],
    ["/fr/sign-in", false],
    ["/en/account", false],
    ["/en/invitations/xyz", false],
    ["/api/v1/occupations", false],
    ["/embed/org/professions/x", true],
    ["/embed/org/occupations", true],
    ["/embed/org", false],
    ["/english", false],
    ["/", false],
  ])("%s: %s", (path, expected) => {
    expect(isStaticPage(path)).toBe(expected);
  });
});

describe("renderStatic", () => {
  let server: Server;
  let origin: string;
  const seen: IncomingMessage[] = [];

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      seen.push(req);
      if (req.method === "POST") {
        let posted = "";
        for await (const chunk of req) posted += chunk;
        res.writeHead(303, { location: `/en/pre-arrival?step=skills&posted=${encodeURIComponent(posted)}`, "set-cookie": "flash=1; Path=/" });
        res.end();
        return;
      }
      if (req.url === "/en/file.json") {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"self.__next_f":1}');
        return;
      }
      res.setHeader("set-cookie", ["a=1; Path=/", "b=2; Path=/"]);
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" });
      // Streamed in pieces, as Next.js does.
      res.write(PAGE.slice(0, 200));
      res.end(PAGE.slice(200));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("asks as the visitor asked (Host and cookies included), uncompressed, and returns the page without the runtime", async () => {
    const page = await renderStatic(origin, {
      method: "GET",
      path: "/en/pre-arrival?step=skills",
      headers: { host: "parallel.example:8443", cookie: "journey=abc", "accept-encoding": "gzip, br", "x-forwarded-for": "203.0.113.9" },
    });
    const asked = seen.at(-1)!;
    expect(asked.url).toBe("/en/pre-arrival?step=skills");
    expect(asked.headers.host).toBe("parallel.example:8443");
    expect(asked.headers.cookie).toBe("journey=abc");
    expect(asked.headers["x-forwarded-for"]).toBe("203.0.113.9");
    expect(asked.headers["accept-encoding"]).toBe("identity");
    expect(page.status).toBe(200);
    expect(page.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(page.headers.get("cache-control")).toBe("private, no-store");
    expect(page.body.toString()).toBe(withoutHydration(PAGE));
  });

  it("passes a posted form on, and its answer back as it is (a redirect with its cookie)", async () => {
    const { Readable } = await import("node:stream");
    const body = "kind=pre-arrival&step=profession";
    const page = await renderStatic(origin, {
      method: "POST",
      path: "/en/pre-arrival",
      headers: { host: "parallel.example", origin: "http://parallel.example", "content-type": "application/x-www-form-urlencoded", "content-length": String(body.length) },
      body: Readable.from([Buffer.from(body)]),
    });
    expect(seen.at(-1)!.headers.origin).toBe("http://parallel.example");
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe(`/en/pre-arrival?step=skills&posted=${encodeURIComponent(body)}`);
    expect(page.headers.getSetCookie()).toEqual(["flash=1; Path=/"]);
  });

  it("leaves other content types as they are", async () => {
    const page = await renderStatic(origin, { method: "GET", path: "/en/file.json", headers: {} });
    expect(page.body.toString()).toBe('{"self.__next_f":1}');
  });
});
