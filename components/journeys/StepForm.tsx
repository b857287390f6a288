import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { submitStep } from "@/lib/journeys/actions";
import type { JourneyKind, StepId } from "@/lib/journeys/schema";
import { Button } from "./ui";

/**
 * One step's form: a plain POST to the `submitStep` server action, with the
 * journey, language and step in hidden fields. "Continue" comes first in the
 * markup so Enter in a field moves forward, never back.
 */
export async function StepForm({ kind, locale, step, first, last, children }: { kind: JourneyKind; locale: string; step: StepId; first: boolean; last: boolean; children?: ReactNode }) {
  const t = await getTranslations("journeys.nav");
  return (
    <form action={submitStep} method="post" noValidate className="space-y-6">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="step" value={step} />
      {children}
      <div className="no-print flex flex-wrap gap-3 border-t border-slate-200 pt-4">
        {!last ? (
          <Button name="intent" value="next">
            {t("next")}
          </Button>
        ) : null}
        {!first ? (
          <Button name="intent" value="back" variant="secondary" formNoValidate>
            {t("back")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
