import { getFormatter, getTranslations } from "next-intl/server";
import type { ProfessionFrontmatter } from "@/lib/content/schema";
import { rangeShape } from "@/lib/professions/sections";
import { ClaimDates } from "./Freshness";
import { Section } from "./Section";
import { SourceRefs } from "./SourceRefs";

type Step = ProfessionFrontmatter["licensingSteps"][number];

/** The licensing steps in order, each with its approximate time and cost, exams and sources. */
export async function LicensingSteps({ steps, footnotes }: { steps: readonly Step[]; footnotes: Record<string, number> }) {
  const t = await getTranslations("professions.page.steps");
  const tSections = await getTranslations("professions.page.sections");
  const format = await getFormatter();
  const money = (n: number) => format.number(n, { style: "currency", currency: "CAD", currencyDisplay: "narrowSymbol", maximumFractionDigits: 0 });

  const time = ({ minMonths: min, maxMonths: max }: Step["time"]) => {
    const shape = rangeShape(min, max);
    if (shape === "single") return t("months", { count: max });
    return shape === "upTo" ? t("monthsUpTo", { max }) : t("monthsRange", { min, max });
  };
  const cost = (range: Step["cost"]) => {
    if (!range) return t("noCost");
    const shape = rangeShape(range.min, range.max);
    if (shape === "single") return money(range.max);
    return shape === "upTo" ? t("costUpTo", { max: money(range.max) }) : t("costRange", { min: money(range.min), max: money(range.max) });
  };

  return (
    <Section id="steps" title={tSections("steps")}>
      <p className="max-w-prose text-sm">{t("intro")}</p>
      <ol className="space-y-3" data-testid="licensing-steps">
        {steps.map((step, i) => (
          <li key={step.title} className="break-inside-avoid rounded border border-slate-200 p-3">
            <p className="text-sm font-medium text-[var(--color-muted)]">{t("step", { number: i + 1 })}</p>
            <h3 className="text-lg font-semibold">{step.title}</h3>
            <p className="mt-1 max-w-prose">
              {step.description}
              <SourceRefs ids={step.sources} footnotes={footnotes} />
            </p>
            <dl className="mt-2 grid grid-cols-1 gap-2 text-sm sm:grid-cols-2">
              <div className="rounded bg-[var(--color-surface)] p-2">
                <dt className="text-[var(--color-muted)]">{t("time")}</dt>
                <dd className="font-semibold">{time(step.time)}</dd>
              </div>
              <div className="rounded bg-[var(--color-surface)] p-2">
                <dt className="text-[var(--color-muted)]">{t("cost")}</dt>
                <dd className="font-semibold">{cost(step.cost)}</dd>
              </div>
            </dl>
            <p className="mt-1">
              <ClaimDates claim={step} kind="step" />
            </p>
            {step.exams.length ? (
              <div className="mt-2 text-sm">
                <h4 className="font-medium">{t("exams")}</h4>
                <ul className="list-disc pl-5">
                  {step.exams.map((exam) => (
                    <li key={exam}>{exam}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </Section>
  );
}
