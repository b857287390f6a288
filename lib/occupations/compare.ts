import "server-only";
import { preparedData } from "@/lib/alternatives/reference";
import { compareOccupations, type Comparison, type PreparedOccupation } from "@/lib/matching";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ChartItem } from "@/components/CompetencyChart";
import { COMPETENCY_FACETS, type ScoredFacet } from "@/lib/matching";

export interface ComparedOccupation extends Pick<PreparedOccupation, "code" | "teer" | "regulated" | "outlook" | "wage"> {
  title: string;
}

export interface ComparisonView {
  a: ComparedOccupation;
  b: ComparedOccupation;
  comparison: Comparison;
  /** Per competency facet, the descriptors either occupation rates highest, both levels side by side. */
  charts: { facet: ScoredFacet; items: ChartItem[] }[];
}

const PER_FACET = 6;

/** Two unit groups side by side, or null when either code is unknown or both are the same. */
export async function getComparison(a: string, b: string, locale: AppLocale): Promise<ComparisonView | null> {
  const prepared = await preparedData();
  const ia = prepared.occupationIndex.get(a);
  const ib = prepared.occupationIndex.get(b);
  if (ia === undefined || ib === undefined || ia === ib) return null;
  const comparison = compareOccupations(prepared, a, b);
  const view = (i: number): ComparedOccupation => {
    const o = prepared.occupations[i]!;
    return { code: o.code, teer: o.teer, regulated: o.regulated, outlook: o.outlook, wage: o.wage, title: locale === "fr" ? o.titleFr : o.titleEn };
  };
  const charts = COMPETENCY_FACETS.map((facet) => {
    const items = comparison.levels
      .map((l, j) => ({ l, d: prepared.descriptors[j]! }))
      .filter(({ d }) => d.facet === facet)
      .toSorted((x, y) => Math.max(y.l.a, y.l.b) - Math.max(x.l.a, x.l.b) || x.d.code.localeCompare(y.d.code))
      .slice(0, PER_FACET)
      .map(({ l, d }) => {
        const level = (v: number) => Math.round(v * d.scaleMax * 10) / 10;
        return {
          code: d.code,
          name: locale === "fr" ? d.nameFr : d.nameEn,
          definition: "",
          percent: Math.round(l.a * 100),
          label: `${level(l.a)} / ${d.scaleMax}`,
          comparePercent: Math.round(l.b * 100),
          compareLabel: `${level(l.b)} / ${d.scaleMax}`,
        };
      });
    return { facet, items };
  });
  return { a: view(ia), b: view(ib), comparison, charts };
}
