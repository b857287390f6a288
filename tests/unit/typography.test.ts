import { describe, expect, it } from "vitest";
import { frenchTypography, typeset, typesetTree } from "../../lib/i18n/typography";
import fr from "../../lib/i18n/messages/journeys.fr.json";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("French typography", () => {
  it("puts a non-breaking space before : ; ! ? and », and after «", () => {
    expect(frenchTypography("Étape 3 sur 6 : titre")).toBe(`Étape 3 sur 6${NBSP}: titre`);
    expect(frenchTypography("Vraiment? Oui ; non !")).toBe(`Vraiment${NNBSP}? Oui${NNBSP}; non${NNBSP}!`);
    expect(frenchTypography("« bonjour »")).toBe(`«${NBSP}bonjour${NBSP}»`);
    expect(frenchTypography("Note: voir")).toBe(`Note${NBSP}: voir`);
  });

  it("writes the first of the month 1er", () => {
    expect(frenchTypography("jusqu’au 1 mars 2027")).toBe(`jusqu’au 1er${NBSP}mars 2027`);
    expect(frenchTypography("le 11 mars et le 21 juin")).toBe("le 11 mars et le 21 juin");
  });

  it("leaves addresses, times, message syntax and English alone, and is idempotent", () => {
    for (const text of ["https://example.org/a?q=1", "10:30", "{count, plural, one {# an} other {# ans}}"]) expect(frenchTypography(text)).toBe(text);
    expect(typeset("Step 3 of 6: title", "en")).toBe("Step 3 of 6: title");
    const once = frenchTypography("Quoi ? « oui » : le 1 mai");
    expect(frenchTypography(once)).toBe(once);
  });

  it("typesets every French message once loaded, and no message keeps a plain space before high punctuation", () => {
    const typeset = typesetTree(fr, "fr");
    const strings: string[] = [];
    const walk = (v: unknown) => (typeof v === "string" ? strings.push(v) : v && typeof v === "object" ? Object.values(v).forEach(walk) : undefined);
    walk(typeset);
    expect(strings.filter((s) => / [:;!?»]/.test(s) || /« /.test(s))).toEqual([]);
    expect(typeset.journeys.progress.stepOf).toBe(`Étape {step} sur {total}${NBSP}: {title}`);
  });
});
