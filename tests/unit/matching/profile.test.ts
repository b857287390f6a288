import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { profileSchema } from "../../../lib/matching";

/** Paths of the issues zod reports, as "a.b.c". */
function failedPaths(value: unknown): string[] {
  const parsed = profileSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."));
}

describe("profileSchema", () => {
  it("accepts a unit group or an OaSIS profile and fills in the defaults", () => {
    expect(profileSchema.parse({ origin: "31301" })).toEqual({
      origin: "31301",
      adjustments: {},
      constraints: { acceptRegulated: true },
    });
    const full = {
      origin: "21300.00",
      adjustments: { F01a01: 3.5, G01a01: 0 },
      constraints: {
        provinces: ["ON", "QC"],
        languageClb: 7,
        retrainingMonths: 12,
        retrainingBudget: 5000,
        acceptRegulated: false,
        teerRange: [1, 3],
      },
    };
    expect(profileSchema.parse(full)).toEqual(full);
  });

  it.each([
    [{ origin: "3130" }, "origin"],
    [{ origin: "31301.1" }, "origin"],
    [{ origin: "31301", adjustments: { nope: 1 } }, "adjustments.nope"],
    [{ origin: "31301", adjustments: { F01a01: 6 } }, "adjustments.F01a01"],
    [{ origin: "31301", constraints: { provinces: ["XX"] } }, "constraints.provinces.0"],
    [{ origin: "31301", constraints: { languageClb: 13 } }, "constraints.languageClb"],
    [{ origin: "31301", constraints: { teerRange: [4, 2] } }, "constraints.teerRange"],
    [{ origin: "31301", constraints: { retrainingBudget: -1 } }, "constraints.retrainingBudget"],
    [{ origin: "31301", extra: true }, ""],
  ])("rejects %j at %s", (value, path) => {
    expect(failedPaths(value)).toContain(path);
  });

  it("reports a bad constraint at its own field path, whatever else is valid", () => {
    const badField = fc.oneof(
      fc.record({ field: fc.constant("languageClb"), value: fc.oneof(fc.integer({ min: 13 }), fc.integer({ max: 0 }), fc.double({ min: 1.01, max: 11.99, noInteger: true })) }),
      fc.record({ field: fc.constant("retrainingMonths"), value: fc.oneof(fc.double({ max: -0.01, noNaN: true }), fc.string()) }),
      fc.record({ field: fc.constant("acceptRegulated"), value: fc.oneof(fc.string(), fc.integer()) }),
      fc.record({ field: fc.constant("teerRange"), value: fc.tuple(fc.integer({ min: 6 }), fc.integer({ min: 6 })) }),
    );
    fc.assert(
      fc.property(fc.constantFrom("31301", "21300.00"), badField, (origin, { field, value }) => {
        expect(failedPaths({ origin, constraints: { [field]: value } }).some((p) => p.startsWith(`constraints.${field}`))).toBe(true);
      }),
    );
  });

  it("reports an out-of-range adjustment under its descriptor code", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("F01a01", "A01a03", "G08a02", "K04a12"),
        fc.oneof(fc.double({ min: 5.0001, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: -0.0001, noNaN: true })),
        (code, level) => {
          expect(failedPaths({ origin: "31301", adjustments: { [code]: level } })).toContain(`adjustments.${code}`);
        },
      ),
    );
  });
});
