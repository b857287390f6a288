import { beforeAll, describe, expect, it } from "vitest";
import { match, prepare, type ExplainedTarget, type MatchResult, type PersonProfile, type PreparedData } from "../../../lib/matching";
import { readReferenceDataset } from "../../../lib/reference-data/dataset";
import { toEngineInput } from "../../../lib/reference-data/engine-input";

let prepared: PreparedData;
beforeAll(() => {
  prepared = prepare(toEngineInput(readReferenceDataset()));
});

const person = (origin: string, adjustments: Record<string, number> = {}): PersonProfile => ({
  origin,
  adjustments,
  constraints: { acceptRegulated: true },
});

/** 1-based rank of `code` in the ranking for `origin` (Infinity when absent). */
function rankOf(result: MatchResult, code: string): number {
  const i = result.results.findIndex((r) => r.code === code);
  return i < 0 ? Infinity : i + 1;
}

function explained(result: MatchResult, code: string): ExplainedTarget {
  const hit = result.results.find((r) => r.code === code);
  if (!hit?.explained) throw new Error(`${code} is not among the explained results`);
  return hit;
}

describe("worked examples a counsellor recognises", () => {
  it("a registered nurse sees licensed practical nursing near the top, as a parallel occupation", () => {
    const result = match(prepared, person("31301"));
    expect(rankOf(result, "32101")).toBeLessThanOrEqual(10);
    const lpn = explained(result, "32101");
    expect(lpn.kind).toBe("similar-scope");
    expect(lpn.teerStep).toBe(1);
    expect(lpn.viable).toBe(true);
  });

  it.each([
    ["21300", "22300"],
    ["21301", "22301"],
    ["21310", "22310"],
  ])("engineer %s sees the technologist counterpart %s in the top 10", (engineer, technologist) => {
    const result = match(prepared, person(engineer));
    expect(rankOf(result, technologist)).toBeLessThanOrEqual(10);
    expect(explained(result, technologist).kind).toBe("similar-scope");
  });

  it.each(["41220", "41221"])("teacher %s sees early childhood education and teacher assistants in the top 20", (teacher) => {
    const result = match(prepared, person(teacher));
    expect(rankOf(result, "42202")).toBeLessThanOrEqual(20);
    expect(rankOf(result, "43100")).toBeLessThanOrEqual(20);
    // Teacher assistant work needs less formal training and no licence: a quick interim option.
    expect(explained(result, "43100").path).toBe("interim");
  });

  it("a medical laboratory technologist sees a quality-control or inspection role in the top 20", () => {
    // Quality control: 22100 (chemical processing QC technologist, brewery technician),
    // 22110 (microbiology QC technologist), 94143 (food and beverage testers), 21101
    // (QC chemist). Inspection: 21120 (food inspector), 22111 (food products inspector).
    const result = match(prepared, person("32120"));
    const roles = ["22100", "22110", "94143", "21101", "21120", "22111"];
    expect(Math.min(...roles.map((code) => rankOf(result, code)))).toBeLessThanOrEqual(20);
  });

  it("a nurse whose work matched LPN scope sees LPN as better matched than their own profession", () => {
    // What they actually did: wherever the LPN level is below the RN level, the LPN level.
    const d = prepared.descriptors.length;
    const rn = prepared.occupationIndex.get("31301")!;
    const lpn = prepared.occupationIndex.get("32101")!;
    const adjustments: Record<string, number> = {};
    prepared.descriptors.forEach((desc, j) => {
      const own = prepared.matrix[rn * d + j]!;
      const parallel = prepared.matrix[lpn * d + j]!;
      if (desc.facet !== "workContext" && parallel < own) adjustments[desc.code] = Math.round(parallel * desc.scaleMax * 100) / 100;
    });
    const result = match(prepared, person("31301", adjustments));
    expect(result.ownProfession.readiness).toBeLessThan(1);
    expect(result.ownProfession.gaps.length).toBeGreaterThan(0);
    const target = explained(result, "32101");
    expect(target.path).toBe("better-matched");
    expect(target.coverage).toBeGreaterThan(result.ownProfession.readiness!);
    expect(rankOf(result, "32101")).toBeLessThanOrEqual(10);
  });

  it("explains in both languages, naming what transfers and what to build up", () => {
    const result = match(prepared, person("31301"));
    const lpn = explained(result, "32101");
    expect(lpn.transfers.length).toBeGreaterThan(0);
    expect(lpn.explanation.en).toContain("Licensed practical nurses");
    expect(lpn.explanation.fr).toContain("Infirmiers auxiliaires");
    expect(lpn.explanation.en).toMatch(/carries over/);
    expect(lpn.explanation.fr).toMatch(/se transpose/);
  });
});
