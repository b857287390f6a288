import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { match, prepare, type PersonProfile, type PreparedData, type ReferenceInput } from "../../../lib/matching";
import { readReferenceDataset } from "../../../lib/reference-data/dataset";
import { toEngineInput } from "../../../lib/reference-data/engine-input";

let input: ReferenceInput;
let prepared: PreparedData;
beforeAll(() => {
  input = toEngineInput(readReferenceDataset());
  prepared = prepare(input);
});

// Arbitraries are built lazily: they need the prepared data.
const origin = () =>
  fc.oneof(fc.constantFrom(...prepared.occupations.map((o) => o.code)), fc.constantFrom(...prepared.profileCodes));

const adjustments = () =>
  fc
    .array(
      fc.record({ j: fc.nat({ max: prepared.descriptors.length - 1 }), share: fc.double({ min: 0, max: 1, noNaN: true }) }),
      { maxLength: 12 },
    )
    .map((items) => {
      const out: Record<string, number> = {};
      for (const { j, share } of items) {
        const desc = prepared.descriptors[j]!;
        out[desc.code] = share * desc.scaleMax;
      }
      return out;
    });

const constraints = () =>
  fc.record(
    {
      acceptRegulated: fc.boolean(),
      languageClb: fc.integer({ min: 1, max: 12 }),
      retrainingMonths: fc.integer({ min: 0, max: 60 }),
      retrainingBudget: fc.integer({ min: 0, max: 40_000 }),
      teerRange: fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
    },
    { requiredKeys: ["acceptRegulated"] },
  );

const profile = () =>
  fc.record({ origin: origin(), adjustments: adjustments(), constraints: constraints() }) as fc.Arbitrary<PersonProfile>;

const inUnit = (x: number) => x >= 0 && x <= 1;

describe("matching invariants", () => {
  it("keeps scores, fits, coverage and every facet in [0, 1]", () => {
    fc.assert(
      fc.property(profile(), (p) => {
        const { results, ownProfession } = match(prepared, p, { explainTop: 5 });
        expect(ownProfession.readiness === null || inUnit(ownProfession.readiness)).toBe(true);
        for (const r of results) {
          expect(inUnit(r.score) && inUnit(r.fit) && inUnit(r.coverage)).toBe(true);
          expect(r.score).toBeLessThanOrEqual(r.fit);
          // Facets are cosines of z-scores (rating families) or of TF-IDF vectors (text): -1..1.
          if (r.explained) for (const value of Object.values(r.facets)) expect(value >= -1 - 1e-6 && value <= 1 + 1e-6).toBe(true);
          if (r.explained) expect(inUnit(r.overqualified.unusedShare)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("never lowers a target's score when the person's level rises on a descriptor it needs", () => {
    fc.assert(
      fc.property(
        profile(),
        fc.nat({ max: 10_000 }),
        fc.nat({ max: 10_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (p, pickTarget, pickDescriptor, a, b) => {
          const base = match(prepared, p, { explainTop: 0 });
          fc.pre(base.results.length > 0);
          const target = base.results[pickTarget % base.results.length]!.code;
          const t = prepared.occupationIndex.get(target)!;
          const d = prepared.descriptors.length;
          const needed = prepared.descriptors.filter((_, j) => prepared.matrix[t * d + j]! > 0);
          const desc = needed[pickDescriptor % needed.length]!;
          const [low, high] = a <= b ? [a, b] : [b, a];
          const scoreAt = (share: number) =>
            match(prepared, { ...p, adjustments: { ...p.adjustments, [desc.code]: share * desc.scaleMax } }, { explainTop: 0 })
              .results.find((r) => r.code === target)!.score;
          expect(scoreAt(high)).toBeGreaterThanOrEqual(scoreAt(low));
        },
      ),
      { numRuns: 80 },
    );
  });

  it("finds no gaps between a profession and itself", () => {
    fc.assert(
      fc.property(origin(), (code) => {
        const { ownProfession } = match(prepared, { origin: code, adjustments: {}, constraints: { acceptRegulated: true } }, { limit: 0 });
        expect(ownProfession.gaps).toEqual([]);
        expect(ownProfession.gapCount).toBe(0);
        expect(ownProfession.readiness).toBe(1);
      }),
      { numRuns: 80 },
    );
  });

  it("orders by score descending, then code ascending, the same way every time", () => {
    fc.assert(
      fc.property(profile(), (p) => {
        const first = match(prepared, p, { explainTop: 3 });
        expect(match(prepared, p, { explainTop: 3 })).toEqual(first);
        first.results.forEach((r, i) => {
          const next = first.results[i + 1];
          if (next) expect(r.score > next.score || (r.score === next.score && r.code < next.code)).toBe(true);
        });
        expect(first.results.some((r) => r.code === first.ownProfession.code)).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it("is directional: some pairs score differently one way and the other", () => {
    const scoreOf = (from: string, to: string) =>
      match(prepared, { origin: from, adjustments: {}, constraints: { acceptRegulated: true } }, { explainTop: 0 }).results.find(
        (r) => r.code === to,
      )!.score;
    // A physician covers what a nurse aide needs; a nurse aide does not cover a physician's requirements.
    expect(scoreOf("31102", "33102")).toBeGreaterThan(scoreOf("33102", "31102"));
    const pairs = fc.sample(fc.tuple(fc.constantFrom(...prepared.occupations), fc.constantFrom(...prepared.occupations)), { numRuns: 30, seed: 7 });
    const asymmetric = pairs.filter(([a, b]) => a.code !== b.code && scoreOf(a.code, b.code) !== scoreOf(b.code, a.code));
    expect(asymmetric.length).toBeGreaterThan(0);
  });

  it("changes neither the profile nor the prepared data", () => {
    const fingerprint = () =>
      [prepared.matrix, prepared.profileMatrix, prepared.norms, prepared.requirementWeights, prepared.text.titlesEn.rowWeight, prepared.zMatrix]
        .map((a) => a.reduce((s, x, i) => s + x * ((i % 97) + 1), 0))
        .join(",");
    const before = fingerprint();
    fc.assert(
      fc.property(profile(), (p) => {
        const copy = structuredClone(p);
        match(prepared, p, { explainTop: 2 });
        expect(p).toEqual(copy);
      }),
      { numRuns: 30 },
    );
    expect(fingerprint()).toBe(before);
    expect(prepared.threshold).toBeGreaterThan(0);
  });

  it("prepare leaves its input as it was", () => {
    const snapshot = JSON.stringify(input);
    prepare(input);
    expect(JSON.stringify(input)).toBe(snapshot);
  });
});
