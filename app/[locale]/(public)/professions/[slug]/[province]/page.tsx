import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProvinceRegulator } from "@/components/professions/ProvinceRegulator";
import { ProvinceSelector } from "@/components/professions/ProvinceSelector";
import { loadProfession } from "@/lib/content/load";
import { loadRegulators, provinceFromSlug, provincePages, provinceSlug } from "@/lib/content/regulators";
import { Link } from "@/lib/i18n/navigation";
import { alternates } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";
import { professionPages } from "@/lib/professions/content";

type Props = { params: Promise<{ locale: string; slug: string; province: string }> };

// 14 professions x 13 provinces and territories x 2 languages; any other address is a 404.
export const dynamicParams = false;

// [slug] has no layout of its own, so only the locale comes from above: list slug and province here.
export function generateStaticParams({ params }: { params: { locale: string } }) {
  const slugs = new Set(professionPages().filter((page) => page.locale === params.locale).map((page) => page.slug));
  return provincePages()
    .filter((page) => slugs.has(page.slug))
    .map(({ slug, province }) => ({ slug, province }));
}

async function resolve(params: Props["params"]) {
  const { locale, slug, province } = await params;
  const code = provinceFromSlug(province);
  if (!isLocale(locale) || !code) return null;
  const profession = loadProfession(slug, locale);
  const regulators = loadRegulators(slug);
  if (!profession || !regulators) return null;
  return { locale, slug, code, profession: profession.frontmatter, entry: regulators.provinces[code] };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await resolve(params);
  if (!page) return {};
  const t = await getTranslations({ locale: page.locale, namespace: "professions.regulators" });
  const tp = await getTranslations({ locale: page.locale, namespace: "provinces" });
  const meta = await getTranslations({ locale: page.locale, namespace: "meta" });
  const values = { profession: page.profession.title, province: tp(page.code) };
  const title = t("title", values);
  const description = t("metaDescription", values);
  const path = `/professions/${page.slug}/${provinceSlug(page.code)}`;
  return {
    title,
    description,
    alternates: alternates(path),
    openGraph: {
      title,
      description,
      siteName: meta("siteName"),
      locale: page.locale === "fr" ? "fr_CA" : "en_CA",
      type: "article",
      url: `/${page.locale}${path}`,
      modifiedTime: page.entry.source.checked,
    },
  };
}

export default async function ProfessionProvincePage({ params }: Props) {
  const page = await resolve(params);
  if (!page) notFound();
  setRequestLocale(page.locale);
  const t = await getTranslations("professions.regulators");
  const tp = await getTranslations("provinces");
  const province = tp(page.code);
  return (
    <article className="space-y-8 break-words">
      <header className="space-y-3">
        <p className="no-print text-sm">
          <Link className="underline" href="/professions">{t("breadcrumb")}</Link> /{" "}
          <Link className="underline" href={`/professions/${page.slug}`} data-testid="back-link">
            {t("back", { profession: page.profession.title })}
          </Link>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title", { profession: page.profession.title, province })}</h1>
      </header>
      <ProvinceRegulator entry={page.entry} province={province} locale={page.locale} />
      <ProvinceSelector slug={page.slug} profession={page.profession.title} locale={page.locale} current={page.code} />
    </article>
  );
}
