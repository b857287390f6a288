import { normalizeForSearch } from "@/lib/occupations/normalize";

/**
 * Filtering the profession index by a typed title. Pure and free of Node
 * APIs and of heavy imports, so the server (the form without JavaScript) and
 * the unit tests run the same code.
 */

/**
 * What a query is matched against: the title, other titles and summary in the
 * page language, plus the titles in the other language, since people type
 * the title they know in the language they know it in.
 */
export function searchTextOf(parts: {
  title: string;
  otherTitles: readonly string[];
  summary: string;
  otherLanguageTitles?: readonly string[];
}): string {
  return normalizeForSearch([parts.title, ...parts.otherTitles, parts.summary, ...(parts.otherLanguageTitles ?? [])].join(" "));
}

/** The words of a query, normalized like the titles; empty for a blank query. */
export function queryTerms(query: string): string[] {
  return normalizeForSearch(query).split(" ").filter(Boolean);
}

/** True when every word of the query appears in the text (a blank query matches everything). */
export function matchesQuery(searchText: string, query: string): boolean {
  return queryTerms(query).every((term) => searchText.includes(term));
}

/** The entries matching a query, in their original order. */
export function filterProfessions<T extends { searchText: string }>(entries: readonly T[], query: string): T[] {
  return entries.filter((entry) => matchesQuery(entry.searchText, query));
}
