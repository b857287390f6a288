import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/routing";
import { Prisma } from "@/generated/prisma/client";
import { searchPlan } from "./terms";

export interface OccupationHit {
  code: string;
  title: string;
  teer: number;
  /** The title that matched best, when it is not the unit group's own. */
  matchedTitle: string | null;
  score: number;
}

export { expandQuery, toPrefixQuery } from "./terms";

/** Titles considered per search at most, so a query matching most titles costs no more than a narrow one. */
export const MAX_CANDIDATES = 2000;

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
  const plan = searchPlan(query);
  if (!plan) return [];
  const { trigramText, rankText, tsquery } = plan;
  // Both conditions are served by GIN indexes (trigram and full text); the
  // trigram one only when some term is long enough to narrow anything.
  const where = trigramText
    ? Prisma.sql`${trigramText} <% t.normalized OR t.search @@ to_tsquery('simple', ${tsquery})`
    : Prisma.sql`t.search @@ to_tsquery('simple', ${tsquery})`;
  const rows = await db().$queryRaw<Row[]>`
    WITH matches AS (
      SELECT t.occupation_code, t.title, t.kind, t.locale,
             word_similarity(${rankText}, t.normalized) AS closeness,
             similarity(${rankText}, t.normalized) AS coverage
      FROM occupation_title t
      WHERE ${where}
      LIMIT ${MAX_CANDIDATES}
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
