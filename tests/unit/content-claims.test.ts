import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clearProfessionCache, loadProfessionFiles, parseProfessionFile, type ProfessionFile } from "../../lib/content/load";
import {
  CHECK_MAX_AGE_MONTHS,
  FIGURE_MAX_AGE_YEARS,
  NOTED_CLAIM_LISTS,
  datedClaims,
  freshnessOf,
  staleClaims,
  staleClaimsWithoutNote,
} from "../../lib/content/freshness";
import { loadRegulators, type Province } from "../../lib/content/regulators";
import { PROVINCES, type ProfessionFrontmatter } from "../../lib/content/schema";

/**
 * Dated claims (source, year, checked date) on the profession pages, the
 * facts a 2026-12-01 fact-check found wrong, and English/French parity of
 * every figure.
 */

const DIR = path.join(process.cwd(), "content", "professions");
clearProfessionCache();
const PAGES = loadProfessionFiles(DIR);
const page = (slug: string, locale: "en" | "fr"): ProfessionFile => {
  const found = PAGES.find((p) => p.slug === slug && p.locale === locale);
  if (!found) throw new Error(`no page ${slug}/${locale}.md`);
  return found;
};
const SLUGS = [...new Set(PAGES.map((p) => p.slug))];

/** Every string of a page (frontmatter and body), whitespace collapsed, for wording checks. */
function allText(p: ProfessionFile): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(p.frontmatter);
  out.push(p.body);
  return out.join("\n").replace(/[\s\u00a0\u202f]+/g, " ");
}

/** The numbers in a text: "1 540 $", "$1,540" and "1540" are the same number; "2,5" and "2.5" too. */
function numbersIn(text: string): number[] {
  const joined = text.replace(/(\d)[\s\u00a0\u202f,](?=\d{3}\b)/g, "$1");
  return [...new Set((joined.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => Number(n.replace(",", "."))))].sort((a, b) => a - b);
}

function writeVariant(edit: (text: string) => string): string {
  const source = fs.readFileSync(path.join(DIR, "registered-nurses", "en.md"), "utf8");
  const edited = edit(source);
  expect(edited).not.toBe(source);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallel-claims-"));
  fs.mkdirSync(path.join(dir, "registered-nurses"));
  const file = path.join(dir, "registered-nurses", "en.md");
  fs.writeFileSync(file, edited);
  return file;
}

describe("the content schema refuses an undated or unsourced claim", () => {
  const refuses = (edit: (text: string) => string, pattern: RegExp) => {
    const file = writeVariant(edit);
    try {
      expect(() => parseProfessionFile(file)).toThrow(pattern);
    } finally {
      fs.rmSync(path.dirname(path.dirname(file)), { recursive: true, force: true });
    }
  };

  it("accepts the page as it is", () => {
    const file = writeVariant((t) => t.replace("\n---\n", "\n---\n\n"));
    try {
      expect(() => parseProfessionFile(file)).not.toThrow();
    } finally {
      fs.rmSync(path.dirname(path.dirname(file)), { recursive: true, force: true });
    }
  });

  it("refuses a figure without a year, naming the file and the field", () => {
    refuses(
      (t) => t.replace(/(figures:\n  - label:[^\n]*\n    value:[^\n]*\n    sources:[^\n]*\n)    year: \d+\n/, "$1"),
      /registered-nurses\/en\.md: invalid frontmatter[\s\S]*figures\.0\.year: every figure records the year it comes from/,
    );
  });

  it("refuses a figure without a checked date", () => {
    refuses(
      (t) => t.replace(/(figures:\n  - label:[^\n]*\n    value:[^\n]*\n    sources:[^\n]*\n    year: \d+\n)    checked: "[^"]*"\n/, "$1"),
      /registered-nurses\/en\.md[\s\S]*figures\.0\.checked: every claim records the date its source was checked/,
    );
  });

  it("refuses a figure without a source", () => {
    refuses(
      (t) => t.replace(/(figures:\n  - label:[^\n]*\n    value:[^\n]*\n)    sources:[^\n]*\n/, "$1"),
      /registered-nurses\/en\.md[\s\S]*figures\.0\.sources: every claim names its source ids/,
    );
  });

  it("refuses a licensing step without a year, a checked date or sources", () => {
    refuses((t) => t.replace(/(\n    sources: \[nnas\]\n)    year: 2026\n/, "$1"), /licensingSteps\.0\.year: every figure records the year/);
    refuses((t) => t.replace(/(\n    sources: \[nnas\]\n    year: 2026\n)    checked: "[^"]*"\n/, "$1"), /licensingSteps\.0\.checked: every claim records the date/);
    refuses((t) => t.replace(/\n    sources: \[nnas\]\n/, "\n"), /licensingSteps\.0\.sources: every claim names its source ids/);
  });

  it("refuses a source without a checked date, an impossible date and a hand-written lastReviewed", () => {
    refuses((t) => t.replace(/(\n  - id: nnas\n(?:    [^\n]*\n)*?)    checked: "[^"]*"\n/, "$1"), /sources\.0\.checked: every claim records the date/);
    refuses((t) => t.replace(/(\n  - id: nnas\n(?:    [^\n]*\n)*?    checked: )"[^"]*"/, '$1"2026-02-30"'), /sources\.0\.checked: checked is not a real date/);
    refuses((t) => t.replace(/\nsources:\n/, '\nlastReviewed: "2026-11-23"\nsources:\n'), /lastReviewed: lastReviewed is no longer written by hand/);
  });
});

describe("freshness limits", () => {
  const today = new Date("2026-12-01T12:00:00Z");

  it(`flags a figure more than ${FIGURE_MAX_AGE_YEARS} years old, not one exactly that old`, () => {
    expect(freshnessOf({ year: 2026 - FIGURE_MAX_AGE_YEARS, checked: "2026-12-01" }, today)).toEqual({ stale: false, reasons: [] });
    expect(freshnessOf({ year: 2025 - FIGURE_MAX_AGE_YEARS, checked: "2026-12-01" }, today)).toEqual({ stale: true, reasons: ["old-figure"] });
  });

  it(`flags a check older than ${CHECK_MAX_AGE_MONTHS} months`, () => {
    expect(freshnessOf({ year: 2026, checked: "2025-06-01" }, today).stale).toBe(false);
    expect(freshnessOf({ year: 2026, checked: "2025-05-31" }, today)).toEqual({ stale: true, reasons: ["not-rechecked"] });
    expect(freshnessOf({ year: 2013, checked: "2020-01-01" }, today).reasons).toEqual(["old-figure", "not-rechecked"]);
  });

  it("finds dated claims wherever they are in the frontmatter", () => {
    const fm = page("dentists", "en").frontmatter;
    const lists = new Set(datedClaims(fm).map((c) => c.list));
    expect([...lists].sort()).toEqual([...NOTED_CLAIM_LISTS].sort());
    const counted = fm.figures.length + fm.licensingSteps.length + fm.sources.length;
    expect(datedClaims(fm)).toHaveLength(counted);
  });

  it("reports a stale claim placed where the page has no note for it", () => {
    const fm = page("dentists", "en").frontmatter;
    const withUnnoted = { ...fm, regulation: { ...fm.regulation, basis: { year: 2010, checked: "2026-12-01" } } } as unknown as ProfessionFrontmatter;
    expect(staleClaimsWithoutNote(withUnnoted, today).map((c) => c.where)).toEqual(["regulation.basis"]);
    expect(staleClaimsWithoutNote(fm, today)).toEqual([]);
  });
});

describe("stale claims on the profession pages", () => {
  const today = new Date();
  const stale = PAGES.flatMap((p) => staleClaims(p.frontmatter, today).map((c) => ({ page: `${p.slug}/${p.locale}.md`, ...c })));

  it("are listed, and every one of them is shown with a “may be out of date” note", () => {
    // The list is for editors: these claims need a newer source or a new check.
    console.log(
      `${stale.length} stale claims (figure older than ${FIGURE_MAX_AGE_YEARS} years or checked more than ${CHECK_MAX_AGE_MONTHS} months ago):\n` +
        stale.map((c) => `  ${c.page} ${c.where} "${c.label}" year ${c.year}, checked ${c.checked}: ${c.reasons.join(", ")}`).join("\n"),
    );
    const unnoted = PAGES.flatMap((p) => staleClaimsWithoutNote(p.frontmatter, today).map((c) => `${p.slug}/${p.locale}.md ${c.where}`));
    expect(unnoted).toEqual([]);
  });

  it("include the 2013 study's figures, which the pages show as figures from 2013", () => {
    const dentists = staleClaims(page("dentists", "en").frontmatter, today).filter((c) => c.list === "figures");
    expect(dentists.length).toBeGreaterThanOrEqual(3);
    expect(dentists.every((c) => c.year === 2013)).toBe(true);
  });
});

describe("facts corrected after the 2026-12-01 fact-check, in both languages", () => {
  type Fact = { slug: string; fact: string; en: { has: (string | RegExp)[]; not?: (string | RegExp)[] }; fr: { has: (string | RegExp)[]; not?: (string | RegExp)[] } };
  const FACTS: Fact[] = [
    {
      slug: "medical-laboratory-technologists",
      fact: "regulated in nine provinces, PEI included; only BC and the territories are not",
      en: { has: ["nine provinces also require registration", "Prince Edward Island", "In British Columbia and the three territories the work is not regulated"], not: [/eight (regulated )?provinces/i] },
      fr: { has: ["neuf provinces exigent aussi une inscription", "Île-du-Prince-Édouard", "En Colombie-Britannique et dans les trois territoires, le travail n'est pas réglementé"], not: [/huit provinces/i] },
    },
    {
      slug: "medical-laboratory-technologists",
      fact: "odds state CSMLS first-attempt pass rates",
      en: { has: ["37% of internationally educated technologists pass the certification exam on their first attempt, against 86% of Canadian-educated candidates"], not: ["does not mean your chances are low"] },
      fr: { has: ["37 % des technologistes formés à l'étranger réussissent l'examen de certification à la première tentative, contre 86 % des candidats formés au Canada"], not: ["ne veut pas dire que vos chances sont faibles"] },
    },
    {
      slug: "medical-radiation-technologists",
      fact: "Newfoundland and Labrador regulates MRTs (NL Council of Health Professions, since 1 May 2025)",
      en: { has: ["Newfoundland and Labrador Council of Health Professions, since 1 May 2025"], not: [/In Newfoundland and Labrador, Prince Edward Island/] },
      fr: { has: ["Newfoundland and Labrador Council of Health Professions, depuis le 1er mai 2025"], not: [/À Terre-Neuve-et-Labrador, à l'Île-du-Prince-Édouard/] },
    },
    {
      slug: "registered-nurses",
      fact: "NNAS regular US$650 and expedited C$750 charged in Canadian dollars",
      en: { has: ["regular service costs US$650", "expedited service costs C$750, charged in Canadian dollars"], not: ["The fee is charged in US dollars."] },
      fr: { has: ["service régulier coûte 650 $ US", "service accéléré coûte 750 $ CA, facturés en dollars canadiens"], not: ["Les frais sont facturés en dollars américains."] },
    },
    {
      slug: "licensed-practical-nurses",
      fact: "NNAS regular US$650 and expedited C$750 charged in Canadian dollars",
      en: { has: ["regular service costs US$650", "expedited service costs C$750, charged in Canadian dollars"], not: ["The fee is charged in US dollars."] },
      fr: { has: ["service régulier coûte 650 $ US", "service accéléré coûte 750 $ CA, facturés en dollars canadiens"], not: ["Les frais sont facturés en dollars américains."] },
    },
    {
      slug: "occupational-therapists",
      fact: "SEAS total $4,000 plus GST/HST",
      en: { has: ["The total fee is $4,000 plus GST/HST", "$4,000 plus GST/HST"] },
      fr: { has: ["Les frais totalisent 4 000 $ plus la TPS ou la TVH", "4 000 $ plus TPS ou TVH"] },
    },
    {
      slug: "physicians",
      fact: "sonography regulated in Ontario, Quebec, Nova Scotia and Alberta (since July 2026)",
      en: { has: ["Registration is required in Ontario, Quebec, Nova Scotia and Alberta (since July 2026)"], not: ["Registration is required in Ontario and Quebec."] },
      fr: { has: ["obligatoire en Ontario, au Québec, en Nouvelle-Écosse et en Alberta (depuis juillet 2026)"], not: [/obligatoire en Ontario et au Québec/] },
    },
    {
      slug: "medical-radiation-technologists",
      fact: "sonography regulation agrees with the physicians page",
      en: { has: ["Sonography is regulated in Ontario, Quebec, Nova Scotia and Alberta (since July 2026)"], not: ["for example Ontario, Alberta and Quebec"] },
      fr: { has: ["L'échographie est réglementée en Ontario, au Québec, en Nouvelle-Écosse et en Alberta (depuis juillet 2026)"], not: ["par exemple l'Ontario, l'Alberta et le Québec"] },
    },
    {
      slug: "accountants-auditors",
      fact: "the CFE is offered twice a year, in May and September",
      en: { has: ["offered twice a year, in May and September"], not: ["a few times a year"] },
      fr: { has: ["deux fois par année, en mai et en septembre"], not: ["Il a lieu quelques fois par année"] },
    },
    {
      slug: "licensed-practical-nurses",
      fact: "the 96% says what it measures (one Nova Scotia college pathway, 2013)",
      en: { has: ["Pass rate of one college program, reported in 2013: Nova Scotia Community College's Pathways to Success for Practical Nursing", "not a national rate"] },
      fr: { has: ["Taux de réussite d'un seul programme collégial, rapporté en 2013 : le parcours Pathways to Success for Practical Nursing du Nova Scotia Community College", "pas un taux national"] },
    },
    {
      slug: "engineering-technologists-technicians",
      fact: "internationally educated applicants without a year of Canadian work experience take the IEPPE",
      en: { has: ["without a year of Canadian work experience take the IEPPE"], not: ["can write a special version (IEPPE)"] },
      fr: { has: ["qui n'ont pas un an d'expérience de travail au Canada passent l'IEPPE"], not: ["peuvent passer une version particulière (IEPPE)"] },
    },
    {
      slug: "engineers",
      fact: "the NPPE is registered through the provincial regulator",
      en: { has: ["you register for it through your provincial regulator", "You register for it through your provincial regulator"], not: ["on its behalf"] },
      fr: { has: ["vous vous y inscrivez par l'entremise de l'ordre de votre province", "Vous vous y inscrivez par l'entremise de l'ordre de votre province"], not: ["offert en son nom"] },
    },
    {
      slug: "medical-radiation-technologists",
      fact: "CAMRT certification is expected (not required) outside Quebec and BC; Quebec expects French",
      en: { has: ["CAMRT certification is expected everywhere except Quebec and British Columbia", "Quebec has its own process and expects French"] },
      fr: { has: ["On s'attend à la certification de l'ACTRM partout sauf au Québec et en Colombie-Britannique", "s'attend à ce que vous travailliez en français"], not: ["certification de l'ACTRM est exigée partout", "Québec a son propre processus et exige le français"] },
    },
  ];

  for (const { slug, fact, en, fr } of FACTS) {
    for (const [locale, expected] of [["en", en], ["fr", fr]] as const) {
      it(`${slug}/${locale}.md: ${fact}`, () => {
        const text = allText(page(slug, locale));
        for (const wanted of expected.has) {
          if (typeof wanted === "string") expect(text).toContain(wanted);
          else expect(text).toMatch(wanted);
        }
        for (const gone of expected.not ?? []) {
          if (typeof gone === "string") expect(text).not.toContain(gone);
          else expect(text).not.toMatch(gone);
        }
      });
    }
  }

  it("MLT lists nine regulated provinces, PEI included, and not BC or a territory", () => {
    for (const locale of ["en", "fr"] as const) {
      const { provinces } = page("medical-laboratory-technologists", locale).frontmatter.regulation;
      expect([...provinces].sort()).toEqual(["AB", "MB", "NB", "NL", "NS", "ON", "PE", "QC", "SK"]);
    }
  });

  it("MRT lists Newfoundland and Labrador as regulated, with the NL Council of Health Professions as a source", () => {
    for (const locale of ["en", "fr"] as const) {
      const fm = page("medical-radiation-technologists", locale).frontmatter;
      expect(fm.regulation.provinces).toContain("NL");
      expect(fm.sources.map((s) => s.id)).toContain("nlchp");
      expect(fm.figures.find((f) => f.sources.includes("nlchp"))?.value).toMatch(/^7 /);
    }
  });

  it("the NNAS, SEAS and MLT figures carry the corrected numbers", () => {
    for (const locale of ["en", "fr"] as const) {
      for (const slug of ["registered-nurses", "licensed-practical-nurses"]) {
        const fm = page(slug, locale).frontmatter;
        const nnas = fm.licensingSteps.find((s) => s.sources.includes("nnas") && s.cost && s.cost.min >= 700);
        expect(nnas?.cost).toEqual({ min: 750, max: 1300 });
        expect(numbersIn(fm.figures.find((f) => f.sources.includes("nnas"))!.value)).toEqual([650, 750]);
      }
      const seas = page("occupational-therapists", locale).frontmatter.licensingSteps.find((s) => s.exams.some((e) => /JKAT/.test(e)));
      expect(seas?.cost).toEqual({ min: 4000, max: 4000 });
      const mlt = page("medical-laboratory-technologists", locale).frontmatter.figures.map((f) => numbersIn(f.value));
      expect(mlt).toContainEqual([37, 86]);
    }
  });

  it("the research's omitted alternatives are curated in both languages, with NOC 2021 codes", () => {
    const expected: Record<string, { code: string; en: RegExp; fr: RegExp }[]> = {
      engineers: [{ code: "64410", en: /building security/i, fr: /sécurité des bâtiments/i }],
      "engineering-technologists-technicians": [
        { code: "22112", en: /forestry/i, fr: /foresterie/i },
        { code: "22101", en: /petroleum/i, fr: /pétrolier/i },
      ],
      physicians: [{ code: "41210", en: /college instructor/i, fr: /enseignant au collégial/i }],
    };
    for (const [slug, wanted] of Object.entries(expected)) {
      for (const { code, en, fr } of wanted) {
        const enAlt = page(slug, "en").frontmatter.alternatives.find((a) => a.nocCode === code);
        const frAlt = page(slug, "fr").frontmatter.alternatives.find((a) => a.nocCode === code);
        expect(enAlt?.title).toMatch(en);
        expect(frAlt?.title).toMatch(fr);
      }
    }
  });
});

describe("facts the regulators by province contradicted, corrected in both languages", () => {
  type Fact = { slug: string; fact: string; en: { has: (string | RegExp)[]; not: (string | RegExp)[] }; fr: { has: (string | RegExp)[]; not: (string | RegExp)[] } };
  const nnasEverywhereEn = [/First step outside Quebec and the territories/, /Outside Quebec and the territories, (?:you open an NNAS account|NNAS collects)/];
  const nnasEverywhereFr = [/Première étape hors du Québec et des territoires/, /Hors du Québec et des territoires, (?:vous ouvrez un compte au SNEI|le SNEI recueille)/];
  const FACTS: Fact[] = [
    ...(["registered-nurses", "licensed-practical-nurses"] as const).map((slug) => ({
      slug,
      fact: "British Columbia has not required NNAS since January 2023, and the province pays the application and NCAS fees",
      en: {
        has: [
          "no longer required in British Columbia (since January 2023)",
          "British Columbia has not required NNAS since January 2023",
          "an NNAS report is still accepted",
          "the province pays the college's application fee and the NCAS competency assessment",
        ],
        not: nnasEverywhereEn,
      },
      fr: {
        has: [
          "plus exigée en Colombie-Britannique (depuis janvier 2023)",
          "La Colombie-Britannique n'exige plus le SNEI depuis janvier 2023",
          "un rapport du SNEI reste accepté",
          "la province paie les frais de demande de l'ordre et l'évaluation des compétences du NCAS",
        ],
        not: nnasEverywhereFr,
      },
    })),
    {
      slug: "registered-nurses",
      fact: "the Newfoundland and Labrador College of Nurses licenses registered nurses, practical nurses and nurse practitioners (regulations filed 1 April 2026)",
      en: {
        has: ["the Newfoundland and Labrador College of Nurses, now licenses registered nurses, practical nurses and nurse practitioners (Nurses Regulations filed on 1 April 2026)"],
        not: [/College of Registered Nurses of Newfoundland/i, /\bCRNNL\b/],
      },
      fr: {
        has: ["le Newfoundland and Labrador College of Nurses, délivre désormais les permis des infirmières autorisées, des infirmières auxiliaires et des infirmières praticiennes (règlement sur les infirmières déposé le 1er avril 2026)"],
        not: [/College of Registered Nurses of Newfoundland/i, /\bCRNNL\b/],
      },
    },
    {
      slug: "licensed-practical-nurses",
      fact: "practical nurses in Newfoundland and Labrador are licensed by the Newfoundland and Labrador College of Nurses (regulations filed 1 April 2026)",
      en: {
        has: ["In Newfoundland and Labrador practical nurses are now licensed by the Newfoundland and Labrador College of Nurses, which also licenses registered nurses and nurse practitioners (Nurses Regulations filed on 1 April 2026)"],
        not: [/College of Licensed Practical Nurses of Newfoundland/i, /\bCLPNNL\b/],
      },
      fr: {
        has: ["À Terre-Neuve-et-Labrador, les infirmières auxiliaires reçoivent désormais leur permis du Newfoundland and Labrador College of Nurses, qui délivre aussi ceux des infirmières autorisées et des infirmières praticiennes (règlement sur les infirmières déposé le 1er avril 2026)"],
        not: [/College of Licensed Practical Nurses of Newfoundland/i, /\bCLPNNL\b/],
      },
    },
    {
      slug: "pharmacists",
      fact: "the Newfoundland and Labrador regulator is the College of Pharmacy of Newfoundland and Labrador",
      en: {
        has: ["In Newfoundland and Labrador the regulator is the College of Pharmacy of Newfoundland and Labrador (formerly the Newfoundland and Labrador Pharmacy Board)", "with the College of Pharmacy of Newfoundland and Labrador"],
        // The old name appears only as the former name.
        not: [/(?<!formerly the )Newfoundland and Labrador Pharmacy Board/],
      },
      fr: {
        has: ["l'organisme de réglementation est le College of Pharmacy of Newfoundland and Labrador (anciennement le Newfoundland and Labrador Pharmacy Board)", "auprès du College of Pharmacy of Newfoundland and Labrador"],
        not: [/(?<!anciennement le )Newfoundland and Labrador Pharmacy Board/],
      },
    },
    {
      slug: "registered-nurses",
      fact: "since 3 November 2024 nurses, internationally trained ones included, can apply directly in Yukon",
      en: {
        has: ["In Yukon, since 3 November 2024, nurses, including internationally trained nurses, can apply for a licence directly, without first registering in another province", "but not in Quebec, Yukon or the other territories"],
        not: [/registered or eligible in another province first/i, ...nnasEverywhereEn],
      },
      fr: {
        has: ["Au Yukon, depuis le 3 novembre 2024, les infirmières, y compris celles formées à l'étranger, peuvent demander un permis directement, sans être d'abord inscrites dans une autre province", "mais pas au Québec, au Yukon ni dans les autres territoires"],
        not: [/inscrite ou admissible dans une autre province/i, ...nnasEverywhereFr],
      },
    },
    {
      slug: "physiotherapists",
      fact: "regulated in the ten provinces and Yukon; no register found in the Northwest Territories or Nunavut, said with its uncertainty",
      en: {
        has: [
          "regulated in the ten provinces and Yukon",
          "required in the ten provinces and Yukon",
          "We found no physiotherapy register in the Northwest Territories or Nunavut",
          "This has not been confirmed with the two territorial governments",
        ],
        not: ["regulated everywhere in Canada", "required in every province and territory", "Provincial and territorial physiotherapy regulators"],
      },
      fr: {
        has: [
          "réglementée dans les dix provinces et au Yukon",
          "obligatoire dans les dix provinces et au Yukon",
          "Nous n'avons trouvé aucun registre de physiothérapeutes aux Territoires du Nord-Ouest ni au Nunavut",
          "Ce n'est pas confirmé auprès des deux gouvernements territoriaux",
        ],
        not: ["réglementée partout au Canada", "obligatoire dans chaque province et territoire", "physiothérapie des provinces et territoires"],
      },
    },
    {
      slug: "engineering-technologists-technicians",
      fact: "Nova Scotia's 1999 law reserves TechNova's titles",
      en: {
        has: ["In Nova Scotia, a 1999 law (the Applied Science Technology Act) reserves the CET, C.Tech and AScT titles for members in good standing of TechNova; the work itself is open", "TechNova in Nova Scotia"],
        // What was wrong is the province list, left without Nova Scotia: checked in the test below.
        not: [],
      },
      fr: {
        has: ["En Nouvelle-Écosse, une loi de 1999 (Applied Science Technology Act) réserve les titres CET, C.Tech et AScT aux membres en règle de TechNova ; le travail lui-même est ouvert", "TechNova en Nouvelle-Écosse"],
        not: [],
      },
    },
  ];

  for (const { slug, fact, en, fr } of FACTS) {
    for (const [locale, expected] of [["en", en], ["fr", fr]] as const) {
      it(`${slug}/${locale}.md: ${fact}`, () => {
        const text = allText(page(slug, locale));
        for (const wanted of expected.has) {
          if (typeof wanted === "string") expect(text).toContain(wanted);
          else expect(text).toMatch(wanted);
        }
        for (const gone of expected.not) {
          if (typeof gone === "string") expect(text).not.toContain(gone);
          else expect(text).not.toMatch(gone);
        }
      });
    }
  }

  // Each corrected fact cites, in both languages, the very source the province entry records, checked the same day.
  const CITED: { slug: string; source: string; province: Province; citedBy: "licensingSteps" | "sources" }[] = [
    { slug: "registered-nurses", source: "bccnm-2023", province: "BC", citedBy: "licensingSteps" },
    { slug: "licensed-practical-nurses", source: "bccnm-2023", province: "BC", citedBy: "licensingSteps" },
    { slug: "registered-nurses", source: "yukon-2024", province: "YT", citedBy: "licensingSteps" },
    { slug: "registered-nurses", source: "nl-nurses-regulations-2026", province: "NL", citedBy: "sources" },
    { slug: "licensed-practical-nurses", source: "nl-nurses-regulations-2026", province: "NL", citedBy: "sources" },
    { slug: "pharmacists", source: "cpnl", province: "NL", citedBy: "licensingSteps" },
    { slug: "physiotherapists", source: "capr-2013", province: "NT", citedBy: "sources" },
    { slug: "physiotherapists", source: "capr-2013", province: "NU", citedBy: "sources" },
    { slug: "engineering-technologists-technicians", source: "technova", province: "NS", citedBy: "sources" },
  ];
  for (const { slug, source, province, citedBy } of CITED) {
    it(`${slug}: source ${source} is the ${province} entry's source, with its checked date, in both languages`, () => {
      const entry = loadRegulators(slug)!.provinces[province];
      for (const locale of ["en", "fr"] as const) {
        const fm = page(slug, locale).frontmatter;
        const recorded = fm.sources.find((s) => s.id === source);
        expect(recorded, `${slug}/${locale}.md`).toBeDefined();
        expect({ url: recorded!.url, checked: recorded!.checked }).toEqual({ url: entry.source.url, checked: entry.source.checked });
        if (citedBy === "licensingSteps") {
          const steps = fm.licensingSteps.filter((s) => s.sources.includes(source));
          expect(steps.length, `${slug}/${locale}.md steps citing ${source}`).toBeGreaterThan(0);
        }
      }
    });
  }

  it("British Columbia's paid application and NCAS fees lower the regulator step's cost to nothing there", () => {
    for (const slug of ["registered-nurses", "licensed-practical-nurses"]) {
      for (const locale of ["en", "fr"] as const) {
        const step = page(slug, locale).frontmatter.licensingSteps.find((s) => s.sources.includes("bccnm-2023") && !s.sources.includes("nnas"));
        expect(step?.cost, `${slug}/${locale}.md`).toEqual({ min: 0, max: 3000 });
      }
    }
  });

  it("physiotherapists: the page lists the provinces whose entries require registration, and no territory without a register", () => {
    const entries = loadRegulators("physiotherapists")!.provinces;
    const required = PROVINCES.filter((p) => {
      const e = entries[p];
      return e.status === "regulated" && e.registrationRequired;
    });
    expect(required).toEqual(["NL", "PE", "NS", "NB", "QC", "ON", "MB", "SK", "AB", "BC", "YT"]);
    for (const locale of ["en", "fr"] as const) {
      const { status, provinces } = page("physiotherapists", locale).frontmatter.regulation;
      expect(status).toBe("regulated-some-provinces");
      expect([...provinces]).toEqual(required);
      expect(provinces).not.toContain("NT");
      expect(provinces).not.toContain("NU");
    }
  });

  it("engineering technologists: Nova Scotia is among the provinces with protected titles, in both languages", () => {
    for (const locale of ["en", "fr"] as const) {
      const fm = page("engineering-technologists-technicians", locale).frontmatter;
      expect(fm.regulation.status).toBe("regulated-some-provinces");
      expect([...fm.regulation.provinces].sort()).toEqual(["AB", "BC", "MB", "NS", "ON", "QC"]);
    }
  });
});

describe("English and French agree on every figure, for all fourteen professions", () => {
  it("covers fourteen professions", () => {
    expect(SLUGS).toHaveLength(14);
  });

  for (const slug of SLUGS) {
    it(`${slug}: same figures, numbers, years and sources; same steps, times, costs and sources`, () => {
      const en = page(slug, "en").frontmatter;
      const fr = page(slug, "fr").frontmatter;
      expect(fr.figures).toHaveLength(en.figures.length);
      en.figures.forEach((figure, i) => {
        const other = fr.figures[i]!;
        expect({ i, numbers: numbersIn(other.value), year: other.year, checked: other.checked, sources: other.sources }).toEqual({
          i,
          numbers: numbersIn(figure.value),
          year: figure.year,
          checked: figure.checked,
          sources: figure.sources,
        });
      });
      expect(fr.licensingSteps).toHaveLength(en.licensingSteps.length);
      const steps = (fm: ProfessionFrontmatter) =>
        fm.licensingSteps.map((s) => ({ time: s.time, cost: s.cost ?? null, year: s.year, checked: s.checked, sources: s.sources }));
      expect(steps(fr)).toEqual(steps(en));
      const sources = (fm: ProfessionFrontmatter) => fm.sources.map((s) => ({ id: s.id, year: s.year, checked: s.checked, url: s.url ?? null }));
      expect(sources(fr)).toEqual(sources(en));
      expect(fr.lastReviewed).toBe(en.lastReviewed);
      expect(fr.lastChecked).toBe(en.lastChecked);
    });

    it(`${slug}: every percentage and year in the odds is one of the page's dated figures`, () => {
      for (const locale of ["en", "fr"] as const) {
        const fm = page(slug, locale).frontmatter;
        const figureNumbers = new Set(fm.figures.flatMap((f) => numbersIn(f.value)));
        const figureYears = new Set(fm.figures.map((f) => f.year));
        const percentages = (fm.odds.match(/\d+(?:[.,]\d+)?(?=[\s\u00a0\u202f]?%)/g) ?? []).map(Number);
        const years = (fm.odds.match(/\b(?:19|20)\d{2}\b/g) ?? []).map(Number);
        expect({ locale, missing: percentages.filter((n) => !figureNumbers.has(n)) }).toEqual({ locale, missing: [] });
        expect({ locale, missing: years.filter((y) => !figureYears.has(y)) }).toEqual({ locale, missing: [] });
      }
    });
  }
});
