import { describe, expect, it } from "vitest";
import { requestOrigin } from "@/lib/journeys/origin";

const h = (values: Record<string, string>) => new Headers(values);
const FALLBACK = "http://localhost:3000";

describe("requestOrigin", () => {
  it("uses the Host header the browser sent, with the fallback's scheme", () => {
    expect(requestOrigin(h({ host: "127.0.0.1:3205" }), FALLBACK)).toBe("http://127.0.0.1:3205");
  });

  it("prefers a proxy's X-Forwarded-Host and X-Forwarded-Proto (first value of a list)", () => {
    expect(requestOrigin(h({ host: "app:3000", "x-forwarded-host": "parallel.example.ca, inner", "x-forwarded-proto": "https,http" }), FALLBACK)).toBe("https://parallel.example.ca");
  });

  it("drops the default port and lower-cases the host", () => {
    expect(requestOrigin(h({ host: "Parallel.Example.CA:443", "x-forwarded-proto": "https" }), FALLBACK)).toBe("https://parallel.example.ca");
  });

  it("accepts a bracketed IPv6 host", () => {
    expect(requestOrigin(h({ host: "[::1]:3000" }), FALLBACK)).toBe("http://[::1]:3000");
  });

  it("falls back when the host is missing or not a host name", () => {
    expect(requestOrigin(h({}), "https://parallel.example.ca/base")).toBe("https://parallel.example.ca");
    for (const host of ["evil.example/path", "a b", "user@evil.example", "evil.example:99999999", "<script>"]) {
      expect(requestOrigin(h({ host }), FALLBACK)).toBe(FALLBACK);
    }
  });

  it("ignores a scheme other than http or https", () => {
    expect(requestOrigin(h({ host: "parallel.example.ca", "x-forwarded-proto": "javascript" }), "https://x.example")).toBe("https://parallel.example.ca");
  });
});
