import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { PAGE_CACHE_CONTROL, cacheKey, createPageCache, withScriptHashes } from "@/lib/http/page-cache.mjs";

const CSP = "default-src 'self'; script-src 'self' 'nonce-AbCdEf0123456789' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'";
const INLINE = "self.__next_f.push([1,\"hello\"])";
const HTML = `<html><head><script src="/_next/static/chunks/a.js" nonce="AbCdEf0123456789" async=""></script></head><body><p>Nurses</p><script nonce="AbCdEf0123456789">${INLINE}</script></body></html>`;

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

function request(url: string, headers: Record<string, string> = {}, method = "GET") {
  return { method, url, headers } as unknown as IncomingMessage;
}

function response() {
  const sent: { status?: number; headers?: Record<string, string | number>; body?: Buffer } = {};
  const res = {
    headersSent: false,
    writeHead(status: number, headers: Record<string, string | number>) {
      sent.status = status;
      sent.headers = headers;
      return res;
    },
    end(body?: Buffer) {
      sent.body = body;
    },
  };
  return { res: res as unknown as ServerResponse, sent };
}

function fakeApp(status = 200, html = HTML) {
  const calls: string[] = [];
  const fetchPage = async (path: string, https: boolean) => {
    calls.push(`${https ? "https" : "http"} ${path}`);
    return {
      status,
      headers: new Headers({ "content-type": "text/html; charset=utf-8", "content-security-policy": CSP, "set-cookie": "NEXT_LOCALE=en", "x-content-type-options": "nosniff" }),
      body: Buffer.from(html),
    };
  };
  return { calls, fetchPage };
}

describe("which requests the page cache answers", () => {
  it("content pages by GET or HEAD, keyed by scheme, path and query", () => {
    expect(cacheKey(request("/en/professions/registered-nurses"))).toBe("http /en/professions/registered-nurses");
    expect(cacheKey(request("/fr/professions/dentists/on", { "x-forwarded-proto": "https" }))).toBe("https /fr/professions/dentists/on");
    expect(cacheKey(request("/en/occupations?q=nurse"))).toBe("http /en/occupations?q=nurse");
    expect(cacheKey(request("/en", {}, "HEAD"))).toBe("http /en");
    expect(cacheKey(request("/fr/compare?a=31301&b=31102"))).toBe("http /fr/compare?a=31301&b=31102");
  });

  it("never journeys, saved links, the workspace, embeds, the API, router requests, actions or other methods", () => {
    for (const url of ["/en/pre-arrival", "/fr/post-assessment/step", "/en/saved/abc", "/en/workspace", "/en/sign-in", "/embed/x/professions/a", "/api/v1/occupations", "/"]) {
      expect(cacheKey(request(url)), url).toBeNull();
    }
    expect(cacheKey(request("/en/professions", { rsc: "1" }))).toBeNull();
    expect(cacheKey(request("/en/professions?_rsc=abc"))).toBeNull();
    expect(cacheKey(request("/en/professions", { "next-action": "x" }))).toBeNull();
    expect(cacheKey(request("/en/professions", {}, "POST"))).toBeNull();
  });
});

describe("a cached page's policy", () => {
  it("names its inline scripts by hash instead of the nonce, and keeps every other directive", () => {
    const { html, csp } = withScriptHashes(HTML, CSP);
    expect(html).not.toContain("nonce=");
    expect(html).toContain(`<script>${INLINE}</script>`);
    expect(csp).toBe(`default-src 'self'; script-src 'self' ${sha(INLINE)}; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'`);
    expect(csp).not.toContain("unsafe-inline'; script");
  });
});

describe("serving from the cache", () => {
  it("renders a page once, then serves it with an ETag, gzip, a public Cache-Control, and no cookie", async () => {
    const app = fakeApp();
    const cache = createPageCache({ fetchPage: app.fetchPage });
    const first = response();
    expect(await cache.serve(request("/en/professions"), first.res)).toBe(true);
    const second = response();
    expect(await cache.serve(request("/en/professions", { "accept-encoding": "gzip, br" }), second.res)).toBe(true);
    expect(app.calls).toEqual(["http /en/professions"]);
    expect(first.sent.status).toBe(200);
    expect(first.sent.headers).toMatchObject({ "cache-control": PAGE_CACHE_CONTROL, "x-content-type-options": "nosniff", vary: "Accept-Encoding" });
    expect(first.sent.headers!["set-cookie"]).toBeUndefined();
    expect(String(first.sent.headers!["content-security-policy"])).toContain(sha(INLINE));
    expect(second.sent.headers!["content-encoding"]).toBe("gzip");
    expect(gunzipSync(second.sent.body!).toString()).toBe(first.sent.body!.toString());

    const again = response();
    await cache.serve(request("/en/professions", { "if-none-match": String(first.sent.headers!.etag) }), again.res);
    expect(again.sent.status).toBe(304);
    expect(again.sent.body).toBeUndefined();
    expect(cache.stats).toMatchObject({ hits: 2, misses: 1 });
  });

  it("renders concurrent first requests once", async () => {
    const app = fakeApp();
    const cache = createPageCache({ fetchPage: app.fetchPage });
    await Promise.all([1, 2, 3].map(() => cache.serve(request("/fr"), response().res)));
    expect(app.calls).toEqual(["http /fr"]);
  });

  it("lets Next.js answer pages that are not 200 HTML, and does not ask again until they expire", async () => {
    const app = fakeApp(404);
    let clock = 0;
    const cache = createPageCache({ fetchPage: app.fetchPage, ttlMs: 1000, now: () => clock });
    expect(await cache.serve(request("/en/professions/nothing"), response().res)).toBe(false);
    expect(await cache.serve(request("/en/professions/nothing"), response().res)).toBe(false);
    expect(app.calls).toHaveLength(1);
    clock = 2000;
    await cache.serve(request("/en/professions/nothing"), response().res);
    expect(app.calls).toHaveLength(2);
  });

  it("serves a stale page at once and refreshes it behind", async () => {
    let version = 1;
    let clock = 0;
    const calls: number[] = [];
    const cache = createPageCache({
      ttlMs: 1000,
      now: () => clock,
      fetchPage: async () => {
        calls.push(version);
        return { status: 200, headers: new Headers({ "content-type": "text/html", "content-security-policy": CSP }), body: Buffer.from(`<p>v${version}</p>`) };
      },
    });
    await cache.serve(request("/en"), response().res);
    version = 2;
    clock = 5000;
    const stale = response();
    await cache.serve(request("/en"), stale.res);
    expect(stale.sent.body!.toString()).toBe("<p>v1</p>");
    await new Promise((r) => setTimeout(r, 10));
    const fresh = response();
    await cache.serve(request("/en"), fresh.res);
    expect(fresh.sent.body!.toString()).toBe("<p>v2</p>");
    expect(calls).toEqual([1, 2]);
  });
});
