import { describe, expect, it } from "vitest";
import { frameAncestors, normalizeOrigin, originListSchema, originSchema } from "@/lib/embed/origins";

describe("allowed embed origins", () => {
  it("accepts exact https origins and normalises them as browsers do", () => {
    expect(originSchema.parse("https://www.example.org")).toBe("https://www.example.org");
    expect(originSchema.parse(" https://WWW.Example.ORG/ ")).toBe("https://www.example.org");
    expect(originSchema.parse("https://example.org:8443")).toBe("https://example.org:8443");
    expect(originSchema.parse("https://example.org:443")).toBe("https://example.org");
    expect(originSchema.parse("https://bücher.example")).toBe("https://xn--bcher-kva.example");
  });

  it("allows plain http only for this machine", () => {
    expect(originSchema.parse("http://localhost:3650")).toBe("http://localhost:3650");
    expect(originSchema.parse("http://127.0.0.1:8080")).toBe("http://127.0.0.1:8080");
    expect(normalizeOrigin("http://www.example.org")).toMatchObject({ ok: false, reason: expect.stringMatching(/https/) });
  });

  it("refuses paths, queries, wildcards, credentials and other schemes", () => {
    for (const bad of [
      "https://example.org/page",
      "https://example.org/?a=1",
      "https://example.org#x",
      "https://*.example.org",
      "*",
      "https://user:pw@example.org",
      "ftp://example.org",
      "javascript:alert(1)",
      "example.org",
      "https://intranet",
      "'self'",
      "https://example.org https://evil.example",
      "https://example.org;script-src *",
    ]) {
      expect(originSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("keeps a list short and without duplicates", () => {
    expect(originListSchema.parse(["https://a.example", "https://A.example/"])).toEqual(["https://a.example"]);
    expect(originListSchema.safeParse(Array.from({ length: 21 }, (_, i) => `https://s${i}.example`)).success).toBe(false);
  });

  it("builds frame-ancestors with Parallel itself and the valid origins only", () => {
    expect(frameAncestors([])).toBe("frame-ancestors 'self'");
    expect(frameAncestors(["https://a.example", "https://b.example:8443", "not an origin", "https://a.example"])).toBe("frame-ancestors 'self' https://a.example https://b.example:8443");
  });
});
