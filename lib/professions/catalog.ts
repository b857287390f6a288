import { FIELDS } from "@/lib/content/schema";

/** The profession index: one entry per profession, grouped by field. */

export type Field = (typeof FIELDS)[number];

export interface ProfessionEntry {
  slug: string;
  title: string;
  field: Field;
  summary: string;
  otherTitles: string[];
  nocCodes: string[];
  /** Normalized text the filter looks in (see `searchTextOf` in ./filter). */
  searchText: string;
}

export interface FieldGroup<T> {
  field: Field;
  entries: T[];
}

/** Entries grouped by field, fields in their fixed order, empty fields left out. */
export function groupByField<T extends { field: Field }>(entries: readonly T[]): FieldGroup<T>[] {
  return FIELDS.map((field) => ({ field, entries: entries.filter((entry) => entry.field === field) })).filter(
    (group) => group.entries.length > 0,
  );
}
