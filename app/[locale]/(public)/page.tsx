import { getTranslations, setRequestLocale } from "next-intl/server";
import { OccupationSearch } from "@/components/OccupationSearch";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="max-w-prose text-lg">{t("intro")}</p>
      <section aria-labelledby="find" className="rounded-lg border border-slate-200 p-4">
        <h2 id="find" className="mb-2 text-xl font-semibold">
          {t("searchCta")}
        </h2>
        <OccupationSearch initialQuery="" initialResults={null} />
      </section>
    </div>
  );
}
