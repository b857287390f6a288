import { FIELD_RELATION_LABELS, OUTCOME_KIND_LABELS } from "@/lib/workspace/casework/labels";
import type { OutcomeView } from "@/lib/workspace/casework/service";

/** One line describing an outcome: its kind, the job's NOC code and field, or the language level. */
export function describeOutcome(o: OutcomeView, locale: "en" | "fr", level: (scale: string, value: number) => string): string {
  const parts: string[] = [OUTCOME_KIND_LABELS[locale][o.kind]];
  if (o.noc) parts.push(`${locale === "fr" ? o.noc.titleFr : o.noc.titleEn} (${o.noc.code})`);
  if (o.fieldRelation) parts.push(FIELD_RELATION_LABELS[locale][o.fieldRelation]);
  if (o.level) parts.push(level(o.level.scale, o.level.value));
  return parts.join(" · ");
}
