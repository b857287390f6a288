import { describe, expect, it } from "vitest";
import { switchedPath } from "@/lib/islands/language";

describe("switchedPath (the language switch)", () => {
  it.each([
    ["/en", "", "fr", "/fr"],
    ["/en/", "", "fr", "/fr"],
    ["/fr/professions/registered-nurses", "", "en", "/en/professions/registered-nurses"],
    ["/en/occupations", "?q=nurse", "fr", "/fr/occupations?q=nurse"],
    ["/en/compare", "?a=31301&b=32101", "fr", "/fr/compare?a=31301&b=32101"],
    ["/fr/workspace/org-1/clients", "?status=active", "en", "/en/workspace/org-1/clients?status=active"],
    // Only a whole first segment is a language.
    ["/english/x", "", "fr", "/fr/english/x"],
  ])("%s%s in %s: %s", (pathname, search, locale, expected) => {
    expect(switchedPath(pathname, search, locale)).toBe(expected);
  });
});
