import { getTranslations } from "next-intl/server";
import type { ProfessionFile } from "@/lib/content/load";
import type { JourneyPlan } from "@/lib/journeys/plan";
import { addMonths, type RoadmapItem, type RoadmapPhase, type RoadmapSource } from "@/lib/journeys/roadmap";
import { typeset } from "@/lib/i18n/typography";
import type { ExplainedTarget } from "@/lib/matching";
import { PROVINCE_NAMES } from "@/lib/matching/constants";
import type { JourneyAnswers, JourneyKind } from "@/lib/journeys/schema";
import { AlternativeBody } from "@/components/AlternativeCard";
import { PrintButton } from "@/components/ui/PrintButton";
import { RegulatorsFor } from "./RegulatorsFor";

const money = (n: number, locale: string) => new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA", { style: "currency", currency: "CAD", maximumFractionDigits: 0 }).format(n);

/** Step (c): what practising the profession takes, from its page. */
export async function RealityStep({ locale, answers, profession }: { locale: string; answers: JourneyAnswers; profession: ProfessionFile | null }) {
  const t = await getTranslations("journeys.reality");
  const tp = await getTranslations("journeys.provinces");
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
        {regulatedIn.length ? t("regulatedIn", { provinces: regulatedIn.map((p) => tp(p)).join(", ") }) : t("notRegulatedIn")} {fm.regulation.where}
      </p>
      <RegulatorsFor slug={fm.slug} provinces={provinces} locale={fm.locale} />
      <h3 className="text-lg font-semibold">{t("steps", { count: fm.licensingSteps.length, min: totalMin, max: totalMax })}</h3>
      <ol className="list-decimal space-y-3 pl-5">
        {fm.licensingSteps.map((step) => (
          <li key={step.title}>
            <p className="font-medium">{step.title}</p>
            <p className="text-sm text-[var(--color-muted)]">
              {t("time", { min: step.time.minMonths, max: step.time.maxMonths })}
              {step.cost ? ` · ${t("cost", { min: money(step.cost.min, locale), max: money(step.cost.max, locale) })}` : ""}
            </p>
            <details className="text-sm">
              <summary className="cursor-pointer underline">{t("stepDetails")}</summary>
              <p className="mt-1 max-w-prose">{step.description}</p>
            </details>
          </li>
        ))}
      </ol>
      <details className="max-w-prose">
        <summary className="cursor-pointer text-lg font-semibold">{t("odds")}</summary>
        <p className="mt-2">{fm.odds}</p>
      </details>
      <p className="text-sm">
        {t("checkFees")} <a className="underline" href={`/${locale}/professions/${fm.slug}`}>{t("professionLink", { title: fm.title })}</a>
      </p>
    </div>
  );
}

/** One line on how to get to an option: the licence route's time, the engine's training estimate, or no training. */
function howShort(target: ExplainedTarget, locale: "en" | "fr", t: (key: string, values?: Record<string, string | number>) => string): string {
  const route = target.licensing?.route;
  if (target.licensing) return route ? t("how.licenceRoute", { min: route.minMonths, max: route.maxMonths }) : t("how.licence");
  if (target.retraining && target.retraining.months > 0) return t("how.training", { months: Math.max(1, Math.round(target.retraining.months)), cost: money(target.retraining.costCad, locale) });
  return t("how.none");
}

/** Step (e): the licensing route, then the top options by path in a few lines each; details and "add to my roadmap" per option. */
export async function ResultsStep({ kind, locale, plan, profession, chosen }: { kind: JourneyKind; locale: "en" | "fr"; plan: JourneyPlan; profession: ProfessionFile | null; chosen: readonly string[] }) {
  const t = await getTranslations("journeys.results");
  const own = plan.ownProfession;
  return (
    <div className="space-y-6">
      <section aria-labelledby="licensing-route" className="space-y-2">
        <h3 id="licensing-route" className="text-lg font-semibold">
          {t("licensingTitle")}
        </h3>
        <p className="max-w-prose" data-testid="own-readiness">{typeset(locale === "fr" ? own.statement.fr : own.statement.en, locale)}</p>
        {profession ? (
          <p className="max-w-prose">
            <a className="underline" href={`/${locale}/professions/${profession.frontmatter.slug}`}>{t("professionLink", { title: profession.frontmatter.title })}</a>
          </p>
        ) : null}
        <p className="max-w-prose">{t("planA")}</p>
      </section>
      {kind === "post-assessment" && !plan.groups.some((g) => g.path === "interim") ? <p className="max-w-prose">{t("noInterim")}</p> : null}
      <fieldset className="min-w-0 space-y-6">
        <legend className="text-lg font-semibold">{t("chooseLegend")}</legend>
        {plan.groups.map((group) => (
          <section key={group.path} aria-labelledby={`path-${group.path}`} className="space-y-3">
            <h3 id={`path-${group.path}`} className="text-lg font-semibold">
              {t(`paths.${group.path}`)}
            </h3>
            <ol className="space-y-3">
              {group.targets.map((target) => (
                <li key={target.code} className="rounded border border-slate-300 p-3 [overflow-wrap:anywhere]" data-code={target.code} data-source={target.source}>
                  <h4 id={`option-${target.code}`} className="font-semibold">
                    <a className="underline" href={`/${locale}/occupations/${target.code}`}>
                      {target.title}
                    </a>
                  </h4>
                  <p className="mt-1 text-sm">
                    {t(`source.${target.source}`)} · {howShort(target, locale, t)}
                  </p>
                  <label className="mt-2 flex min-h-11 items-center gap-2">
                    <input type="checkbox" name="option" value={target.code} defaultChecked={chosen.includes(target.code)} aria-describedby={`option-${target.code}`} className="h-5 w-5" />
                    {t("addToRoadmap")}
                  </label>
                  <details className="mt-1">
                    <summary className="cursor-pointer text-sm underline">{t("details")}</summary>
                    <div className="mt-2">
                      <AlternativeBody target={target} locale={locale} headingLevel={4} />
                    </div>
                  </details>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </fieldset>
      <p className="text-xs text-[var(--color-muted)]">{t("versions", { engine: plan.engineVersion, data: plan.dataVersion })}</p>
    </div>
  );
}

/** Step (f): the dated roadmap, printable. */
export async function RoadmapStep({ plan, answers, locale }: { plan: JourneyPlan; answers: JourneyAnswers; locale: "en" | "fr" }) {
  const t = await getTranslations("journeys.roadmap");
  const tp = await getTranslations("journeys.provinces");
  const { start, arrival } = plan.roadmap;
  const month = (offset: number) => {
    const d = addMonths(start, offset);
    return typeset(new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(d.year, d.month - 1, 1))), locale);
  };
  const ends = (to: { min: number; max: number }) => (to.min === to.max ? month(to.min) : t("between", { from: month(to.min), to: month(to.max) }));
  // The roadmap carries province codes; say their names, with the French preposition ("en Alberta", "au Québec").
  const inProvince = (code: string) => {
    const name = PROVINCE_NAMES[code];
    if (!name) return code;
    return locale === "fr" ? name.frIn : `in ${name.en}`;
  };
  const list = (items: string[]) => new Intl.ListFormat(locale === "fr" ? "fr-CA" : "en-CA", { type: "conjunction" }).format(items);
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const valuesOf = (values: Record<string, string | number> | undefined): Record<string, string | number> => {
    if (!values) return {};
    const out = { ...values };
    if (typeof values.provinces === "string") {
      const codes = values.provinces.split(", ");
      out.provinces = list(codes.map((code) => (tp.has(code) ? tp(code) : code)));
      out.inProvinces = locale === "fr" ? list(codes.map(inProvince)) : `in ${list(codes.map((code) => PROVINCE_NAMES[code]?.en ?? code))}`;
    }
    if (typeof values.province === "string") {
      out.inProvince = capital(inProvince(values.province));
      if (tp.has(values.province)) out.province = tp(values.province);
    }
    return out;
  };
  const when = (phase: RoadmapPhase): string | null => {
    if (phase.id === "beforeArrival") return arrival === null ? null : t("until", { to: month(arrival) });
    if (phase.id === "firstMonths" && arrival === null) return t("afterArrival");
    if (phase.from === null) return null;
    return phase.to ? t("fromTo", { from: month(phase.from), to: ends(phase.to) }) : t("from", { from: month(phase.from) });
  };
  const source = (s: RoadmapSource) => (s.kind === "guide" ? t("source.guide", { publisher: s.publisher, year: s.year }) : t(`source.${s.kind}`));
  const meta = (item: RoadmapItem): string | null => {
    const parts: string[] = [];
    if (item.time) parts.push(item.time.min === item.time.max ? t("time.about", { months: item.time.min }) : t("time.range", { min: item.time.min, max: item.time.max }));
    if (item.cost) parts.push(item.cost.min === item.cost.max ? t("cost.about", { cost: money(item.cost.min, locale) }) : t("cost.range", { min: money(item.cost.min, locale), max: money(item.cost.max, locale) }));
    if (item.window) parts.push(t("done", { when: ends({ min: item.window.endMin, max: item.window.endMax }) }));
    if (item.source) parts.push(source(item.source));
    return parts.length ? parts.join(" · ") : null;
  };
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
        {plan.roadmap.phases.map((phase, i) => {
          const dates = when(phase);
          return (
            <li key={phase.id} className="break-inside-avoid border-l-4 border-[var(--color-brand)] pl-4" data-phase={phase.id}>
              <h3 className="text-lg font-semibold">
                <span className="sr-only">{t("phase", { n: i + 1 })} </span>
                {t(`phases.${phase.id}`)}
              </h3>
              {dates ? <p className="text-sm font-medium" data-testid="phase-dates">{dates}</p> : null}
              <ul className="mt-2 list-disc space-y-2 pl-5">
                {phase.items.map((item, j) => {
                  const line = meta(item);
                  return (
                    <li key={`${item.key}-${j}`} data-item={item.key}>
                      {t(`items.${item.key}`, valuesOf(item.values))}
                      {line ? <span className="block text-sm text-[var(--color-muted)]">{line}</span> : null}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
      <p className="text-sm">{t("disclaimer")}</p>
    </div>
  );
}
