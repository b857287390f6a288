import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmbedFrame, ParallelLink } from "@/components/embed/EmbedFrame";
import { ReferenceData, ReviewedOn, SourceLinks } from "@/components/embed/DataFooter";
import { Badge } from "@/components/professions/Badge";
import { loadRegulators } from "@/lib/content/regulators";
import { embedLocale } from "@/lib/embed/page";
import { publicEmbed } from "@/lib/embed/settings";
import { fullPagePath, readEmbedQuery, SLUG } from "@/lib/embed/views";
import { getProfessionPage } from "@/lib/professions/page-data";

type Props = { params: Promise<{ organizationId: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load({ params, searchParams }: Props) {
  const { organizationId, slug } = await params;
  const org = await publicEmbed(organizationId);
  if (!org || !SLUG.test(slug)) return null;
  const query = readEmbedQuery(await searchParams);
  const locale = embedLocale(query, org);
  const data = await getProfessionPage(slug, locale);
  return data ? { org, query, locale, data } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props);
  return loaded ? { title: `${loaded.data.profession.title} | Parallel` } : {};
}

/** A profession's pathway, for an organization's site: regulation (in one province when asked), licensing steps, parallel careers. */
export default async function EmbedProfession(props: Props) {
  const loaded = await load(props);
  if (!loaded) notFound();
  const { org, query, locale, data } = loaded;
  setRequestLocale(locale);
  const t = await getTranslations("embed.profession");
  const tp = await getTranslations("professions.page");
  const provinces = await getTranslations("provinces");
  const p = data.profession;
  const entry = query.province ? loadRegulators(data.slug)?.provinces[query.province] : undefined;
  const money = (n: number) => new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA", { style: "currency", currency: "CAD", maximumFractionDigits: 0 }).format(n);
  const computed = data.alternatives.slice(0, 5);
  return (
    <EmbedFrame
      theme={org.theme}
      query={query}
      organization={org.organizationName}
      fullPage={fullPagePath({ view: "profession", profession: data.slug, province: query.province }, locale)}
      footer={
        <>
          <ReviewedOn date={p.lastReviewed} />
          <SourceLinks sources={p.sources} />
          <ReferenceData version={data.engine?.dataVersion ?? null} />
        </>
      }
    >
      <header className="space-y-2">
        <h1 className="text-xl font-bold sm:text-2xl">{p.title}</h1>
        <p>{p.summary}</p>
      </header>
      <section aria-labelledby="embed-regulation" className="space-y-2">
        <h2 id="embed-regulation" className="text-lg font-semibold">
          {t("regulation")}
        </h2>
        <p>
          <Badge tone={p.regulation.status === "not-regulated" ? "neutral" : "notice"}>{tp(`regulation.status.${p.regulation.status}`)}</Badge>
        </p>
        <p>{p.regulation.where}</p>
        {entry && query.province ? (
          <div className="embed-card border border-slate-300 p-3" data-testid="embed-province">
            <h3 className="font-semibold">{t("province", { province: provinces(query.province) })}</h3>
            {entry.status === "regulated" ? (
              <>
                <p>
                  {t("regulator", { name: entry.body.name[locale] })}{" "}
                  <a href={entry.body.website} target="_blank" rel="noopener">
                    {entry.body.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                  </a>
                </p>
                <p>{entry.steps[locale]}</p>
                <p>{entry.language[locale]}</p>
              </>
            ) : (
              <>
                <p>{t("notRegulated", { province: provinces(query.province) })}</p>
                <p>{entry.explanation[locale]}</p>
              </>
            )}
          </div>
        ) : null}
        <form method="get" target="_self" className="flex flex-wrap items-end gap-2">
          {query.locale ? <input type="hidden" name="locale" value={query.locale} /> : null}
          {(["primary", "text", "background", "radius", "font"] as const).map((k) => (query[k] ? <input key={k} type="hidden" name={k} value={query[k]} /> : null))}
          <label className="flex flex-col text-sm">
            {t("chooseProvince")}
            <select name="province" defaultValue={query.province ?? ""}>
              <option value="">–</option>
              {(["NL", "PE", "NS", "NB", "QC", "ON", "MB", "SK", "AB", "BC", "YT", "NT", "NU"] as const).map((code) => (
                <option key={code} value={code}>
                  {provinces(code)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="embed-button">
            {t("show")}
          </button>
        </form>
      </section>
      <section aria-labelledby="embed-steps" className="space-y-2">
        <h2 id="embed-steps" className="text-lg font-semibold">
          {t("steps")}
        </h2>
        <ol className="space-y-2">
          {p.licensingSteps.map((step, i) => (
            <li key={step.title} className="embed-card border border-slate-300 p-3">
              <p className="font-medium">
                {i + 1}. {step.title}
              </p>
              <p className="text-sm">
                {t("months", { min: step.time.minMonths, max: step.time.maxMonths })}
                {step.cost ? ` · ${t("cost", { cost: step.cost.min === step.cost.max ? money(step.cost.max) : `${money(step.cost.min)}–${money(step.cost.max)}` })}` : ""}
              </p>
              <details className="mt-1 text-sm" data-testid="embed-step-details">
                <summary className="cursor-pointer">{t("stepDetails")}</summary>
                <p className="mt-1">{step.description}</p>
              </details>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="embed-alternatives" className="space-y-2">
        <h2 id="embed-alternatives" className="text-lg font-semibold">
          {t("alternatives")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {computed.map((a) => (
            <li key={a.code}>
              <ParallelLink path={`/${locale}/occupations/${a.code}`}>{a.title}</ParallelLink>
            </li>
          ))}
        </ul>
      </section>
    </EmbedFrame>
  );
}
