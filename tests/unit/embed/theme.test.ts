import { describe, expect, it } from "vitest";
import { contrast, contrastProblems, DEFAULT_THEME, onPrimary, storedTheme, themeSchema, themeStyle, withOverrides } from "@/lib/embed/theme";

describe("embed theme", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    // #767676 on white is the classic 4.54:1.
    expect(contrast("#767676", "#ffffff")).toBeGreaterThan(4.5);
    expect(contrast("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it("accepts the default and a readable custom theme, lower-casing colours", () => {
    expect(themeSchema.parse(DEFAULT_THEME)).toEqual(DEFAULT_THEME);
    expect(themeSchema.parse({ primary: "#7A1F5C", text: "#111111", background: "#FFFDF8", radius: 12, font: "serif" })).toEqual({
      primary: "#7a1f5c",
      text: "#111111",
      background: "#fffdf8",
      radius: 12,
      font: "serif",
    });
  });

  it("refuses malformed values, naming the field", () => {
    for (const [field, value] of [
      ["primary", "red"],
      ["primary", "#fff"],
      ["text", "#12345g"],
      ["background", "url(x)"],
      ["radius", 25],
      ["radius", -1],
      ["radius", 2.5],
      ["font", "Comic Sans MS"],
      ["font", "x; background: url(evil)"],
    ] as const) {
      const result = themeSchema.safeParse({ ...DEFAULT_THEME, [field]: value });
      expect(result.success, `${field}=${value}`).toBe(false);
      expect(result.error!.issues[0]!.path).toEqual([field]);
    }
  });

  it("refuses text or links below AA 4.5:1 and says the ratio", () => {
    const grey = themeSchema.safeParse({ ...DEFAULT_THEME, text: "#999999" });
    expect(grey.success).toBe(false);
    expect(grey.error!.issues[0]!.path).toEqual(["text"]);
    expect(grey.error!.issues[0]!.message).toMatch(/2\.8\d?:1.*4\.5:1/);
    const pale = themeSchema.safeParse({ ...DEFAULT_THEME, primary: "#88ccff" });
    expect(pale.success).toBe(false);
    expect(pale.error!.issues[0]!.path).toEqual(["primary"]);
    expect(contrastProblems({ primary: "#0b5563", text: "#ffffff", background: "#1b1f23" })).toEqual([{ field: "primary", ratio: expect.any(Number) }]);
  });

  it("puts readable text on buttons whatever the primary colour", () => {
    for (const primary of ["#000000", "#ffffff", "#777777", "#0b5563", "#ffcc00", "#3366ff"]) {
      expect(contrast(primary, onPrimary(primary))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("applies valid snippet overrides and ignores invalid or unreadable ones", () => {
    expect(withOverrides(DEFAULT_THEME, { primary: "#7a1f5c", radius: "0", font: "serif" })).toMatchObject({ primary: "#7a1f5c", radius: 0, font: "serif" });
    expect(withOverrides(DEFAULT_THEME, { primary: "javascript:alert(1)", radius: "99", font: "fantasy" })).toEqual(DEFAULT_THEME);
    // White text on the default white background would be unreadable: the colours stay the organization's.
    expect(withOverrides(DEFAULT_THEME, { text: "#ffffff" })).toEqual(DEFAULT_THEME);
    // Together, a dark background with light text is readable.
    expect(withOverrides(DEFAULT_THEME, { text: "#ffffff", background: "#111111", primary: "#ffcc00" })).toMatchObject({ text: "#ffffff", background: "#111111", primary: "#ffcc00" });
  });

  it("falls back to the default for a stored theme that is missing or no longer valid", () => {
    expect(storedTheme(null)).toEqual(DEFAULT_THEME);
    expect(storedTheme({ primary: "#7a1f5c" })).toEqual({ ...DEFAULT_THEME, primary: "#7a1f5c" });
    expect(storedTheme({ text: "#ffffff" })).toEqual(DEFAULT_THEME);
  });

  it("turns a theme into CSS custom properties only", () => {
    const style = themeStyle({ ...DEFAULT_THEME, font: "serif", radius: 8 });
    expect(Object.keys(style).every((k) => k.startsWith("--embed-"))).toBe(true);
    expect(style["--embed-radius"]).toBe("8px");
    expect(style["--embed-font"]).toMatch(/serif$/);
  });
});
