import { normalizeForSearch } from "./normalize";

/**
 * Turns what a person typed into a bounded search: whatever the input, the
 * database sees at most MAX_TERMS distinct words of at most MAX_TERM_LENGTH
 * characters, so every search costs the same order of work.
 */

/** Abbreviations people type that the titles spell out. */
export const ABBREVIATIONS: Record<string, string> = {
  lab: "laboratory",
  labo: "laboratoire",
  tech: "technician",
  rn: "registered nurse",
  lpn: "licensed practical nurse",
  rpn: "registered practical nurse",
  md: "physician",
  gp: "general practitioner",
  ece: "early childhood educator",
  cpa: "accountant",
  it: "information technology",
};

/**
 * Words found in thousands of titles ("technicien de laboratoire",
 * "manager of ..."): they narrow nothing and would make every title a
 * candidate, so they are left out unless they are all there is.
 */
export const STOP_WORDS = new Set([
  "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
  "au", "aux", "d", "dans", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "par", "pour", "sur", "un", "une",
]);

export const MAX_INPUT_LENGTH = 100;
export const MAX_TERMS = 6;
export const MAX_TERM_LENGTH = 30;
/** Trigram similarity on shorter words matches nearly every title; they only take part as words. */
export const MIN_TRIGRAM_TERM_LENGTH = 3;
/** A word typed in progress is matched as a prefix from this length. */
export const MIN_PREFIX_LENGTH = 2;

export function expandQuery(normalized: string): string {
  return normalized
    .split(" ")
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(" ");
}

/** Words ANDed, the last one as a prefix, for search as you type. */
export function toPrefixQuery(normalized: string): string {
  const words = normalized.split(" ").filter(Boolean);
  return words.map((w, i) => (i === words.length - 1 && w.length >= MIN_PREFIX_LENGTH ? `${w}:*` : w)).join(" & ");
}

export interface SearchPlan {
  /** The distinct words searched, in typed order (the last one may be a prefix). */
  terms: string[];
  /** Text compared by trigram similarity: the terms long enough for it, or "" for none. */
  trigramText: string;
  /** Text the ranking compares titles to. */
  rankText: string;
  /** A `to_tsquery('simple', ...)` expression over the terms. */
  tsquery: string;
}

/** The bounded search for a query, or null when nothing searchable is left. */
export function searchPlan(query: string): SearchPlan | null {
  const normalized = expandQuery(normalizeForSearch(query.slice(0, MAX_INPUT_LENGTH)));
  const words = normalized.split(" ").filter(Boolean).map((w) => w.slice(0, MAX_TERM_LENGTH));
  const distinct = [...new Set(words)];
  const meaningful = distinct.filter((w) => !STOP_WORDS.has(w));
  // Only little words: one may be a word being typed ("de" for "dentist"); several ("de la de") search nothing.
  if (!meaningful.length && words.length > 1) return null;
  const terms = (meaningful.length ? meaningful : distinct.slice(-1)).slice(0, MAX_TERMS);
  if (!terms.length || terms.join(" ").length < 2) return null;
  const trigramText = terms.filter((w) => w.length >= MIN_TRIGRAM_TERM_LENGTH).join(" ");
  return { terms, trigramText, rankText: terms.join(" "), tsquery: toPrefixQuery(terms.join(" ")) };
}
