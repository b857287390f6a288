import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmbedFrame, ParallelLink } from "@/components/embed/EmbedFrame";
import { ReferenceData } from "@/components/embed/DataFooter";
import { preparedData } from "@/lib/alternatives/reference";
import { withinEmbed } from "@/lib/embed/links";
import { embedLocale } from "@/lib/embed/page";
import { publicEmbed } from "@/lib/embed/settings";
import { fullPagePath, readEmbedQuery } from "@/lib/embed/views";
import { searchOccupations } from "@/lib/occupations/search";
import { occupationSearchQuery } from "@/lib/validation/occupations";

type Props = { params: Promise<{ organizationId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Parallel" };

/** Occupation search for an organization's site: a plain form (no script), results linking to each occupation's parallel careers. */
export default async function EmbedSearch({ params, searchParams }: Props) {
  const { organizationId } = await params;
  const org = await publicEmbed(organizationId);
  if (!org) notFound();
  const query = readEmbedQuery(await searchParams);
  const locale = embedLocale(query, org);
  setRequestLocale(locale);
  const t = await getTranslations("embed.search");
  const q = query.q?.trim() ?? "";
  const parsed = occupationSearchQuery.safeParse({ q, locale, limit: "20" });
  const results = parsed.success ? await searchOccupations(parsed.data.q, locale, 20) : null;
  const version = (await preparedData()).dataVersion;
  return (
    <EmbedFrame
      theme={org.theme}
      query={query}
      organization={org.organizationName}
      fullPage={fullPagePath({ view: "search", query: q || undefined }, locale)}
      footer={<ReferenceData version={version} />}
    >
      <h1 className="text-xl font-bold sm:text-2xl">{t("title")}</h1>
      <form method="get" target="_self" role="search" className="flex flex-wrap items-end gap-2">
        {(["locale", "primary", "text", "background", "radius", "font"] as const).map((k) => (query[k] ? <input key={k} type="hidden" name={k} value={query[k]} /> : null))}
        <label className="flex min-w-0 flex-1 flex-col text-sm">
          {t("label")}
          <input type="search" name="q" defaultValue={q} minLength={2} maxLength={100} required className="w-full" />
        </label>
        <button type="submit" className="embed-button">
          {t("submit")}
        </button>
      </form>
      {results === null ? (
        q ? <p>{t("hint")}</p> : null
      ) : (
        <section aria-live="polite" className="space-y-2">
          <p className="text-sm" data-testid="embed-result-count">{t("results", { count: results.length })}</p>
          <ul className="space-y-2" data-testid="embed-results">
            {results.map((r) => (
              <li key={r.code} className="embed-card border border-slate-300 p-3">
                <p className="font-medium">
                  <ParallelLink path={`/${locale}/occupations/${r.code}`}>{r.title}</ParallelLink> <span className="text-sm">({r.code})</span>
                </p>
                {r.matchedTitle ? <p className="text-sm">{r.matchedTitle}</p> : null}
                <p className="text-sm">
                  <a href={withinEmbed(org.organizationId, `/occupations/${r.code}/alternatives`, query)} target="_self">
                    {t("alternatives")}
                  </a>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </EmbedFrame>
  );
}
