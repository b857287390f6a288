import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it, expect } from "vitest";
import {
  clearProfessionCache,
  listProfessions,
  loadProfession,
  loadProfessionFiles,
  parseProfessionFile,
  type ProfessionFile,
} from "../../lib/content/load";
import { LOCALES, newestChecked, oldestChecked, professionFrontmatterSchema, type ProfessionFrontmatter } from "../../lib/content/schema";
import { BANNED_PHRASES, checkTone } from "../../lib/content/tone";
import { sitemapEntries } from "../../lib/sitemap";

const PROFESSIONS_DIR = path.join(process.cwd(), "content", "professions");
const NOC_FILE = path.join(process.cwd(), "prisma", "data", "noc-2021", "noc2021_bilingual.json");

/** The fourteen professions of the pan-Canadian FQR framework. */
const EXPECTED_SLUGS = [
  "accountants-auditors",
  "architects",
  "dentists",
  "engineering-technologists-technicians",
  "engineers",
  "licensed-practical-nurses",
  "medical-laboratory-technologists",
  "medical-radiation-technologists",
  "occupational-therapists",
  "pharmacists",
  "physicians",
  "physiotherapists",
  "registered-nurses",
  "teachers",
];

/** Every `<slug>/<file>.md` on disk, found without the loader. */
function pageFilesOnDisk(): string[] {
  if (!fs.existsSync(PROFESSIONS_DIR)) return [];
  return fs
    .readdirSync(PROFESSIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      fs
        .readdirSync(path.join(PROFESSIONS_DIR, d.name))
        .filter((f) => f.endsWith(".md"))
        .map((f) => path.join(PROFESSIONS_DIR, d.name, f)),
    )
    .sort();
}

const FILES = pageFilesOnDisk();
const shortName = (file: string) => path.relative(PROFESSIONS_DIR, file).split(path.sep).join("/");

/**
 * Pages that parse, each parsed on its own, so that one broken page (another
 * writer's work in progress, say) fails its own test and not every check.
 */
const PARSED: ProfessionFile[] = FILES.flatMap((file) => {
  try {
    return [parseProfessionFile(file)];
  } catch {
    return [];
  }
});

const bySlug = new Map<string, Partial<Record<(typeof LOCALES)[number], ProfessionFile>>>();
for (const page of PARSED) bySlug.set(page.slug, { ...bySlug.get(page.slug), [page.locale]: page });

/** The fields that must be identical between the English and French page of a profession. */
function languageNeutral(fm: ProfessionFrontmatter) {
  return {
    slug: fm.slug,
    field: fm.field,
    nocCodes: fm.nocCodes,
    regulation: { status: fm.regulation.status, provinces: fm.regulation.provinces },
    licensingSteps: fm.licensingSteps.map((s) => ({ time: s.time, cost: s.cost ?? null, sources: s.sources, year: s.year, checked: s.checked })),
    figures: fm.figures.map((f) => ({ sources: f.sources, year: f.year, checked: f.checked })),
    alternatives: fm.alternatives.map((a) => ({
      nocCode: a.nocCode,
      kind: a.kind,
      interim: a.interim,
      regulated: a.regulated,
    })),
    relatedOccupations: fm.relatedOccupations.map((r) => r.nocCode),
    bridging: fm.bridging.map((b) => b.type),
    funding: fm.funding.map((f) => f.type),
    sources: fm.sources.map((s) => ({ id: s.id, year: s.year, url: s.url ?? null, checked: s.checked })),
    lastReviewed: fm.lastReviewed,
  };
}

function nocUnitGroups(): Set<string> {
  const rows = JSON.parse(fs.readFileSync(NOC_FILE, "utf8")) as { category_code: string }[];
  return new Set(rows.map((r) => r.category_code).filter((code) => /^\d{5}$/.test(code)));
}

describe("profession content files", () => {
  it("exist", () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  for (const file of FILES) {
    it(`${shortName(file)} parses against the schema`, () => {
      expect(() => parseProfessionFile(file)).not.toThrow();
    });
  }

  it("loadProfessionFiles parses every file", () => {
    clearProfessionCache();
    const all = loadProfessionFiles(PROFESSIONS_DIR);
    expect(all.map((p) => `${p.slug}/${p.locale}.md`).sort()).toEqual(FILES.map(shortName));
  });

  it("covers exactly the fourteen professions of the framework", () => {
    expect([...new Set(PARSED.map((p) => p.slug))].sort()).toEqual(EXPECTED_SLUGS);
  });

  it("every profession has both an English and a French page", () => {
    const missing = [...bySlug.entries()].flatMap(([slug, pages]) =>
      LOCALES.filter((locale) => !pages[locale]).map((locale) => `${slug}/${locale}.md`),
    );
    expect(missing).toEqual([]);
  });

  for (const [slug, pages] of bySlug) {
    if (!pages.en || !pages.fr) continue;
    const { en, fr } = pages as Required<typeof pages>;
    it(`${slug}: language-neutral fields agree between en and fr`, () => {
      expect(languageNeutral(fr.frontmatter)).toEqual(languageNeutral(en.frontmatter));
    });
  }

  it("every NOC code is a NOC 2021 unit group", () => {
    const known = nocUnitGroups();
    expect(known.size).toBeGreaterThan(400);
    const unknown = PARSED.flatMap(({ slug, locale, frontmatter: fm }) =>
      [
        ...fm.nocCodes.map((code) => ["nocCodes", code] as const),
        ...fm.alternatives.map((a) => [`alternative "${a.title}"`, a.nocCode] as const),
        ...fm.relatedOccupations.map((r) => [`related occupation "${r.title}"`, r.nocCode] as const),
      ]
        .filter(([, code]) => !known.has(code))
        .map(([where, code]) => `${slug}/${locale}.md ${where}: ${code}`),
    );
    expect(unknown).toEqual([]);
  });

  for (const page of PARSED) {
    it(`${page.slug}/${page.locale}.md follows the voice rules`, () => {
      expect(checkTone(page.frontmatter, page.body, new Date())).toEqual([]);
    });
  }
});

describe("content loader", () => {
  it("caches parsed results", () => {
    clearProfessionCache();
    expect(loadProfessionFiles(PROFESSIONS_DIR)).toBe(loadProfessionFiles(PROFESSIONS_DIR));
  });

  it("finds one page by slug and locale, and lists a language", () => {
    const first = PARSED[0];
    if (!first) return;
    expect(loadProfession(first.slug, first.locale, PROFESSIONS_DIR)?.frontmatter.title).toBe(first.frontmatter.title);
    expect(loadProfession("no-such-profession", "en", PROFESSIONS_DIR)).toBeUndefined();
    for (const locale of LOCALES) {
      const listed = listProfessions(locale, PROFESSIONS_DIR);
      expect(listed.every((p) => p.locale === locale)).toBe(true);
      expect(listed.map((p) => p.slug)).toEqual([...listed.map((p) => p.slug)].sort());
    }
  });

  it("throws an error naming the file and the schema problems", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallel-content-"));
    try {
      fs.mkdirSync(path.join(dir, "broken"));
      fs.writeFileSync(
        path.join(dir, "broken", "en.md"),
        "---\nslug: broken\nlocale: en\ntitle: Broken\nnocCodes: [123]\n---\nBody.\n",
      );
      clearProfessionCache();
      expect(() => loadProfessionFiles(dir)).toThrow(/broken\/en\.md[\s\S]*nocCodes/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      clearProfessionCache();
    }
  });
});

describe("checkTone", () => {
  const today = new Date("2026-11-23T12:00:00Z");
  const body = "## What the work looks like in Canada\n\nYou work with people every day.";

  const base: ProfessionFrontmatter = professionFrontmatterSchema.parse({
    slug: "example",
    locale: "en",
    title: "Example profession",
    field: "health",
    nocCodes: ["31301"],
    otherTitles: ["Example", "Sample"],
    summary: "A test page used only to prove that the tone checker accepts a good page and rejects bad ones.",
    scope: "This text describes the scope of practice of the example profession in Canada, in enough words.",
    regulation: {
      status: "regulated-everywhere",
      provinces: ["ON"],
      where: "Regulated in every province and territory.",
      bodies: [{ kind: "provincial-regulator", name: "A college", role: "Issues the licence to practise." }],
    },
    licensingSteps: [
      {
        title: "Apply",
        description: "Send your documents to the regulator.",
        time: { minMonths: 1, maxMonths: 3 },
        sources: ["regulator"],
        year: 2026,
        checked: "2026-06-01",
      },
      {
        title: "Write the exam",
        description: "Pass the national entry-to-practice exam.",
        time: { minMonths: 2, maxMonths: 6 },
        cost: { min: 500, max: 900 },
        exams: ["National exam"],
        sources: ["regulator"],
        year: 2026,
        checked: "2026-06-01",
      },
    ],
    figures: [{ label: "Applicants", value: "about 100", sources: ["study"], year: 2013, checked: "2026-06-01" }],
    odds: "You were competent and qualified at home. Many people reach licensure here, but it takes time, money and exams, and the number of places can be limited where you live. Plan 1A keeps you working while you try.",
    relatedOccupations: [
      { nocCode: "32101", title: "Licensed practical nurse", difference: "A shorter program and a narrower scope of practice." },
    ],
    alternatives: ["33102", "32101", "41404", "12201"].map((nocCode, i) => ({
      nocCode,
      title: `Alternative ${i + 1}`,
      kind: (["similar-scope", "same-field", "related-field", "unrelated-field"] as const)[i],
      interim: i < 2,
      regulated: i === 1,
      transferableCompetencies: ["communication", "care planning"],
      entry: "A short college certificate or on-the-job training.",
    })),
    bridging: [
      { type: "bridging-program", description: "A college bridging program fills the gaps." },
      { type: "language-training", description: "Occupation-specific language classes." },
    ],
    funding: [{ type: "micro-loan", description: "Small loans for exam and course fees." }],
    stories: [
      {
        illustrative: true,
        title: "A composite story",
        text: "Sam (a composite, not a real person) worked as a care aide while writing the exam, and kept going with a parallel career in view.",
      },
    ],
    sources: [
      { id: "regulator", title: "Regulator page", publisher: "A college", year: 2026, url: "https://example.org", checked: "2026-06-01" },
      { id: "study", title: "A study", publisher: "A publisher", year: 2013, checked: "2026-05-15" },
    ],
  });

  it("accepts a page that follows the rules", () => {
    expect(checkTone(base, body, today)).toEqual([]);
  });

  it('rejects "Plan B" anywhere in the frontmatter', () => {
    const fm = { ...base, odds: `${base.odds} Think of it as your Plan B.` };
    const violations = checkTone(fm, body, today);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/Plan B/);
    expect(violations[0]).toMatch(/odds/);
  });

  it("rejects banned framing deep inside the frontmatter and in the body", () => {
    const alternatives = base.alternatives.map((a, i) => (i === 2 ? { ...a, entry: `${a.entry} It is a step down, but safe.` } : a));
    expect(checkTone({ ...base, alternatives }, body, today).join("\n")).toMatch(/alternatives\[2\]\.entry/);
    expect(checkTone(base, `${body}\n\nDon't give up.`, today).join("\n")).toMatch(/give up.*body/);
  });

  it("rejects French banned framing", () => {
    const fm = { ...base, locale: "fr" as const, summary: "Une solution de repli si vous ne pouvez pas exercer au Canada, sans plus." };
    expect(checkTone(fm, "Vous devrez peut-être vous contenter d'un emploi.", today).join("\n")).toMatch(
      /solution de repli[\s\S]*vous contenter/,
    );
  });

  it("has banned phrase lists for both languages", () => {
    expect(BANNED_PHRASES.en.some((re) => re.test("plan B"))).toBe(true);
    expect(BANNED_PHRASES.fr.some((re) => re.test("abandonner la médecine"))).toBe(true);
    expect(BANNED_PHRASES.en.some((re) => re.test("a Plan 1A career"))).toBe(false);
  });

  it("rejects a licensing step or figure citing a source id that is not in sources", () => {
    const licensingSteps = base.licensingSteps.map((s, i) => (i === 1 ? { ...s, sources: ["regulator", "missing-source"] } : s));
    const stepViolations = checkTone({ ...base, licensingSteps }, body, today);
    expect(stepViolations).toHaveLength(1);
    expect(stepViolations[0]).toMatch(/Licensing step 2.*missing-source/);

    const figures = base.figures.map((f) => ({ ...f, sources: ["nowhere"] }));
    expect(checkTone({ ...base, figures }, body, today).join("\n")).toMatch(/Figure 1.*nowhere/);
  });

  it("computes lastReviewed as the oldest checked date of the sources, figures and steps", () => {
    expect(base.lastReviewed).toBe("2026-05-15");
  });

  it("computes lastChecked as the newest checked date, wherever it is (source, figure or step)", () => {
    expect(base.lastChecked).toBe("2026-06-01");
    const dated = (checked: string) => ({ checked });
    const claims = { sources: [dated("2026-05-15"), dated("2026-06-01")], figures: [dated("2026-06-01")], licensingSteps: [dated("2026-06-01")] };
    expect(newestChecked(claims)).toBe("2026-06-01");
    expect(newestChecked({ ...claims, figures: [dated("2026-11-30")] })).toBe("2026-11-30");
    expect(newestChecked({ ...claims, licensingSteps: [dated("2026-06-01"), dated("2026-10-02")] })).toBe("2026-10-02");
    expect(newestChecked({ ...claims, sources: [dated("2027-01-01"), dated("2026-05-15")] })).toBe("2027-01-01");
    // The two dates bound every check on the page; a page checked on one day has one date.
    expect(oldestChecked({ ...claims, figures: [dated("2026-11-30")] })).toBe("2026-05-15");
    expect(newestChecked({ sources: [dated("2026-03-04")], figures: [], licensingSteps: [] })).toBe("2026-03-04");
  });

  it("gives the sitemap the newest checked date of a page as its last modification, not the oldest", () => {
    const entries = sitemapEntries({ base: "https://example.org", locales: ["en", "fr"], occupationCodes: [], professions: [{ slug: "examples", lastChecked: base.lastChecked }], compareExamples: [] });
    const page = entries.filter((e) => e.url.endsWith("/professions/examples"));
    expect(page.map((e) => e.lastModified)).toEqual(["2026-06-01", "2026-06-01"]);
    expect(base.lastReviewed).not.toBe(base.lastChecked);
  });

  it("accepts an old check (the page flags it instead) but rejects a checked date in the future or before the figure's year", () => {
    const sources = base.sources.map((s) => ({ ...s, checked: "2020-01-10" }));
    expect(checkTone({ ...base, sources }, body, today)).toEqual([]);
    const figures = base.figures.map((f) => ({ ...f, checked: "2026-11-24" }));
    expect(checkTone({ ...base, figures }, body, today).join("\n")).toMatch(/figures\[0\]: checked 2026-11-24 is in the future/);
    const licensingSteps = base.licensingSteps.map((s, i) => (i === 0 ? { ...s, year: 2027 } : s));
    expect(checkTone({ ...base, licensingSteps }, body, today).join("\n")).toMatch(/licensingSteps\[0\]: a figure from 2027 cannot have been checked in 2026/);
    const impossible = base.sources.map((s, i) => (i === 1 ? { ...s, checked: "2026-02-30" } : s));
    expect(checkTone({ ...base, sources: impossible }, body, today).join("\n")).toMatch(/sources\[1\]: checked "2026-02-30" is not a real date/);
  });
});
