import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { submitStep } from "@/lib/journeys/actions";
import type { JourneyKind, StepId } from "@/lib/journeys/schema";
import { SubmitButton } from "./SubmitButton";

/**
 * One step's form: a plain POST to the `submitStep` server action, with the
 * journey, language and step in hidden fields. "Continue" comes first in the
 * markup so Enter in a field moves forward, never back.
 */
export async function StepForm({ kind, locale, step, first, last, hidden, children }: { kind: JourneyKind; locale: string; step: StepId; first: boolean; last: boolean; hidden?: Record<string, string>; children?: ReactNode }) {
  const t = await getTranslations("journeys.nav");
  return (
    <form action={submitStep} method="post" noValidate className="space-y-6">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="step" value={step} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div className="no-print flex flex-wrap gap-3 border-t border-slate-200 pt-4">
        {!last ? (
          <SubmitButton name="intent" value="next" pendingLabel={t("saving")}>
            {t("next")}
          </SubmitButton>
        ) : null}
        {!first ? (
          <SubmitButton name="intent" value="back" variant="secondary" formNoValidate pendingLabel={t("saving")}>
            {t("back")}
          </SubmitButton>
        ) : null}
      </div>
    </form>
  );
}
