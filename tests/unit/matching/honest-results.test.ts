import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { match, prepare, type ExplainedTarget, type MatchResult, type PersonProfile, type PreparedData } from "../../../lib/matching";
import { professionKnowledge } from "../../../lib/professions/knowledge";
import { readReferenceDataset } from "../../../lib/reference-data/dataset";
import { toEngineInput } from "../../../lib/reference-data/engine-input";

/**
 * The cases a careful counsellor would check: no training promised in
 * months for licensed work, language as a step rather than a wall, other
 * fields that use real strengths, the assessment outcome and provinces
 * counted, and curated and computed options in one list.
 */

let prepared: PreparedData;
beforeAll(() => {
  prepared = prepare({ ...toEngineInput(readReferenceDataset()), professions: professionKnowledge() });
});

const person = (origin: string, extra: Partial<PersonProfile> = {}): PersonProfile => ({
  origin,
  adjustments: {},
  constraints: { acceptRegulated: true },
  ...extra,
});
const explained = (result: MatchResult) => result.results.filter((r): r is ExplainedTarget => r.explained);
const one = (result: MatchResult, code: string) => {
  const found = explained(result).find((r) => r.code === code);
  if (!found) throw new Error(`${code} is not among the explained results`);
  return found;
};

describe("a registered nurse (31301)", () => {
  it("is promised no months or dollars for work that needs a licence, and told what comes first", () => {
    const result = match(prepared, person("31301"), { targets: ["31302", "31101", "31102"], explainTop: 3 });
    for (const r of explained(result)) {
      expect(r.regulated).toBe(true);
      expect(r.retraining).toBeNull();
      expect(r.licensing).not.toBeNull();
    }
    const np = one(result, "31302");
    expect(np.licensing!.prerequisites.map((p) => p.en).join(" ")).toMatch(/registered nurse first/);
    expect(np.licensing!.prerequisites.map((p) => p.fr).join(" ")).toMatch(/infirmière ou infirmier autorisé/);
    expect(one(result, "31101").licensing!.prerequisites[0]!.en).toMatch(/physician first/);
    // A guide's route for physicians is named, with its time said to be for people trained in it.
    const gp = one(result, "31102");
    expect(gp.licensing!.route?.slug).toBe("physicians");
    expect(gp.licensing!.prerequisites[0]!.en).toMatch(/medical degree first/);
    for (const r of explained(result)) expect(`${r.explanation.en} ${r.licensing!.summary.en}`).not.toMatch(/about \d+ months of training/);
  });

  it("names the advanced-standing route towards practical nursing", () => {
    const lpn = one(match(prepared, person("31301"), { targets: ["32101"], explainTop: 1 }), "32101");
    expect(lpn.licensing!.advancedStanding).toHaveLength(1);
    expect(lpn.licensing!.advancedStanding[0]!.en).toMatch(/internationally educated registered nurses/);
  });

  it("offers no other-field option whose only link is stamina, and reads gaps in plain words", () => {
    const result = match(prepared, person("31301"), { limit: 60, explainTop: 60 });
    for (const r of explained(result)) {
      if (r.kind === "unrelated-field" && r.viable) expect(r.strengthShare).toBeGreaterThanOrEqual(prepared.strengthFloor);
      // Physical demands are one line at most, and no line reads like "needs 4 of 5, you bring 1.7".
      expect(r.gapSummary.filter((g) => g.en.startsWith("Physical demands")).length).toBeLessThanOrEqual(1);
      for (const line of r.gapSummary) expect(line.en).not.toMatch(/\d\.\d|of 5/);
    }
    // Nothing below the viability line that the guide does not name reaches the journeys' groups.
    const weak = explained(result).filter((r) => !r.viable && r.source === "computed");
    for (const r of weak) expect(r.path).toBe("other");
  });

  it("says whether 'you bring' is the person's own answer or an estimate from the profession", () => {
    const plain = one(match(prepared, person("31301"), { targets: ["41200"], explainTop: 1 }), "41200");
    expect(plain.gaps.every((g) => g.source === "profession")).toBe(true);
    expect(plain.gapSummary.some((g) => g.en.includes("estimated from your profession"))).toBe(true);
    const code = plain.gaps[0]!.code;
    const adjusted = one(match(prepared, person("31301", { adjustments: { [code]: 1 } }), { targets: ["41200"], explainTop: 1 }), "41200");
    expect(adjusted.gaps.find((g) => g.code === code)?.source).toBe("answer");
  });

  it("merges the guide's curated options into the list, each labelled", () => {
    const result = match(prepared, person("31301"), { limit: 10, explainTop: 10 });
    const curated = prepared.guides.get("31301")!.curated.map((c) => c.code);
    const codes = result.results.map((r) => r.code);
    for (const code of curated) expect(codes).toContain(code);
    for (const r of explained(result)) {
      expect(r.source === "computed").toBe(!curated.includes(r.code));
      if (r.source !== "computed") expect(r.curated?.entry.en.length).toBeGreaterThan(20);
    }
    expect(result.results.slice(0, 10).some((r) => r.source === "both")).toBe(true);
  });
});

describe("a family physician (31102)", () => {
  it("at CLB 5 still sees health options first, each with a language step", () => {
    const result = match(prepared, person("31102", { constraints: { acceptRegulated: true, languageClb: 5 } }), { limit: 10, explainTop: 10 });
    const top = explained(result).slice(0, 10);
    expect(top.filter((r) => r.code.startsWith("3")).length).toBeGreaterThanOrEqual(8);
    expect(top.every((r) => r.language.personClb === 5)).toBe(true);
    const health = top.find((r) => r.code.startsWith("3") && r.language.levels > 0)!;
    expect(health.language.months).toBeGreaterThan(0);
    expect(health.explanation.en).toMatch(/you have CLB 5: about \d+ months of language training/);
    expect(health.explanation.fr).toMatch(/vous avez le NCLC 5/);
    // The constraint removes nothing.
    const all = match(prepared, person("31102"), { explainTop: 0 });
    const low = match(prepared, person("31102", { constraints: { acceptRegulated: true, languageClb: 5 } }), { explainTop: 0 });
    expect(low.total).toBe(all.total);
  });

  it("after a negative assessment is never told they cover 100%", () => {
    for (const outcome of ["not-eligible", "gaps"] as const) {
      const own = match(prepared, person("31102", { assessment: { outcome } }), { limit: 0 }).ownProfession;
      expect(own.readiness).toBeNull();
      expect(own.assessment).toBe(outcome);
      expect(own.statement.en).not.toMatch(/100\s?%/);
      expect(own.statement.fr).not.toMatch(/100\s?%/);
    }
    const eligible = match(prepared, person("31102", { assessment: { outcome: "eligible" } }), { limit: 0 }).ownProfession;
    expect(eligible.readiness).toBeGreaterThan(0);
    expect(eligible.statement.en).toMatch(/found you eligible/);
    const unassessed = match(prepared, person("31102"), { limit: 0 }).ownProfession;
    expect(unassessed.statement.en).toMatch(/decided by the regulator/);
  });
});

describe("a civil engineer (21300)", () => {
  it("sees at least one option without a licence in the top ten, and the guide's estimators, managers and inspectors", () => {
    const result = match(prepared, person("21300"), { limit: 10, explainTop: 10 });
    const top = explained(result).slice(0, 10);
    expect(top.some((r) => !r.regulated && r.retraining !== null)).toBe(true);
    const codes = result.results.map((r) => r.code);
    for (const code of ["70010", "22233"]) expect(codes).toContain(code);
  });
});

describe("provinces", () => {
  it("say where a licence is needed and the wages there, and change what is estimated", () => {
    const mlt = "32120";
    const bc = one(match(prepared, person("31301", { constraints: { acceptRegulated: true, provinces: ["BC"] } }), { targets: [mlt], explainTop: 1 }), mlt);
    const ab = one(match(prepared, person("31301", { constraints: { acceptRegulated: true, provinces: ["AB"] } }), { targets: [mlt], explainTop: 1 }), mlt);
    expect(bc.provinces[0]).toMatchObject({ province: "BC", licence: "not-required" });
    expect(bc.regulated).toBe(false);
    expect(bc.retraining).not.toBeNull();
    expect(bc.explanation.en).toContain("In British Columbia: no licence is required there");
    expect(bc.explanation.fr).toContain("En Colombie-Britannique\u00a0: aucun permis n'y est exigé");
    expect(ab.provinces[0]).toMatchObject({ province: "AB", licence: "required" });
    expect(ab.regulated).toBe(true);
    expect(ab.retraining).toBeNull();
    expect(ab.provinces[0]!.wage?.median).toBeGreaterThan(0);
    expect(ab.explanation.en).toMatch(/In Alberta: a licence is required there; median wage \$\d+\.\d\d an hour \(\d{4}\)/);
    expect(ab.licensing!.summary.en).toContain("Alberta");
    expect(ab.licensing!.summary.en).not.toMatch(/\b(AB|ON|QC)\b/);
  });
});

describe("properties", () => {
  const codes = () => fc.constantFrom(...prepared.occupations.map((o) => o.code));
  const provinces = fc.subarray(["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"] as const, { minLength: 1, maxLength: 3 });

  it("never gives a licensed target a gap-derived estimate", () => {
    fc.assert(
      fc.property(codes(), fc.option(provinces, { nil: undefined }), (origin, where) => {
        const result = match(prepared, person(origin, { constraints: { acceptRegulated: true, ...(where ? { provinces: where } : {}) } }), { limit: 25, explainTop: 25 });
        for (const r of explained(result)) {
          if (r.regulated) {
            expect(r.retraining).toBeNull();
            expect(r.licensing).not.toBeNull();
          } else {
            expect(r.licensing).toBeNull();
            expect(r.retraining).not.toBeNull();
          }
        }
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it("never removes a result when the person's CLB rises", () => {
    fc.assert(
      fc.property(codes(), fc.integer({ min: 1, max: 11 }), fc.integer({ min: 1, max: 6 }), (origin, clb, rise) => {
        const at = (languageClb: number) =>
          new Set(match(prepared, person(origin, { constraints: { acceptRegulated: true, languageClb } }), { explainTop: 0 }).results.map((r) => r.code));
        const before = at(clb);
        const after = at(Math.min(12, clb + rise));
        for (const code of before) expect(after.has(code)).toBe(true);
      }),
      { numRuns: 25, seed: 12 },
    );
  });

  it("gives the same answer every time", () => {
    fc.assert(
      fc.property(codes(), fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), (origin, languageClb) => {
        const profile = person(origin, { constraints: { acceptRegulated: true, ...(languageClb ? { languageClb } : {}) } });
        expect(match(prepared, profile, { limit: 15 })).toEqual(match(prepared, profile, { limit: 15 }));
      }),
      { numRuns: 20, seed: 13 },
    );
  });
});
