import { describe, expect, it } from "vitest";
import { indicatorsCsv, indicatorsQuerySchema, publish, quartersOf, resolveRange } from "@/lib/workspace/indicators/service";

describe("ranges and quarters", () => {
  it("by default, the last eight quarters up to the end day", () => {
    expect(resolveRange({ to: "2026-12-01" })).toEqual({ from: "2025-01-01", to: "2026-12-01" });
    expect(quartersOf(resolveRange({ to: "2026-12-01" })).map((q) => q.quarter)).toEqual(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
  });

  it("each quarter is read at its last day, the current one at the range's end; never more than eight", () => {
    expect(quartersOf({ from: "2025-12-01", to: "2026-05-10" })).toEqual([
      { quarter: "2025-Q4", asOf: "2025-12-31" },
      { quarter: "2026-Q1", asOf: "2026-03-31" },
      { quarter: "2026-Q2", asOf: "2026-05-10" },
    ]);
    expect(quartersOf({ from: "2020-01-01", to: "2026-05-10" })).toHaveLength(8);
  });

  it("refuses a start after the end and more than ten years", () => {
    expect(indicatorsQuerySchema.safeParse({ from: "2026-02-01", to: "2026-01-01" }).success).toBe(false);
    expect(indicatorsQuerySchema.safeParse({ from: "2010-01-01", to: "2026-01-01" }).success).toBe(false);
    expect(indicatorsQuerySchema.safeParse({ from: "2026-13-01" }).success).toBe(false);
  });
});

describe("publishing", () => {
  const raw = {
    statuses: { intake: 3, active: 40, "on-hold": 6, inactive: 7, discharged: 10 },
    origins: [
      { code: "31301", titleEn: "Registered nurses", titleFr: "Infirmiers", n: 50 },
      { code: "=cmd", titleEn: "=HYPERLINK(\"x\")", titleFr: "x", n: 12 },
      { code: null, titleEn: null, titleFr: null, n: 4 },
    ],
    milestone: { cohort: 30, reached: 27, p25: 20.5, median: 60, p75: 120.25 },
    jobs: [{ quarter: "2026-Q3", asOf: "2026-09-30", counts: { field: 10, related: 2, unrelated: 8, survival: 9 } }],
    referrals: { mentor: { made: 9, completed: 6 } },
  };

  it("suppresses every small count and what would give it away, and only shows days when enough clients reached a milestone", () => {
    const data = publish({ from: "2026-01-01", to: "2026-09-30" }, raw);
    expect(data.caseload.statuses.find((s) => s.status === "intake")!.cell.state).toBe("small");
    // 3 alone is small: the next smallest (6) is hidden with it.
    expect(data.caseload.statuses.find((s) => s.status === "on-hold")!.cell.state).toBe("hidden");
    expect(data.caseload.total).toEqual({ value: 66, state: "shown" });
    // 27 of 30 reached: the 3 not yet is small, so the 27 is hidden and no days are shown.
    expect(data.milestone).toMatchObject({ reached: { state: "hidden" }, notYet: { state: "small" }, days: null });
    expect(data.employment[0]!.cells.related.state).toBe("small");
    expect(data.employment[0]!.cells.unrelated.state).toBe("hidden");
    expect(data.employment[0]!.shares.field).toBe(34.5);
    expect(data.referrals.find((r) => r.kind === "mentor")).toMatchObject({ made: { value: 9 }, completed: { state: "hidden" }, notCompleted: { state: "small" }, rate: null });
    expect(data.referrals.find((r) => r.kind === "employer")!.made.state).toBe("small");
  });

  it("as CSV: <5 and x, a legend, French labels, and no cell a spreadsheet would run as a formula", () => {
    const data = publish({ from: "2026-01-01", to: "2026-09-30" }, raw);
    const csv = indicatorsCsv(data, "fr", (s) => s, (k) => k);
    expect(csv.split("\r\n")[0]).toBe("indicateur,période,groupe,mesure,valeur");
    expect(csv).toContain("dossiers par statut,2026-01-01/2026-09-30,intake,,<5");
    expect(csv).toContain("dossiers par statut,2026-01-01/2026-09-30,on-hold,,x");
    expect(csv).toContain("dossiers par profession,2026-01-01/2026-09-30,non indiquée,,<5");
    expect(csv).toMatch(/,"'=cmd x",|,'=cmd x,/);
    expect(csv).toContain("moins de 5 personnes");
    expect(csv.split("\r\n").every((line) => !/(^|,)[=+@]/.test(line))).toBe(true);
  });
});
