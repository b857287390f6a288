/**
 * French typography in one place: a non-breaking space before : ; ! ? and
 * », after «, and "1er" for the first of a month. Applied to every French
 * message when messages are loaded, to French profession content, and to
 * the engine's French sentences where they are shown, so no text has to
 * carry the spaces by hand. English text is returned unchanged.
 */

const NBSP = "\u00a0";
const NNBSP = "\u202f";
const MONTHS_FR = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";

/** French typography for one string (idempotent). */
export function frenchTypography(text: string): string {
  return (
    text
      // A space (or none, after a letter or digit or a closing mark) before a high punctuation mark becomes a non-breaking one.
      .replace(/[ \u00a0\u202f]+([:»])/g, `${NBSP}$1`)
      .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
      .replace(/([\p{L}\p{N})’”])([;!?])(?=\s|$)/gu, `$1${NNBSP}$2`)
      .replace(/([\p{L})’”])(:)(?=\s|$)/gu, `$1${NBSP}$2`)
      .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
      // "1 mars" -> "1er mars" (a day of the month, not "11 mars" or "21 mars").
      .replace(new RegExp(`(^|[^\\p{N}])1[ \\u00a0](${MONTHS_FR})(?![\\p{L}])`, "gu"), (_, before: string, month: string) => `${before}1er${NBSP}${month}`)
  );
}

/** The text in the page's language with its typography. */
export function typeset(text: string, locale: string): string {
  return locale === "fr" ? frenchTypography(text) : text;
}

/** Every string in a (messages or frontmatter) tree, typeset for French; other values unchanged. */
export function typesetTree<T>(value: T, locale: string): T {
  if (locale !== "fr") return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return frenchTypography(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}
