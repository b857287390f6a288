/**
 * The form titles are stored and searched in: lower case, accents removed,
 * punctuation turned into spaces ("Infirmier/infirmière" -> "infirmier
 * infirmiere"), so "ingenieur" finds "ingénieur" and the other way round.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
