import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrors, MAX_FIELD_ERRORS, stripControl } from "@/lib/api/parse";
import { boundedFlash, FLASH_BUDGET } from "@/lib/journeys/flash";
import { plansSchema, professionSchema } from "@/lib/journeys/schema";
import { MAX_TERM_LENGTH, MAX_TERMS, searchPlan } from "@/lib/occupations/terms";
import { occupationSearchQuery } from "@/lib/validation/occupations";
import { profileSchema } from "@/lib/matching";

describe("bounded search terms", () => {
  it("drops repeats and little words", () => {
    expect(searchPlan("de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de")).toBeNull();
    expect(searchPlan("technicien de laboratoire de de de")?.terms).toEqual(["technicien", "laboratoire"]);
    expect(searchPlan("nurse nurse nurse")?.terms).toEqual(["nurse"]);
    // One little word may be a word being typed.
    expect(searchPlan("de")?.tsquery).toBe("de:*");
  });

  it("keeps short words out of trigram matching", () => {
    expect(searchPlan("ab cd engineer")).toMatchObject({ terms: ["ab", "cd", "engineer"], trigramText: "engineer", tsquery: "ab & cd & engineer:*" });
    expect(searchPlan("ab cd")?.trigramText).toBe("");
  });

  it("never passes more than a fixed number of bounded terms, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (q) => {
        const plan = searchPlan(q);
        if (!plan) return;
        expect(plan.terms.length).toBeLessThanOrEqual(MAX_TERMS);
        expect(new Set(plan.terms).size).toBe(plan.terms.length);
        for (const t of plan.terms) expect(t.length).toBeLessThanOrEqual(MAX_TERM_LENGTH);
        expect(plan.tsquery).toMatch(/^[\p{L}\p{N}]+(:\*)?( & [\p{L}\p{N}]+(:\*)?)*$/u);
      }),
      { numRuns: 500 },
    );
  });
});

describe("bounded error responses", () => {
  it("reports each field once and at most a fixed number of fields", () => {
    const schema = z.object({ provinces: z.array(z.enum(["ON", "QC"])), a: z.string(), b: z.string() });
    const parsed = schema.safeParse({ provinces: Array.from({ length: 5000 }, () => "XX"), a: 1, b: 2 });
    expect(parsed.success).toBe(false);
    const { fields, total } = fieldErrors(parsed.error!);
    expect(Object.keys(fields).length).toBeLessThanOrEqual(MAX_FIELD_ERRORS);
    expect(total).toBeGreaterThan(MAX_FIELD_ERRORS);
    expect(JSON.stringify(fields).length).toBeLessThan(4000);
  });

  it("refuses a match profile with more provinces than exist, with one error", () => {
    const parsed = profileSchema.safeParse({ origin: "31301", constraints: { provinces: Array.from({ length: 100_000 }, () => "ON") } });
    expect(parsed.success).toBe(false);
    expect(Object.keys(fieldErrors(parsed.error!).fields)).toEqual(["constraints.provinces"]);
  });
});

describe("numbers are digits", () => {
  it.each(["0x10", "1e1", "Infinity", " ", "1.5", "-0x1", "１２"])("the search limit refuses %j", (limit) => {
    expect(occupationSearchQuery.safeParse({ q: "nurse", limit }).success).toBe(false);
  });

  it("the journey refuses 0x10 and 1e1 as whole numbers, and accepts 16", () => {
    const base = { occupation: "31301", country: "France", lastPractised: "2020" };
    expect(professionSchema().safeParse({ ...base, yearsPractised: "0x10" }).success).toBe(false);
    expect(professionSchema().safeParse({ ...base, yearsPractised: "1e1" }).success).toBe(false);
    expect(professionSchema().safeParse({ ...base, yearsPractised: "16" }).success).toBe(true);
    expect(plansSchema().safeParse({ provinces: "ON", test: "ielts", listening: "0x7", reading: "7", writing: "7", speaking: "7" }).success).toBe(false);
  });

  it("the journey refuses a NUL byte in text", () => {
    const parsed = professionSchema().safeParse({ occupation: "31301", country: "Fr\u0000ance", yearsPractised: "3", lastPractised: "2020" });
    expect(parsed.success).toBe(false);
  });
});

describe("the error flash cookie", () => {
  it("stays under the browser's 4 kB whatever was typed", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 60 }), fc.oneof(fc.string({ maxLength: 3000 }), fc.array(fc.string({ maxLength: 200 }), { maxLength: 30 })), { maxKeys: 80 }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 60 }), fc.string({ maxLength: 60 }), { maxKeys: 40 }),
        (values, errors) => {
          const flash = boundedFlash({ kind: "pre-arrival", step: "profession", errors, values });
          expect(encodeURIComponent(JSON.stringify(flash)).length).toBeLessThanOrEqual(FLASH_BUDGET + 200);
          expect(JSON.stringify(flash)).not.toContain("\\u0000");
        },
      ),
      { numRuns: 200 },
    );
  });

  it("keeps what fits, without control characters", () => {
    const flash = boundedFlash({ kind: "pre-arrival", step: "profession", errors: { country: "tooLong" }, values: { country: "Fr\u0000ance", provinces: ["ON"] } });
    expect(flash.values).toEqual({ country: "France", provinces: ["ON"] });
    expect(stripControl("a\u0000b\tc\n")).toBe("ab\tc\n");
  });
});
