import { beforeAll, describe, expect, it } from "vitest";
import { compareOccupations, match, MatchingError, prepare, savedPreparation, type PreparedData } from "../../../lib/matching";
import { readReferenceDataset } from "../../../lib/reference-data/dataset";
import { toEngineInput } from "../../../lib/reference-data/engine-input";

let prepared: PreparedData;
beforeAll(() => {
  prepared = prepare(toEngineInput(readReferenceDataset()));
});

const nurse = { origin: "31301", adjustments: {}, constraints: { acceptRegulated: true } };

describe("targets option", () => {
  it("scores only the named targets, with the same score as in the full ranking", () => {
    const full = match(prepared, nurse, { explainTop: 0 });
    const only = match(prepared, nurse, { targets: ["32101", "21300"], explainTop: 2 });
    expect(only.results.map((r) => r.code).sort()).toEqual(["21300", "32101"]);
    for (const r of only.results) expect(r.score).toBe(full.results.find((f) => f.code === r.code)!.score);
    expect(only.results.every((r) => r.explained)).toBe(true);
  });
});

describe("compareOccupations", () => {
  it("gives both directions, each ranked among every occupation", () => {
    const c = compareOccupations(prepared, "31301", "32101");
    expect(c.forward).toMatchObject({ from: "31301", to: "32101" });
    expect(c.backward).toMatchObject({ from: "32101", to: "31301" });
    const fromRn = match(prepared, nurse, { explainTop: 0 }).results.map((r) => r.code);
    expect(c.forward.rank).toBe(fromRn.indexOf("32101") + 1);
    expect(c.forward.of).toBe(prepared.occupations.length - 1);
    expect(c.forward.target.score).not.toBe(c.backward.target.score);
    expect(c.levels).toHaveLength(prepared.descriptors.length);
    expect(c.levels.every((l) => l.a >= 0 && l.a <= 1 && l.b >= 0 && l.b <= 1)).toBe(true);
  });

  it("refuses unknown codes and a pair of the same occupation", () => {
    expect(() => compareOccupations(prepared, "31301", "99999")).toThrow(MatchingError);
    expect(() => compareOccupations(prepared, "31301", "31301")).toThrow(/two different occupations/);
  });

  it("gives the same result for the same data prepared with saved parts", () => {
    const again = prepare(toEngineInput(readReferenceDataset()), savedPreparation(prepared));
    expect(match(again, nurse, { limit: 20 })).toEqual(match(prepared, nurse, { limit: 20 }));
  });
});
