import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CompetencyChart } from "@/components/CompetencyChart";
import { Link } from "@/lib/i18n/navigation";
import { alternates } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";
import { typeset } from "@/lib/i18n/typography";
import { getComparison } from "@/lib/occupations/compare";
import { searchOccupations, type OccupationHit } from "@/lib/occupations/search";
import { compareQuery } from "@/lib/validation/compare";
import type { Direction, NamedDescriptor } from "@/lib/matching";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const EXAMPLES = [
  ["31301", "32101", "exampleNurses"],
  ["21300", "22300", "exampleEngineers"],
  ["41220", "42202", "exampleTeachers"],
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "compare" });
  return { title: t("title"), description: t("intro"), alternates: alternates("/compare") };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("compare");
  const to = await getTranslations("occupation");
  const format = await getFormatter();
  const raw = await searchParams;
  const a = typeof raw.a === "string" ? raw.a : "";
  const b = typeof raw.b === "string" ? raw.b : "";
  const asked = a !== "" || b !== "";
  const parsed = compareQuery.safeParse({ a, b });
  const view = parsed.success && isLocale(locale) ? await getComparison(parsed.data.a, parsed.data.b, locale) : null;
  // Search by title for the other occupation (the occupation search), keeping the one already chosen.
  const q = typeof raw.q === "string" ? raw.q.trim().slice(0, 100) : "";
  const keep = /^\d{5}$/.test(a) ? a : "";
  const hits: OccupationHit[] = q.length >= 2 && isLocale(locale) ? [...(await searchOccupations(q, locale, 8))].filter((h) => h.code !== keep) : [];
  const fr = locale === "fr";
  const list = (items: readonly NamedDescriptor[]) =>
    format.list(items.slice(0, 3).map((d) => (fr ? d.nameFr : d.nameEn).toLowerCase()), { type: "conjunction" });
  const teerLabel = (teer: number) => to(`teerLabels.${teer}` as "teerLabels.1");

  const directionText = (d: Direction, fromTitle: string, toTitle: string) => [
    t("rank", { from: fromTitle, to: toTitle, rank: d.rank, of: d.of, percent: Math.round(d.target.score * 100) }),
    d.target.gaps.length ? t("asksMore", { to: toTitle, from: fromTitle, list: list(d.target.gaps) }) : t("noDifference"),
    d.target.overqualified.descriptors.length ? t("usesLess", { from: fromTitle, to: toTitle, list: list(d.target.overqualified.descriptors) }) : null,
  ];

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>

      <form method="get" className="no-print grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <div>
          <label htmlFor="compare-a" className="mb-1 block font-medium">{t("formA")}</label>
          <input id="compare-a" name="a" defaultValue={a} inputMode="numeric" autoComplete="off" aria-describedby="compare-hint" className="w-full rounded border border-slate-500 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="compare-b" className="mb-1 block font-medium">{t("formB")}</label>
          <input id="compare-b" name="b" defaultValue={b} inputMode="numeric" autoComplete="off" aria-describedby="compare-hint" className="w-full rounded border border-slate-500 px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-[var(--color-brand)] px-4 py-2 font-medium text-white">{t("submit")}</button>
        <p id="compare-hint" className="text-sm text-[var(--color-muted)] sm:col-span-3">{t("hint")}</p>
      </form>

      <form method="get" role="search" className="no-print space-y-2 rounded bg-[var(--color-surface)] p-3">
        {keep ? <input type="hidden" name="a" value={keep} /> : null}
        <label htmlFor="compare-q" className="block font-medium">{keep ? t("searchSecond", { code: keep }) : t("searchFirst")}</label>
        <p id="compare-q-hint" className="text-sm text-[var(--color-muted)]">{t("searchHint")}</p>
        <div className="flex flex-wrap gap-2">
          <input id="compare-q" name="q" type="search" defaultValue={q} aria-describedby="compare-q-hint" className="min-w-0 flex-1 rounded border border-slate-500 px-3 py-2" />
          <button type="submit" className="min-h-11 rounded bg-[var(--color-brand)] px-4 py-2 font-medium text-white">{t("searchButton")}</button>
        </div>
        {q.length >= 2 ? (
          hits.length ? (
            <ul className="list-disc space-y-1 pl-6 [overflow-wrap:anywhere]" aria-label={t("searchResults")}>
              {hits.map((h) => (
                <li key={h.code}>
                  <Link className="underline" href={keep ? `/compare?a=${keep}&b=${h.code}` : `/compare?a=${h.code}`}>{h.title}</Link> <span className="text-sm text-[var(--color-muted)]">({to("code", { code: h.code })})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p role="status">{t("noHits", { query: q })}</p>
          )
        ) : null}
      </form>

      {asked && !parsed.success && !(keep && !b) ? <p role="alert" className="rounded border border-red-700 p-3 text-red-800">{t("invalid")}</p> : null}
      {asked && parsed.success && !view ? <p role="alert" className="rounded border border-red-700 p-3 text-red-800">{t("unknown", { a, b })}</p> : null}

      {!view ? (
        <section aria-labelledby="examples" className="no-print">
          <h2 id="examples" className="mb-2 text-xl font-semibold">{t("examples")}</h2>
          <ul className="list-disc pl-6">
            {EXAMPLES.map(([x, y, key]) => (
              <li key={key}><Link href={`/compare?a=${x}&b=${y}`}>{t(key)}</Link></li>
            ))}
          </ul>
        </section>
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            {[view.a, view.b].map((o, i) => (
              <section key={o.code} aria-labelledby={`occ-${i}`} className="rounded border border-slate-200 p-3">
                <h2 id={`occ-${i}`} className="text-lg font-semibold">
                  <span aria-hidden="true" className={i === 0 ? "text-[var(--color-brand)]" : "text-[var(--color-accent)]"}>■ </span>
                  {o.title}
                </h2>
                <p className="text-sm text-[var(--color-muted)]">{to("code", { code: o.code })}</p>
                <dl className="mt-2 space-y-1 text-sm">
                  <div><dt className="font-medium">{t("training")}</dt><dd>{to("teerExplained", { teer: o.teer, label: teerLabel(o.teer) })}</dd></div>
                  <div><dt className="font-medium">{t("regulated")}</dt><dd>{o.regulated ? t("regulatedYes") : t("regulatedNo")}</dd></div>
                  <div><dt className="font-medium">{t("outlook")}</dt><dd>{o.outlook?.future ? to(`conditions.${o.outlook.future}` as "conditions.balance") : to("notPublished")}</dd></div>
                  <div><dt className="font-medium">{t("wage")}</dt><dd>{o.wage?.median ? format.number(o.wage.median, { style: "currency", currency: "CAD" }) : to("notPublished")}</dd></div>
                </dl>
                <p className="mt-2 text-sm"><Link href={`/occupations/${o.code}`}>{t("open")}</Link></p>
              </section>
            ))}
          </div>

          <p className="text-sm text-[var(--color-muted)]" data-testid="compare-sources">
            {t("sources", { wageYear: view.a.wage?.year ?? view.b.wage?.year ?? 0 })}
          </p>

          <section aria-labelledby="plain" className="space-y-3">
            <h2 id="plain" className="text-xl font-semibold">{t("inPlainWords")}</h2>
            <p>
              {view.a.teer === view.b.teer
                ? t("teerSame", { teer: view.a.teer })
                : t("teerDiffers", { a: view.a.title, b: view.b.title, la: teerLabel(view.a.teer), lb: teerLabel(view.b.teer) })}
            </p>
            {view.comparison.forward.target.transfers.length ? <p>{t("shares", { list: list(view.comparison.forward.target.transfers) })}</p> : null}
            {(
              [
                [view.comparison.forward, view.a.title, view.b.title],
                [view.comparison.backward, view.b.title, view.a.title],
              ] as const
            ).map(([d, fromTitle, toTitle]) => (
              <div key={d.from} className="rounded border border-slate-200 p-3">
                <h3 className="font-semibold">{t("direction", { from: fromTitle, to: toTitle })}</h3>
                {directionText(d, fromTitle, toTitle).filter(Boolean).map((line) => <p key={line} className="mt-1">{line}</p>)}
                <p className="mt-1 text-sm text-[var(--color-muted)]">{fr ? typeset(d.target.explanation.fr, "fr") : d.target.explanation.en}</p>
              </div>
            ))}
          </section>

          <section aria-labelledby="chart" className="space-y-3">
            <h2 id="chart" className="text-xl font-semibold">{t("chartTitle")}</h2>
            <p className="text-sm">{t("chartIntro")}</p>
            <div className="grid gap-6 md:grid-cols-2">
              {view.charts.map(({ facet, items }) => (
                <CompetencyChart
                  key={facet}
                  title={to(`categories.${facet}` as "categories.skills")}
                  items={items}
                  levelHeading={to("level")}
                  descriptorHeading={to("descriptor")}
                  seriesNames={[view.a.title, view.b.title]}
                />
              ))}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
