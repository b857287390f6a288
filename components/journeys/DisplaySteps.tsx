import { getTranslations } from "next-intl/server";
import type { ProfessionFile } from "@/lib/content/load";
import type { JourneyPlan } from "@/lib/journeys/plan";
import type { JourneyAnswers, JourneyKind } from "@/lib/journeys/schema";
import { AlternativeCard } from "@/components/AlternativeCard";
import { PrintButton } from "@/components/ui/PrintButton";
import { RegulatorsFor } from "./RegulatorsFor";

const round1 = (n: number) => Math.round(n * 10) / 10;
const money = (n: number, locale: string) => new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA", { style: "currency", currency: "CAD", maximumFractionDigits: 0 }).format(n);

/** Step (c): what practising the profession takes, from its page. */
export async function RealityStep({ locale, answers, profession }: { locale: string; answers: JourneyAnswers; profession: ProfessionFile | null }) {
  const t = await getTranslations("journeys.reality");
  const occupation = answers.profession!;
  if (!profession) {
    return (
      <div className="space-y-3">
        <p className="max-w-prose">{t("kind")}</p>
        <p className="max-w-prose">{t("noPage", { title: occupation.occupationTitle })}</p>
        <p>
          <a className="underline" href={`/${locale}/occupations/${occupation.occupation}`}>{t("occupationLink", { title: occupation.occupationTitle })}</a>
        </p>
      </div>
    );
  }
  const fm = profession.frontmatter;
  const provinces = answers.plans?.provinces ?? [];
  const regulatedIn = provinces.filter((p) => fm.regulation.provinces.includes(p));
  const totalMin = fm.licensingSteps.reduce((s, x) => s + x.time.minMonths, 0);
  const totalMax = fm.licensingSteps.reduce((s, x) => s + x.time.maxMonths, 0);
  return (
    <div className="space-y-4">
      <p className="max-w-prose">{t("kind")}</p>
      <p className="max-w-prose">{fm.summary}</p>
      <p className="max-w-prose">
        {regulatedIn.length ? t("regulatedIn", { provinces: regulatedIn.join(", ") }) : t("notRegulatedIn")} {fm.regulation.where}
      </p>
      <RegulatorsFor slug={fm.slug} provinces={provinces} locale={fm.locale} />
      <h3 className="text-lg font-semibold">{t("steps", { count: fm.licensingSteps.length, min: totalMin, max: totalMax })}</h3>
      <ol className="list-decimal space-y-3 pl-5">
        {fm.licensingSteps.map((step) => (
          <li key={step.title}>
            <p className="font-medium">{step.title}</p>
            <p className="text-sm">{step.description}</p>
            <p className="text-sm text-[var(--color-muted)]">
              {t("time", { min: step.time.minMonths, max: step.time.maxMonths })}
              {step.cost ? ` · ${t("cost", { min: money(step.cost.min, locale), max: money(step.cost.max, locale) })}` : ""}
            </p>
          </li>
        ))}
      </ol>
      <h3 className="text-lg font-semibold">{t("odds")}</h3>
      <p className="max-w-prose">{fm.odds}</p>
      <p className="text-sm">
        {t("checkFees")} <a className="underline" href={`/${locale}/professions/${fm.slug}`}>{t("professionLink", { title: fm.title })}</a>
      </p>
    </div>
  );
}

/** Step (e): the licensing route and the parallel options, grouped by path. */
export async function ResultsStep({ kind, locale, plan, profession }: { kind: JourneyKind; locale: string; plan: JourneyPlan; profession: ProfessionFile | null }) {
  const t = await getTranslations("journeys.results");
  const own = plan.ownProfession;
  return (
    <div className="space-y-6">
      <section aria-labelledby="licensing-route" className="space-y-2">
        <h3 id="licensing-route" className="text-lg font-semibold">
          {t("licensingTitle")}
        </h3>
        <p className="max-w-prose" data-testid="own-readiness">{locale === "fr" ? own.statement.fr : own.statement.en}</p>
        {profession ? (
          <p className="max-w-prose">
            {t("licensingSteps", { count: profession.frontmatter.licensingSteps.length })}{" "}
            <a className="underline" href={`/${locale}/professions/${profession.frontmatter.slug}`}>{t("professionLink", { title: profession.frontmatter.title })}</a>
          </p>
        ) : null}
        <p className="max-w-prose">{t("planA")}</p>
      </section>
      {kind === "post-assessment" && !plan.groups.some((g) => g.path === "interim") ? <p className="max-w-prose">{t("noInterim")}</p> : null}
      {plan.groups.map((group) => (
        <section key={group.path} aria-labelledby={`path-${group.path}`} className="space-y-3">
          <h3 id={`path-${group.path}`} className="text-lg font-semibold">
            {t(`paths.${group.path}`)}
          </h3>
          <p className="max-w-prose text-sm">{t(`pathIntro.${group.path}`)}</p>
          <ol className="space-y-3">
            {group.targets.map((target) => (
              <AlternativeCard key={target.code} target={target} locale={locale === "fr" ? "fr" : "en"} headingLevel={4} />
            ))}
          </ol>
        </section>
      ))}
      <p className="text-xs text-[var(--color-muted)]">{t("versions", { engine: plan.engineVersion, data: plan.dataVersion })}</p>
    </div>
  );
}

/** Step (f): the roadmap, printable. */
export async function RoadmapStep({ plan, answers }: { plan: JourneyPlan; answers: JourneyAnswers }) {
  const t = await getTranslations("journeys.roadmap");
  const tp = await getTranslations("journeys.provinces");
  // The roadmap carries province codes; say their names.
  const valuesOf = (values: Record<string, string | number> | undefined) =>
    values && typeof values.provinces === "string"
      ? { ...values, provinces: values.provinces.split(", ").map((code) => (tp.has(code) ? tp(code) : code)).join(", ") }
      : values && typeof values.province === "string" && tp.has(values.province)
        ? { ...values, province: tp(values.province) }
        : (values ?? {});
  return (
    <div className="space-y-6">
      <div className="no-print flex flex-wrap items-center gap-3">
        <PrintButton label={t("print")} variant="primary" />
        <noscript>
          <p>{t("printNoJs")}</p>
        </noscript>
      </div>
      <p className="max-w-prose">{t("intro", { title: answers.profession?.occupationTitle ?? "" })}</p>
      <ol className="space-y-6">
        {plan.roadmap.phases.map((phase, i) => (
          <li key={phase.id} className="break-inside-avoid border-l-4 border-[var(--color-brand)] pl-4">
            <h3 className="text-lg font-semibold">
              <span className="sr-only">{t("phase", { n: i + 1 })} </span>
              {t(`phases.${phase.id}`)}
            </h3>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {phase.items.map((item, j) => (
                <li key={`${item.key}-${j}`}>{t(`items.${item.key}`, valuesOf(item.values))}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <p className="text-sm">{t("disclaimer")}</p>
    </div>
  );
}
