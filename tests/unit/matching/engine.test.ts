import { beforeAll, describe, expect, it } from "vitest";
import { BANNED_PHRASES } from "../../../lib/content/tone";
import {
  explain,
  match,
  MatchingError,
  messages,
  plainName,
  prepare,
  type ExplainedTarget,
  type PersonProfile,
  type PreparedData,
} from "../../../lib/matching";
import { equalErrorPoint } from "../../../lib/matching/calibrate";
import { readReferenceDataset } from "../../../lib/reference-data/dataset";
import { toEngineInput } from "../../../lib/reference-data/engine-input";

let prepared: PreparedData;
beforeAll(() => {
  prepared = prepare(toEngineInput(readReferenceDataset()));
});

const person = (origin: string, constraints: Partial<PersonProfile["constraints"]> = {}): PersonProfile => ({
  origin,
  adjustments: {},
  constraints: { acceptRegulated: true, ...constraints },
});

const explainedOf = (profile: PersonProfile, top = 20) =>
  match(prepared, profile, { explainTop: top }).results.filter((r): r is ExplainedTarget => r.explained);

describe("match: result set", () => {
  it("ranks every occupation but the origin and carries the versions and threshold", () => {
    const result = match(prepared, person("31301"));
    expect(result.results).toHaveLength(prepared.occupations.length - 1);
    expect(result.total).toBe(prepared.occupations.length - 1);
    expect(result.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(result.dataVersion).toBe(prepared.dataVersion);
    expect(result.threshold).toBe(prepared.threshold);
    expect(result.threshold).toBeGreaterThan(0.3);
    expect(result.threshold).toBeLessThan(0.9);
    expect(result.results.filter((r) => r.explained)).toHaveLength(20);
    expect(result.results.slice(0, 20).every((r) => r.explained)).toBe(true);
    for (const r of result.results) expect(r.viable).toBe(r.score >= result.threshold);
  });

  it("honours limit, explainTop and locale", () => {
    const result = match(prepared, person("41220"), { limit: 7, explainTop: 3, locale: "fr" });
    expect(result.results).toHaveLength(7);
    expect(result.results.map((r) => r.explained)).toEqual([true, true, true, false, false, false, false]);
    expect(result.results[0]!.title).toBe(result.results[0]!.titleFr);
  });

  it("accepts an OaSIS profile code as origin and leaves out its unit group", () => {
    const result = match(prepared, person("31301.01"));
    expect(result.origin).toEqual({ code: "31301.01", unitGroup: "31301" });
    expect(result.results.some((r) => r.code === "31301")).toBe(false);
  });

  it("orders gaps by what they cost (level x shortfall) and lists as transfers only what the person meets", () => {
    for (const r of explainedOf(person("31102"))) {
      // Levels are rounded to two decimals in the output, hence the tolerance.
      const cost = r.gaps.map((g) => (g.requiredLevel / g.scaleMax) * (g.size / g.scaleMax));
      cost.forEach((c, i) => i > 0 && expect(c).toBeLessThanOrEqual(cost[i - 1]! + 1e-2));
      for (const g of r.gaps) expect(g.size).toBeGreaterThanOrEqual(0.5 - 1e-9);
      for (const t of r.transfers) expect(t.personLevel).toBeGreaterThan(t.requiredLevel - 0.5);
    }
  });
});

describe("match: constraints", () => {
  it("leaves out regulated targets when the person does not accept them", () => {
    const result = match(prepared, person("31301", { acceptRegulated: false }));
    const regulated = new Set(prepared.occupations.filter((o) => o.regulated).map((o) => o.code));
    expect(result.results.some((r) => regulated.has(r.code))).toBe(false);
    expect(result.total).toBe(prepared.occupations.length - 1 - [...regulated].filter((c) => c !== "31301").length);
  });

  it("keeps only targets within the TEER range", () => {
    const result = match(prepared, person("21300", { teerRange: [2, 3] }));
    expect(result.results.every((r) => ["2", "3"].includes(r.code[1]!))).toBe(true);
  });

  it("lowers and flags targets that ask for more language, time or money than the person has", () => {
    const free = match(prepared, person("31102"));
    const tight = match(prepared, person("31102", { languageClb: 5, retrainingMonths: 3, retrainingBudget: 1000 }));
    const before = new Map(free.results.map((r) => [r.code, r.score]));
    let flagged = 0;
    for (const r of tight.results) {
      expect(r.score).toBeLessThanOrEqual(before.get(r.code)!);
      if (r.flags.length) {
        flagged++;
        // Each soft constraint can at most halve the fit.
        expect(r.score).toBeGreaterThanOrEqual(Math.round(r.fit * 0.5 ** r.flags.length * 1e4) / 1e4 - 1e-4);
      } else expect(r.score).toBe(r.fit);
    }
    expect(flagged).toBeGreaterThan(0);
    // Targets within the budgets climb relative to the ones beyond them.
    const topFlags = tight.results.slice(0, 20).filter((r) => r.flags.length).length;
    const freeTop = new Set(free.results.slice(0, 20).map((r) => r.code));
    const wouldBeFlagged = tight.results.filter((r) => freeTop.has(r.code) && r.flags.length).length;
    expect(topFlags).toBeLessThanOrEqual(wouldBeFlagged);
  });

  it("records provinces without changing the ranking (the reference data is national)", () => {
    const a = match(prepared, person("41221"));
    const b = match(prepared, person("41221", { provinces: ["NS"] }));
    expect(b.results.map((r) => r.code)).toEqual(a.results.map((r) => r.code));
  });
});

describe("match: errors", () => {
  it.each([
    [{ origin: "99999" }, messages.UNKNOWN_ORIGIN],
    [{ origin: "31301.99" }, messages.UNKNOWN_ORIGIN],
    [{ origin: "31301", adjustments: { Z99z99: 1 } }, messages.UNKNOWN_DESCRIPTOR],
    [{ origin: "31301", adjustments: { G08a02: 4 } }, messages.LEVEL_OUT_OF_SCALE],
  ])("raises a MatchingError for %j", (partial, message) => {
    const call = () => match(prepared, { ...person("31301"), ...partial });
    expect(call).toThrow(MatchingError);
    expect(call).toThrow(message);
  });

  it("rejects a negative or fractional limit", () => {
    expect(() => match(prepared, person("31301"), { limit: -1 })).toThrow(messages.INVALID_OPTION);
    expect(() => match(prepared, person("31301"), { explainTop: 1.5 })).toThrow(messages.INVALID_OPTION);
  });
});

describe("explanations", () => {
  const origins = ["31301", "31102", "31110", "21300", "22301", "41220", "32120", "11100", "72310"];

  it("reads as two to four plain sentences per language, with no score and no lesser-option framing", () => {
    for (const origin of origins) {
      for (const r of explainedOf(person(origin))) {
        for (const lang of ["en", "fr"] as const) {
          const text = r.explanation[lang];
          const sentences = text.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý«"])/);
          expect(sentences.length).toBeGreaterThanOrEqual(2);
          expect(sentences.length).toBeLessThanOrEqual(4);
          expect(text).not.toMatch(/\d\.\d|%|score/i);
          for (const pattern of BANNED_PHRASES[lang]) expect(text).not.toMatch(pattern);
        }
        expect(r.explanation.en).toContain(r.titleEn);
        expect(r.explanation.fr).toContain(r.titleFr);
      }
    }
  });

  it("names the strongest transfers and the main gaps", () => {
    const text = explain({
      titleEn: "Dental assistants",
      titleFr: "Assistants dentaires",
      kind: "similar-scope",
      path: "interim",
      regulated: false,
      flags: [],
      transfers: [
        { code: "G04a04", facet: "knowledge", nameEn: "Physical Health", nameFr: "Santé physique", scaleMax: 3, personLevel: 3, requiredLevel: 2, source: "profession" },
        { code: "K04a12", facet: "workActivities", nameEn: "Assisting and Caring for Others", nameFr: "Aider et prendre soin des autres", scaleMax: 5, personLevel: 5, requiredLevel: 4, source: "profession" },
      ],
      gaps: [
        { code: "G01a07", facet: "knowledge", nameEn: "Client Service", nameFr: "Service à la clientèle", scaleMax: 3, personLevel: 1, requiredLevel: 2, source: "answer", size: 1, importance: 0.67 },
      ],
    });
    expect(text.en).toContain("What carries over directly: physical health; assisting and caring for others.");
    expect(text.en).toContain("The main area to build up: client service.");
    expect(text.en).toContain("Plan 1A");
    expect(text.fr).toContain("santé physique; aider et prendre soin des autres");
    expect(text.fr).toContain("Le principal point à renforcer\u00a0: service à la clientèle.");
    expect(text.fr).toContain("plan 1A");
  });

  it("turns descriptor names into plain words", () => {
    expect(plainName("Oral Communication: Active Listening")).toBe("active listening");
    expect(plainName("Computer, Technology and Information Systems")).toBe("computer, technology and information systems");
    expect(plainName("Communication orale : écoute active")).toBe("écoute active");
  });
});

describe("calibration", () => {
  it("puts the threshold where misses and false alarms balance", () => {
    const related = Float32Array.from([0.5, 0.6, 0.7, 0.8]);
    const unrelated = Float32Array.from([0.1, 0.2, 0.3, 0.55]);
    // At 0.55 one related pair of four falls below and one unrelated pair of four reaches it.
    expect(equalErrorPoint(related, unrelated)).toBeCloseTo(0.55, 5);
  });

  it("finds pairs in one NOC minor group mostly above the threshold and pairs across broad categories mostly below", () => {
    let within = 0;
    let withinViable = 0;
    let across = 0;
    let acrossViable = 0;
    for (const o of prepared.occupations.filter((_, i) => i % 8 === 0)) {
      for (const r of match(prepared, person(o.code), { explainTop: 0 }).results) {
        if (r.code.slice(0, 4) === o.code.slice(0, 4)) {
          within++;
          if (r.viable) withinViable++;
        } else if (r.code[0] !== o.code[0]) {
          across++;
          if (r.viable) acrossViable++;
        }
      }
    }
    expect(withinViable / within).toBeGreaterThan(0.6);
    expect(acrossViable / across).toBeLessThan(0.4);
  });
});
