import { describe, expect, it } from "vitest";
import { parseSettingsForm } from "@/lib/embed/form";
import { embedPath, fullPagePath, readEmbedQuery, snippet } from "@/lib/embed/views";

const ORG = "8d484fe7-68c3-4f7a-9ed9-ffecf9867b0f";

describe("embed views and snippets", () => {
  it("builds each view's embed address, or none when it lacks what it needs", () => {
    expect(embedPath({ organizationId: ORG, view: "profession", profession: "registered-nurses", province: "AB", locale: "fr" })).toBe(
      `/embed/${ORG}/professions/registered-nurses?locale=fr&province=AB`,
    );
    expect(embedPath({ organizationId: ORG, view: "search", query: "nurse" })).toBe(`/embed/${ORG}/occupations?q=nurse`);
    expect(embedPath({ organizationId: ORG, view: "alternatives", noc: "31301", theme: { primary: "#7a1f5c" } })).toBe(`/embed/${ORG}/occupations/31301/alternatives?primary=%237a1f5c`);
    expect(embedPath({ organizationId: ORG, view: "journey", noc: "31301" })).toBe(`/embed/${ORG}/journey?occupation=31301`);
    expect(embedPath({ organizationId: ORG, view: "profession" })).toBeNull();
    expect(embedPath({ organizationId: ORG, view: "profession", profession: "../admin" })).toBeNull();
    expect(embedPath({ organizationId: ORG, view: "alternatives", noc: "3130" })).toBeNull();
  });

  it("links the no-script fallback to the full page", () => {
    expect(fullPagePath({ view: "profession", profession: "dentists", province: "QC" }, "fr")).toBe("/fr/professions/dentists/qc");
    expect(fullPagePath({ view: "alternatives", noc: "31301" }, "en")).toBe("/en/occupations/31301");
    expect(fullPagePath({ view: "journey" }, "en")).toBe("/en/pre-arrival");
  });

  it("writes a snippet with escaped attributes and a noscript link", () => {
    const code = snippet("https://parallel.example/", { organizationId: ORG, view: "search", query: '"><script>', locale: "fr" }, "Recherche <de> professions");
    expect(code).toContain('<script src="https://parallel.example/embed.js" data-org="');
    expect(code).toContain('data-query="&quot;&gt;&lt;script&gt;"');
    expect(code).not.toContain('"><script>');
    expect(code).toContain("<noscript><a href=\"https://parallel.example/fr/occupations?q=%22%3E%3Cscript%3E\">Recherche &lt;de&gt; professions</a></noscript>");
  });

  it("reads an embed page's query, dropping what is not valid instead of failing", () => {
    expect(readEmbedQuery({ locale: "fr", province: "AB", primary: "#7A1F5C", radius: "8", font: "serif" })).toEqual({ locale: "fr", province: "AB", primary: "#7A1F5C", radius: "8", font: "serif" });
    expect(readEmbedQuery({ locale: "de", province: "XX", primary: "red;x:url(y)", radius: "999", font: "Comic", q: ["a", "b"] })).toEqual({ q: "a" });
  });

  it("turns the settings form into settings, or names each field's problem", () => {
    const ok = parseSettingsForm({ origins: "https://www.example.org\r\n\r\nhttp://localhost:3650/", primary: "#0b5563", text: "#1b1f23", background: "#ffffff", radius: "6", font: "system", locale: "fr" });
    expect(ok).toEqual({ ok: true, data: { origins: ["https://www.example.org", "http://localhost:3650"], theme: { primary: "#0b5563", text: "#1b1f23", background: "#ffffff", radius: 6, font: "system" }, locale: "fr" } });
    const bad = parseSettingsForm({ origins: "https://ok.example\nhttp://plain.example", primary: "#0b5563", text: "#eeeeee", background: "#ffffff", radius: "30", font: "system", locale: "de" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.origins).toMatchObject({ key: "origins.https", values: { line: 2 } });
      expect(bad.errors.text).toMatchObject({ key: "contrast.text", values: { ratio: expect.any(Number) }, message: expect.stringMatching(/4\.5:1/) });
      expect(bad.errors.radius).toMatchObject({ key: "radius", message: expect.stringMatching(/0 to 24/) });
      expect(bad.errors.locale).toMatchObject({ key: "locale" });
    }
  });
});
