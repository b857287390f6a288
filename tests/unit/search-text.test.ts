import { describe, expect, it } from "vitest";
import { normalizeForSearch } from "@/lib/occupations/normalize";
import { expandQuery, toPrefixQuery } from "@/lib/occupations/search";

describe("search text", () => {
  it("folds accents, case and punctuation", () => {
    expect(normalizeForSearch("Infirmier/infirmière AUTORISÉ(E)")).toBe("infirmier infirmiere autorise e");
    expect(normalizeForSearch("  Médecin  de famille ")).toBe("medecin de famille");
  });
  it("spells out common abbreviations", () => {
    expect(expandQuery("lab technologist")).toBe("laboratory technologist");
    expect(expandQuery("rn")).toBe("registered nurse");
  });
  it("builds a prefix query for typing in progress", () => {
    expect(toPrefixQuery("registered nur")).toBe("registered & nur:*");
  });
});
