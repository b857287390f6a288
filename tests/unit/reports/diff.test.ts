import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffReports, isEmptyDiff, type DiffOption, type DiffSide } from "@/lib/workspace/reports/diff";

const gap = (code: string) => ({ code, nameEn: `Skill ${code}`, nameFr: `Compétence ${code}` });
const option = (code: string, rank: number, gaps: string[] = []): DiffOption => ({ code, rank, titleEn: `Job ${code}`, titleFr: `Emploi ${code}`, gaps: gaps.map(gap) });
const side = (version: number, options: DiffOption[], answers: Record<string, unknown> = { origin: "31301" }, engine = "engine-1", data = "data-1"): DiffSide => ({
  version,
  engineVersion: engine,
  dataVersion: data,
  answers,
  options,
});

describe("diffReports: worked examples", () => {
  it("names options that appeared, left and moved, with both ranks", () => {
    const prev = side(1, [option("31102", 1), option("32101", 2), option("41300", 3)]);
    const next = side(2, [option("32101", 1), option("31102", 2), option("42201", 3)]);
    const d = diffReports(prev, next);
    expect(d.fromVersion).toBe(1);
    expect(d.toVersion).toBe(2);
    expect(d.appeared).toEqual([{ code: "42201", titleEn: "Job 42201", titleFr: "Emploi 42201", rank: 3 }]);
    expect(d.left).toEqual([{ code: "41300", titleEn: "Job 41300", titleFr: "Emploi 41300", rank: 3 }]);
    expect(d.moved).toEqual([
      { code: "32101", titleEn: "Job 32101", titleFr: "Emploi 32101", from: 2, to: 1 },
      { code: "31102", titleEn: "Job 31102", titleFr: "Emploi 31102", from: 1, to: 2 },
    ]);
    expect(d.unchanged).toBe(0);
    expect(d.engine).toBeNull();
    expect(d.data).toBeNull();
  });

  it("reports gaps closed and opened per option present in both", () => {
    const prev = side(3, [option("32101", 1, ["A01a01", "K02b01"]), option("31102", 2, ["F01c01"])]);
    const next = side(4, [option("32101", 1, ["K02b01", "F04b01"]), option("31102", 2, ["F01c01"])]);
    const d = diffReports(prev, next);
    expect(d.gaps).toEqual([{ code: "32101", titleEn: "Job 32101", titleFr: "Emploi 32101", closed: [gap("A01a01")], opened: [gap("F04b01")] }]);
    expect(d.unchanged).toBe(2);
    expect(d.moved).toEqual([]);
  });

  it("says when the engine or the data changed, and which answers", () => {
    const prev = side(1, [option("32101", 1)], { origin: "31301", languageClb: 6, constraints: { acceptRegulated: true, retrainingMonths: 12 } }, "e1", "d1");
    const next = side(2, [option("32101", 1)], { origin: "31301", languageClb: 8, constraints: { retrainingMonths: 12, acceptRegulated: true } }, "e2", "d1");
    const d = diffReports(prev, next);
    expect(d.engine).toEqual({ from: "e1", to: "e2" });
    expect(d.data).toBeNull();
    // Key order does not count as a change.
    expect(d.answers).toEqual(["languageClb"]);
    expect(isEmptyDiff(d)).toBe(false);
  });

  it("finds nothing between a version and itself", () => {
    const s = side(1, [option("32101", 1, ["A01a01"]), option("31102", 2)]);
    const d = diffReports(s, { ...s, version: 2 });
    expect(isEmptyDiff(d)).toBe(true);
    expect(d.unchanged).toBe(2);
  });

  it("keeps only the gap's code and names (not its levels)", () => {
    const prev = side(1, [option("32101", 1, [])]);
    const next = side(2, [{ ...option("32101", 1), gaps: [{ ...gap("A01a01"), requiredLevel: 3, personLevel: 1 } as ReturnType<typeof gap>] }]);
    expect(diffReports(prev, next).gaps[0]!.opened).toEqual([gap("A01a01")]);
  });
});

// A version: distinct five-digit codes, ranked 1..n in a shuffled order, each with a few gap codes.
const codes = fc.uniqueArray(fc.integer({ min: 10000, max: 10060 }).map(String), { maxLength: 25 });
const gapCodes = fc.uniqueArray(fc.constantFrom("A01a01", "A01a02", "K02b01", "F01c01", "F04b01", "G10a02"), { maxLength: 4 });
const version = (n: number) =>
  fc.tuple(codes, fc.array(gapCodes, { minLength: 25, maxLength: 25 })).map(([cs, gs]) => side(n, cs.map((c, i) => option(c, i + 1, gs[i]!))));

describe("diffReports: properties", () => {
  it("accounts for every option once: appeared + moved + unchanged = next, left + moved + unchanged = previous", () => {
    fc.assert(
      fc.property(version(1), version(2), (prev, next) => {
        const d = diffReports(prev, next);
        expect(d.appeared.length + d.moved.length + d.unchanged).toBe(next.options.length);
        expect(d.left.length + d.moved.length + d.unchanged).toBe(prev.options.length);
        const nextCodes = new Set(next.options.map((o) => o.code));
        const prevCodes = new Set(prev.options.map((o) => o.code));
        for (const o of d.appeared) expect(prevCodes.has(o.code)).toBe(false);
        for (const o of d.left) expect(nextCodes.has(o.code)).toBe(false);
        for (const o of d.moved) expect(o.from).not.toBe(o.to);
      }),
    );
  });

  it("is symmetric: swapping the versions swaps appeared with left, from with to, closed with opened", () => {
    fc.assert(
      fc.property(version(1), version(2), (a, b) => {
        const ab = diffReports(a, b);
        const ba = diffReports(b, a);
        expect(ba.appeared.map((o) => o.code).sort()).toEqual(ab.left.map((o) => o.code).sort());
        expect(ba.left.map((o) => o.code).sort()).toEqual(ab.appeared.map((o) => o.code).sort());
        expect(ba.moved.map((m) => `${m.code}:${m.to}>${m.from}`).sort()).toEqual(ab.moved.map((m) => `${m.code}:${m.from}>${m.to}`).sort());
        const flip = (g: (typeof ab.gaps)[number]) => `${g.code}:${g.opened.map((x) => x.code).join("+")}|${g.closed.map((x) => x.code).join("+")}`;
        const same = (g: (typeof ab.gaps)[number]) => `${g.code}:${g.closed.map((x) => x.code).join("+")}|${g.opened.map((x) => x.code).join("+")}`;
        expect(ba.gaps.map(same).sort()).toEqual(ab.gaps.map(flip).sort());
      }),
    );
  });

  it("finds no change between a version and a copy of it, and never changes its inputs", () => {
    fc.assert(
      fc.property(version(1), (a) => {
        const copy = structuredClone(a);
        const d = diffReports(a, { ...structuredClone(a), version: 2 });
        expect(isEmptyDiff(d)).toBe(true);
        expect(a).toEqual(copy);
      }),
    );
  });
});
