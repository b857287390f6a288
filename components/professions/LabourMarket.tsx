import { getTranslations } from "next-intl/server";
import type { OccupationDetail } from "@/lib/occupations/detail";
import { OutlookFigures, WagesTable } from "@/components/LabourMarketFigures";
import { Section } from "./Section";

/** The COPS outlook and the wages by province for the profession's main occupation. */
export async function LabourMarket({ occupation, hasOtherCodes }: { occupation: OccupationDetail | null; hasOtherCodes: boolean }) {
  const t = await getTranslations("professions.page");
  const tl = await getTranslations("professions.page.labourMarket");
  if (!occupation) {
    return (
      <Section id="labour-market" title={t("sections.labourMarket")}>
        <p>{tl("noData")}</p>
      </Section>
    );
  }
  const { outlook, wages } = occupation;

  return (
    <Section id="labour-market" title={t("sections.labourMarket")}>
      <p className="text-sm">
        {tl("intro", { title: occupation.title, code: occupation.code })} {hasOtherCodes ? tl("otherCodes") : null}
      </p>
      <div className="break-inside-avoid">
        <h3 className="mb-2 text-lg font-semibold">{tl("outlook")}</h3>
        {outlook ? (
          <OutlookFigures outlook={outlook} />
        ) : (
          <p>{tl("noData")}</p>
        )}
        <p className="mt-2 text-xs text-[var(--color-muted)]">{tl("outlookSource")}</p>
      </div>
      <div>
        <h3 className="mb-2 text-lg font-semibold">{tl("wages", { year: wages?.year ?? "" })}</h3>
        {wages ? (
          <WagesTable wages={wages} caption={tl("wagesCaption", { title: occupation.title, year: wages.year })} />
        ) : (
          <p>{tl("noWages")}</p>
        )}
        <p className="mt-2 text-xs text-[var(--color-muted)]">{tl("wagesSource")}</p>
      </div>
    </Section>
  );
}
