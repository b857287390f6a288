import { beforeAll, describe, expect, it } from "vitest";
import { loadProfession } from "../../lib/content/load";
import { match, prepare, type MatchResult, type PreparedData } from "../../lib/matching";
import { groupByField } from "../../lib/professions/catalog";
import { professionEntries, professionPages } from "../../lib/professions/content";
import { filterProfessions, matchesQuery, queryTerms, searchTextOf } from "../../lib/professions/filter";
import { escapeHtml, renderMarkdown } from "../../lib/professions/markdown";
import {
  codesNamed,
  compareHref,
  groupAlternatives,
  pageSections,
  rangeShape,
  selectAlternatives,
  sourceNumbers,
} from "../../lib/professions/sections";
import { readReferenceDataset } from "../../lib/reference-data/dataset";
import { professionKnowledge } from "../../lib/professions/knowledge";
import { toEngineInput } from "../../lib/reference-data/engine-input";
import { COMPARE_EXAMPLES, nocUnitGroupCodes, sitemapEntries } from "../../lib/sitemap";

const slugs = (entries: readonly { slug: string }[]) => entries.map((e) => e.slug);

describe("filter", () => {
  const nurse = {
    slug: "registered-nurses",
    searchText: searchTextOf({ title: "Registered nurses", otherTitles: ["RN", "Staff nurse"], summary: "Care.", otherLanguageTitles: ["Infirmières autorisées"] }),
  };
  const engineer = {
    slug: "engineers",
    searchText: searchTextOf({ title: "Ingénieures et ingénieurs", otherTitles: ["Ingénieur civil"], summary: "Génie." }),
  };

  it("normalizes the query like the titles: case, accents and punctuation do not matter", () => {
    expect(queryTerms("  Ingénieur/Civil ")).toEqual(["ingenieur", "civil"]);
    expect(matchesQuery(engineer.searchText, "INGENIEUR")).toBe(true);
    expect(matchesQuery(engineer.searchText, "ingénieur")).toBe(true);
  });

  it("needs every word, in any order, and matches word beginnings inside titles", () => {
    expect(matchesQuery(engineer.searchText, "civil ingénieur")).toBe(true);
    expect(matchesQuery(engineer.searchText, "ingénieur chimiste")).toBe(false);
    expect(matchesQuery(nurse.searchText, "nurs")).toBe(true);
  });

  it("finds a profession by its title in the other language", () => {
    expect(slugs(filterProfessions([nurse, engineer], "infirmiere"))).toEqual(["registered-nurses"]);
  });

  it("keeps everything for a blank query, in the original order", () => {
    expect(slugs(filterProfessions([nurse, engineer], "   "))).toEqual(["registered-nurses", "engineers"]);
  });
});

describe("the profession index from the content", () => {
  it("lists all fourteen professions in each language, grouped by field in a fixed order", () => {
    for (const locale of ["en", "fr"] as const) {
      const entries = professionEntries(locale);
      expect(entries).toHaveLength(14);
      const groups = groupByField(entries);
      expect(groups.map((g) => g.field)).toEqual(["health", "engineering", "education", "business", "built-environment"]);
      expect(groups.flatMap((g) => g.entries)).toHaveLength(14);
    }
  });

  it("filters “nurse” in English and « ingénieur » in French", () => {
    const nurses = slugs(filterProfessions(professionEntries("en"), "nurse"));
    expect(nurses).toEqual(expect.arrayContaining(["registered-nurses", "licensed-practical-nurses"]));
    expect(nurses).not.toContain("architects");
    const engineers = slugs(filterProfessions(professionEntries("fr"), "ingénieur"));
    expect(engineers).toContain("engineers");
    expect(engineers).not.toContain("registered-nurses");
    expect(slugs(filterProfessions(professionEntries("fr"), "ingenieur"))).toEqual(engineers);
  });

  it("has a page for every profession in both languages", () => {
    const pages = professionPages();
    expect(pages).toHaveLength(28);
    expect(new Set(pages.map((p) => p.slug)).size).toBe(14);
  });

  it("sorts by title in the page language", () => {
    const titles = professionEntries("fr").map((e) => e.title);
    expect(titles).toEqual(titles.toSorted(new Intl.Collator("fr-CA").compare));
  });
});

describe("page sections", () => {
  const rn = loadProfession("registered-nurses", "en")!.frontmatter;

  it("numbers sources in list order, from 1", () => {
    const numbers = sourceNumbers(rn.sources);
    expect(Object.values(numbers)).toEqual(rn.sources.map((_, i) => i + 1));
    expect(numbers[rn.sources[0]!.id]).toBe(1);
  });

  it("groups curated alternatives under the four kinds, in the fixed order, none lost", () => {
    const groups = groupAlternatives(rn.alternatives);
    expect(groups.map((g) => g.kind)).toEqual(["similar-scope", "same-field", "related-field", "unrelated-field"]);
    expect(groups.flatMap((g) => g.alternatives)).toHaveLength(rn.alternatives.length);
    expect(groups[0]!.alternatives.map((a) => a.nocCode)).toEqual(["32101"]);
  });

  it("words ranges by their shape", () => {
    expect(rangeShape(3, 3)).toBe("single");
    expect(rangeShape(0, 2)).toBe("upTo");
    expect(rangeShape(1, 6)).toBe("range");
  });

  it("names each occupation code once, the profession's own codes first", () => {
    const codes = codesNamed(rn);
    expect(codes[0]).toBe("31301");
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(["32101", "33102", "13112"]));
  });

  it("links to the compare view", () => {
    expect(compareHref("31301", "32101")).toBe("/compare?a=31301&b=32101");
  });

  it("lists the figures section only when there are figures", () => {
    expect(pageSections(true).map((s) => s.id)).toContain("figures");
    expect(pageSections(false).map((s) => s.id)).not.toContain("figures");
    expect(pageSections(true).at(-1)!.id).toBe("sources");
  });
});

describe("one list of curated and computed alternatives", () => {
  let prepared: PreparedData;
  let engineers: MatchResult;
  beforeAll(() => {
    prepared = prepare({ ...toEngineInput(readReferenceDataset()), professions: professionKnowledge() });
    engineers = match(prepared, { origin: "21300", adjustments: {}, constraints: { acceptRegulated: true } }, { limit: 18, explainTop: 18 });
  });

  it("keeps every curated option, leaves out the profession's own occupations among computed ones, and labels each", () => {
    const profession = loadProfession("engineers", "en")!.frontmatter;
    const list = selectAlternatives(engineers, { exclude: profession.nocCodes, count: 6 });
    const curated = new Set(profession.alternatives.map((a) => a.nocCode));
    for (const code of curated) expect(list.map((r) => r.code)).toContain(code);
    expect(list.filter((r) => r.source === "computed").length).toBeLessThanOrEqual(6);
    for (const r of list) {
      expect(r.source === "computed").toBe(!curated.has(r.code));
      if (r.source === "computed") expect(profession.nocCodes).not.toContain(r.code);
      if (r.source !== "computed") expect(r.curated?.code).toBe(r.code);
      expect(r.explanation.en.length).toBeGreaterThan(0);
      expect(r.explanation.fr.length).toBeGreaterThan(0);
    }
    const scores = list.map((r) => r.score);
    expect(scores).toEqual(scores.toSorted((a, b) => b - a));
  });

  it("is empty without a result", () => {
    expect(selectAlternatives(null, { exclude: [], count: 6 })).toEqual([]);
  });
});

describe("markdown bodies", () => {
  it("renders paragraphs and lists, moving headings one level down", () => {
    const html = renderMarkdown("## The work\n\nA *short* paragraph.\n\n- one\n- two");
    expect(html).toContain("<h3>The work</h3>");
    expect(html).toContain("<p>A <em>short</em> paragraph.</p>");
    expect(html).toContain("<li>one</li>");
  });

  it("shows raw HTML as text", () => {
    const html = renderMarkdown('Hello <script>alert("x")</script>\n\n<div onclick="x()">block</div>');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<div");
    expect(html).toContain("&lt;script&gt;");
    expect(escapeHtml(`<a href="x">'`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;");
  });
});

describe("sitemap", () => {
  const codes = nocUnitGroupCodes();
  const entries = sitemapEntries({
    base: "https://parallel.example/",
    locales: ["en", "fr"],
    occupationCodes: codes,
    professions: [{ slug: "registered-nurses", lastChecked: "2026-11-23" }],
  });

  it("reads the 516 unit group codes", () => {
    expect(codes).toHaveLength(516);
    expect(codes).toContain("31301");
  });

  it("lists every page in both languages with the same alternates", () => {
    // home, occupations index, 516 occupations, professions index, 1 profession, compare examples, the two journeys; x2 locales
    expect(entries).toHaveLength((2 + 516 + 2 + COMPARE_EXAMPLES.length + 2) * 2);
    expect(entries.map((e) => e.url)).toEqual(expect.arrayContaining(["https://parallel.example/en/pre-arrival", "https://parallel.example/fr/post-assessment"]));
    const rnFr = entries.find((e) => e.url === "https://parallel.example/fr/professions/registered-nurses");
    expect(rnFr?.lastModified).toBe("2026-11-23");
    expect(rnFr?.alternates?.languages).toEqual({
      "en-CA": "https://parallel.example/en/professions/registered-nurses",
      "fr-CA": "https://parallel.example/fr/professions/registered-nurses",
    });
    expect(entries.map((e) => e.url)).toContain("https://parallel.example/en");
  });

  it("escapes the ampersand of compare URLs for XML", () => {
    expect(entries.map((e) => e.url)).toContain("https://parallel.example/en/compare?a=31301&amp;b=32101");
    expect(entries.every((e) => !/&(?!amp;)/.test(e.url))).toBe(true);
  });
});
