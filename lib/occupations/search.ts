import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/routing";
import { normalizeForSearch } from "./normalize";

export interface OccupationHit {
  code: string;
  title: string;
  teer: number;
  /** The title that matched best, when it is not the unit group's own. */
  matchedTitle: string | null;
  score: number;
}

/** Abbreviations people type that the titles spell out. */
const ABBREVIATIONS: Record<string, string> = {
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

export function expandQuery(normalized: string): string {
  return normalized
    .split(" ")
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(" ");
}

/** Words ANDed, the last one as a prefix, for search as you type. */
export function toPrefixQuery(normalized: string): string {
  const words = normalized.split(" ").filter(Boolean);
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(" & ");
}

interface Row {
  code: string;
  title_en: string;
  title_fr: string;
  teer: number;
  best_title: string;
  best_kind: string;
  score: number;
}

/**
 * Searches every title (unit-group and example titles, English and French)
 * with PostgreSQL trigram similarity (typos, accents already folded) and
 * full-text prefix matching (word order, typing in progress). An
 * occupation's score is its best title's closeness, plus how much of that
 * title the query covers, plus a little for many matching titles and for
 * matching the unit group's own name.
 */
export const searchOccupations = cache(async (query: string, locale: AppLocale, limit: number): Promise<OccupationHit[]> => {
  const normalized = expandQuery(normalizeForSearch(query));
  if (normalized.length < 2) return [];
  const rows = await db().$queryRaw<Row[]>`
    WITH matches AS (
      SELECT t.occupation_code, t.title, t.kind, t.locale,
             word_similarity(${normalized}, t.normalized) AS closeness,
             similarity(${normalized}, t.normalized) AS coverage
      FROM occupation_title t
      WHERE ${normalized} <% t.normalized
         OR t.search @@ to_tsquery('simple', ${toPrefixQuery(normalized)})
    ), ranked AS (
      SELECT occupation_code,
             max(closeness) + 0.3 * max(coverage) + 0.05 * ln(1 + count(*))
               + CASE WHEN bool_or(kind = 'unit-group' AND closeness > 0.6) THEN 0.1 ELSE 0 END AS score,
             (array_agg(title ORDER BY closeness + coverage DESC, (locale = ${locale}) DESC, title))[1] AS best_title,
             (array_agg(kind ORDER BY closeness + coverage DESC, (locale = ${locale}) DESC, title))[1] AS best_kind
      FROM matches
      GROUP BY occupation_code
    )
    SELECT o.code, o.title_en, o.title_fr, o.teer, r.best_title, r.best_kind, r.score::float8 AS score
    FROM ranked r JOIN occupation o ON o.code = r.occupation_code
    ORDER BY r.score DESC, o.code
    LIMIT ${limit}`;
  return rows.map((r) => {
    const title = locale === "fr" ? r.title_fr : r.title_en;
    return {
      code: r.code,
      title,
      teer: r.teer,
      matchedTitle: r.best_kind === "example" && r.best_title !== title ? r.best_title : null,
      score: Math.round(r.score * 1000) / 1000,
    };
  });
});
