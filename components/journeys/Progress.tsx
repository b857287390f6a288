import { getTranslations } from "next-intl/server";
import { canShow, type JourneyAnswers, type JourneyKind, type StepId } from "@/lib/journeys/schema";
import { stepHref } from "@/lib/journeys/paths";

/** "Step 2 of 6", as a native progress bar and as a list of the steps (the ones already reachable are links). */
export async function Progress({ kind, locale, steps, current, answers }: { kind: JourneyKind; locale: string; steps: readonly StepId[]; current: StepId; answers: JourneyAnswers }) {
  const t = await getTranslations("journeys");
  const index = steps.indexOf(current) + 1;
  return (
    <nav aria-label={t("progress.label")} className="no-print space-y-2">
      <p id="journey-progress" className="font-medium">
        {t("progress.stepOf", { step: index, total: steps.length, title: t(`steps.${current}.title`) })}
      </p>
      <progress
        aria-labelledby="journey-progress"
        max={steps.length}
        value={index}
        className="h-3 w-full overflow-hidden rounded [&::-moz-progress-bar]:bg-[var(--color-brand)] [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-[var(--color-brand)]"
      />
      <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {steps.map((s, i) => {
          const label = `${i + 1}. ${t(`steps.${s}.short`)}`;
          if (s === current) {
            return (
              <li key={s} aria-current="step" className="font-semibold">
                {label}
              </li>
            );
          }
          return (
            <li key={s}>
              {canShow(kind, s, answers) ? <a className="underline" href={stepHref(locale, kind, s)}>{label}</a> : <span className="text-[var(--color-muted)]">{label}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
