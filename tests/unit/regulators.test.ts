import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadProfession } from "../../lib/content/load";
import {
  loadAllRegulators,
  parseRegulators,
  provinceFromSlug,
  provincePages,
  provinceSlug,
  regulatorsFor,
  type ProvinceEntry,
} from "../../lib/content/regulators";
import { LOCALES, PROVINCES } from "../../lib/content/schema";
import { buildRoadmap } from "../../lib/journeys/roadmap";
import { answersSchema } from "../../lib/journeys/schema";
import { sitemapEntries } from "../../lib/sitemap";

const PROFESSIONS = fs
  .readdirSync(path.join(process.cwd(), "content", "professions"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const source = { url: "https://example.org/registration", checked: "2026-12-01", verified: false };
const text = (en: string) => ({ en, fr: `${en} (fr)` });
const regulated = (extra: Record<string, unknown> = {}) => ({
  status: "regulated",
  body: { name: text("College of Examples"), website: "https://example.org" },
  registrationRequired: true,
  titleProtection: text("Title protected"),
  steps: text("Apply to the college"),
  language: text("English"),
  source,
  ...extra,
});
const allProvinces = (entry: (code: string) => unknown) => Object.fromEntries(PROVINCES.map((p) => [p, entry(p)]));
const file = (provinces: Record<string, unknown>, defaults?: Record<string, unknown>) => ({ profession: "examples", ...(defaults ? { defaults } : {}), provinces });

const errorOf = (value: unknown): string => {
  try {
    parseRegulators(value, "content/regulators/examples.json");
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error("expected the file to be refused");
};

describe("regulators schema", () => {
  it("accepts a complete file and applies the defaults to regulated entries", () => {
    const { language: _omitted, ...noLanguage } = regulated();
    const data = parseRegulators(
      file(
        allProvinces((p) => (p === "NU" ? { status: "not-regulated", explanation: text("No licence needed"), source } : noLanguage)),
        { language: text("English by default") },
      ),
      "content/regulators/examples.json",
    );
    expect(Object.keys(data.provinces)).toEqual([...PROVINCES]);
    const on = data.provinces.ON;
    expect(on.status === "regulated" && on.language.en).toBe("English by default");
    expect(data.provinces.NU.status).toBe("not-regulated");
  });

  it("refuses an entry without a source, naming the file and the province", () => {
    const { source: _omitted, ...noSource } = regulated();
    const message = errorOf(file(allProvinces((p) => (p === "AB" ? noSource : regulated()))));
    expect(message).toContain("content/regulators/examples.json");
    expect(message).toContain("AB (Alberta): source");
  });

  it("refuses a source without a checked date, or with a date that is not real", () => {
    expect(errorOf(file(allProvinces((p) => (p === "QC" ? regulated({ source: { url: source.url, verified: true } }) : regulated()))))).toMatch(
      /QC \(Quebec\): source\.checked/,
    );
    expect(errorOf(file(allProvinces((p) => (p === "QC" ? regulated({ source: { ...source, checked: "2026-02-30" } }) : regulated()))))).toMatch(
      /QC \(Quebec\): source\.checked: not a real date/,
    );
    expect(errorOf(file(allProvinces((p) => (p === "MB" ? regulated({ source: { ...source, url: "not a url" } }) : regulated()))))).toMatch(
      /MB \(Manitoba\): source\.url/,
    );
  });

  it("refuses a province set that is not exactly the 13", () => {
    const twelve = allProvinces(() => regulated());
    delete twelve.NU;
    expect(errorOf(file(twelve))).toMatch(/missing NU \(Nunavut\)/);
    expect(errorOf(file({ ...allProvinces(() => regulated()), QB: regulated() }))).toMatch(/unknown province or territory code QB/);
    expect(errorOf(file({ ...allProvinces(() => regulated()), nu: regulated() }))).toMatch(/unknown province or territory code nu/);
  });

  it("refuses an entry missing its French text or its body's name", () => {
    expect(errorOf(file(allProvinces((p) => (p === "NS" ? regulated({ steps: { en: "Apply" } }) : regulated()))))).toMatch(
      /NS \(Nova Scotia\): steps\.fr: the French text is missing/,
    );
    expect(errorOf(file(allProvinces((p) => (p === "PE" ? regulated({ body: { website: "https://example.org" } }) : regulated()))))).toMatch(
      /PE \(Prince Edward Island\): body\.name/,
    );
  });

  it("refuses a not-regulated entry without an explanation, and unknown statuses", () => {
    expect(errorOf(file(allProvinces((p) => (p === "YT" ? { status: "not-regulated", source } : regulated()))))).toMatch(/YT \(Yukon\): explanation/);
    expect(errorOf(file(allProvinces((p) => (p === "NT" ? { ...regulated(), status: "voluntary" } : regulated()))))).toMatch(/NT \(Northwest Territories\)/);
  });

  it("reads a directory and checks that the file name matches the profession", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "regulators-"));
    try {
      fs.writeFileSync(path.join(dir, "other.json"), JSON.stringify(file(allProvinces(() => regulated()))));
      expect(() => loadAllRegulators(dir)).toThrow(/"profession" is examples, the file name must match it/);
      fs.writeFileSync(path.join(dir, "other.json"), "{ not json");
      expect(() => loadAllRegulators(dir)).toThrow(/other\.json: not valid JSON/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the regulators of every profession", () => {
  const all = loadAllRegulators();

  it("has a file for each of the fourteen professions, and none for a profession without a page", () => {
    expect(PROFESSIONS).toHaveLength(14);
    expect([...all.keys()].sort()).toEqual(PROFESSIONS);
  });

  const entries = [...all.values()].flatMap((data) => PROVINCES.map((code) => ({ slug: data.profession, code, entry: data.provinces[code] as ProvinceEntry })));

  it("covers 182 profession-province pairs, each with a named body or an explained not-regulated", () => {
    expect(entries).toHaveLength(14 * 13);
    for (const { slug, code, entry } of entries) {
      const where = `${slug} ${code}`;
      if (entry.status === "regulated") {
        expect(entry.body.name.en.length, where).toBeGreaterThan(3);
        expect(entry.body.website, where).toMatch(/^https:\/\//);
      } else {
        expect(entry.explanation.en.length, where).toBeGreaterThan(40);
      }
    }
  });

  it("has English and French for every name and free-text field", () => {
    for (const { slug, code, entry } of entries) {
      const texts =
        entry.status === "regulated"
          ? [entry.body.name, entry.titleProtection, entry.steps, entry.language, ...(entry.fees ? [entry.fees] : [])]
          : [entry.explanation, ...(entry.contact ? [entry.contact.name] : [])];
      for (const t of [...texts, ...(entry.source.note ? [entry.source.note] : [])]) {
        for (const locale of LOCALES) expect(t[locale].trim().length, `${slug} ${code} ${locale}`).toBeGreaterThan(1);
      }
    }
  });

  it("says so when an entry was not checked against a source, and every entry records its check date", () => {
    for (const { slug, code, entry } of entries) {
      expect(entry.source.checked, `${slug} ${code}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // A verified entry names a source other than a bare home page, or explains what it confirmed.
      if (entry.source.verified) expect(entry.source.note ?? new URL(entry.source.url).pathname.length > 1, `${slug} ${code}`).toBeTruthy();
    }
    const verified = entries.filter((e) => e.entry.source.verified).length;
    expect(verified).toBeGreaterThan(0);
    expect(verified).toBeLessThan(entries.length);
  });

  /** Professions whose pages list the provinces where a title is protected by law, the work itself being open. */
  const TITLE_ONLY = ["accountants-auditors", "engineering-technologists-technicians"];

  it("agrees with the profession pages on where a licence is required", () => {
    // Pages list the provinces where registration is required; the province entries must say the same, in both languages.
    const licensed = PROFESSIONS.filter((slug) => !TITLE_ONLY.includes(slug));
    expect(licensed).toHaveLength(12);
    expect(licensed).toContain("physiotherapists");
    for (const slug of licensed) {
      const required = PROVINCES.filter((p) => {
        const e = all.get(slug)!.provinces[p];
        return e.status === "regulated" && e.registrationRequired;
      });
      for (const locale of LOCALES) {
        const { status, provinces } = loadProfession(slug, locale)!.frontmatter.regulation;
        expect([...provinces].sort(), `${slug} ${locale}`).toEqual([...required].sort());
        // "Everywhere" only where every province and territory requires registration; architects in Yukon and Nunavut
        // must still register with a province or the Northwest Territories to practise, so their page says everywhere.
        const expected = required.length === PROVINCES.length || slug === "architects" ? "regulated-everywhere" : required.length ? "regulated-some-provinces" : "not-regulated";
        expect(status, `${slug} ${locale}`).toBe(expected);
      }
    }
  });

  it("agrees with the pages that count protected titles: no licence required, and every title protected by law is listed", () => {
    for (const slug of TITLE_ONLY) {
      const entries = all.get(slug)!.provinces;
      // The work itself needs no registration anywhere...
      expect(PROVINCES.filter((p) => { const e = entries[p]; return e.status === "regulated" && e.registrationRequired; }), slug).toEqual([]);
      // ...the page's provinces all have a body that holds the title...
      const regulated = PROVINCES.filter((p) => entries[p].status === "regulated");
      // ...and every entry that cites a law protecting the titles is on the page.
      const byLaw = PROVINCES.filter((p) => { const e = entries[p]; return e.status === "regulated" && /\bby law\b|\bAct\b/i.test(e.titleProtection.en); });
      for (const locale of LOCALES) {
        const { provinces } = loadProfession(slug, locale)!.frontmatter.regulation;
        expect(provinces.filter((p) => !regulated.includes(p)), `${slug} ${locale}: listed without a body`).toEqual([]);
        expect(byLaw.filter((p) => !provinces.includes(p)), `${slug} ${locale}: titles protected by law but not listed`).toEqual([]);
      }
    }
    // Nova Scotia's Applied Science Technology Act (1999) is such a law.
    expect(PROVINCES.filter((p) => { const e = all.get("engineering-technologists-technicians")!.provinces[p]; return e.status === "regulated" && /\bAct\b/.test(e.titleProtection.en); })).toContain("NS");
  });

  it("records the corrected facts: MLTs regulated in nine provinces, MRTs in Newfoundland and Labrador", () => {
    const mlt = all.get("medical-laboratory-technologists")!;
    expect(PROVINCES.filter((p) => mlt.provinces[p].status === "regulated")).toEqual(["NL", "PE", "NS", "NB", "QC", "ON", "MB", "SK", "AB"]);
    const mrtNl = all.get("medical-radiation-technologists")!.provinces.NL;
    expect(mrtNl.status === "regulated" && mrtNl.body.name.en).toBe("Newfoundland and Labrador Council of Health Professionals");
    expect(mrtNl.source.verified).toBe(true);
  });
});

describe("province addresses, journeys and the sitemap", () => {
  it("turns province codes into lower-case address segments and back, refusing anything else", () => {
    expect(provinceSlug("AB")).toBe("ab");
    expect(provinceFromSlug("ab")).toBe("AB");
    expect(provinceFromSlug("AB")).toBeUndefined();
    expect(provinceFromSlug("zz")).toBeUndefined();
  });

  it("names the regulator for the provinces a person chose, in their language and order", () => {
    const en = regulatorsFor("registered-nurses", ["QC", "MB", "XX"], "en");
    expect(en.map((r) => [r.province, r.body])).toEqual([
      ["QC", "Ordre des infirmières et infirmiers du Québec"],
      ["MB", "College of Registered Nurses of Manitoba"],
    ]);
    const fr = regulatorsFor("registered-nurses", ["ON"], "fr");
    expect(fr[0]!.body).toBe("Ordre des infirmières et infirmiers de l'Ontario");
    const mlt = regulatorsFor("medical-laboratory-technologists", ["BC"], "en");
    expect(mlt).toEqual([{ province: "BC", body: null, registrationRequired: false, verified: true }]);
    expect(regulatorsFor("no-such-profession", ["ON"], "en")).toEqual([]);
  });

  it("puts the regulator of each chosen province in the roadmap", () => {
    const answers = answersSchema.parse({
      profession: { occupation: "32120", occupationTitle: "Medical laboratory technologists", country: "India", yearsPractised: 6, lastPractised: 2025 },
      plans: { provinces: ["ON", "BC"], arrivalMonth: 5, arrivalYear: 2027, test: "celpip", listening: 8, reading: 8, writing: 8, speaking: 8 },
    });
    const roadmap = buildRoadmap({
      kind: "pre-arrival",
      answers,
      profession: null,
      today: { year: 2026, month: 12 },
      interim: null,
      chosen: [],
      regulators: regulatorsFor("medical-laboratory-technologists", answers.plans!.provinces, "en"),
    });
    const items = roadmap.phases[0]!.items.filter((i) => i.key === "registerWith" || i.key === "noLicenceIn");
    expect(items).toEqual([
      { key: "registerWith", values: { province: "ON", body: "College of Medical Laboratory Technologists of Ontario" } },
      { key: "noLicenceIn", values: { province: "BC" } },
    ]);
  });

  it("lists all 364 province pages in the sitemap with their hreflang alternates", () => {
    const pages = provincePages();
    expect(pages).toHaveLength(182);
    const entries = sitemapEntries({ base: "https://example.org", locales: ["en", "fr"], occupationCodes: [], professions: [], professionProvinces: pages, compareExamples: [] });
    const provinceUrls = entries.filter((e) => /\/professions\/[a-z-]+\/[a-z]{2}$/.test(e.url));
    expect(provinceUrls).toHaveLength(364);
    const ab = entries.find((e) => e.url === "https://example.org/en/professions/registered-nurses/ab")!;
    expect(ab.alternates?.languages).toEqual({ "en-CA": "https://example.org/en/professions/registered-nurses/ab", "fr-CA": "https://example.org/fr/professions/registered-nurses/ab" });
  });
});
