import { getTranslations } from "next-intl/server";

/**
 * "Start the journey with this occupation": both journeys, opened on their
 * first step with the occupation already chosen (`?occupation=<NOC code>`).
 */
export async function StartJourney({ locale, code, title }: { locale: string; code: string; title: string }) {
  const t = await getTranslations("journeys.start");
  const query = new URLSearchParams({ occupation: code }).toString();
  return (
    <section aria-labelledby="start-journey" className="no-print space-y-2 rounded border border-[var(--color-brand)] p-3" data-testid="start-journey">
      <h2 id="start-journey" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm">
        <span className="font-medium">{title}</span> · {t("intro")}
      </p>
      <ul className="flex flex-wrap gap-3">
        <li>
          <a href={`/${locale}/pre-arrival?${query}`} className="inline-flex min-h-11 items-center rounded bg-[var(--color-brand)] px-4 py-2 font-medium text-white no-underline hover:bg-[var(--color-brand-dark)]">
            {t("preArrival")}
          </a>
        </li>
        <li>
          <a href={`/${locale}/post-assessment?${query}`} className="inline-flex min-h-11 items-center rounded border border-[var(--color-brand)] bg-white px-4 py-2 font-medium text-[var(--color-brand)] no-underline hover:bg-[var(--color-surface)]">
            {t("postAssessment")}
          </a>
        </li>
      </ul>
    </section>
  );
}
