import { getTranslations, setRequestLocale } from "next-intl/server";
import { OccupationSearch } from "@/components/OccupationSearch";
import { Link } from "@/lib/i18n/navigation";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="max-w-prose text-lg">{t("intro")}</p>
      <section aria-labelledby="journeys" className="rounded-lg border border-slate-200 p-4">
        <h2 id="journeys" className="mb-2 text-xl font-semibold">
          {t("journeysTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <Link href="/pre-arrival">{t("preArrivalLink")}</Link>
          </li>
          <li>
            <Link href="/post-assessment">{t("postAssessmentLink")}</Link>
          </li>
          <li>
            <Link href="/professions">{t("professionsCta")}</Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="find" className="rounded-lg border border-slate-200 p-4">
        <h2 id="find" className="mb-2 text-xl font-semibold">
          {t("searchCta")}
        </h2>
        <OccupationSearch query="" results={null} />
      </section>
    </div>
  );
}
