import { getFormatter, getTranslations } from "next-intl/server";
import { typeset } from "@/lib/i18n/typography";
import { resumeJourney } from "@/lib/journeys/actions";
import { savedHref } from "@/lib/journeys/paths";
import { stepsOf } from "@/lib/journeys/schema";
import { RETENTION_DAYS, type SavedJourney } from "@/lib/journeys/store";
import { PrintButton } from "@/components/ui/PrintButton";
import { CopyButton } from "@/components/ui/CopyButton";
import { DeleteConfirm } from "./DeleteConfirm";
import { StepAnnouncer } from "./StepAnnouncer";
import { Button, ButtonLink } from "./ui";

/** The private link's page: the link to copy, where the person was, until when it is kept, how to print, resume and delete. */
export async function SavedJourneyView({ locale, token, journey, origin, confirmDelete = false }: { locale: string; token: string; journey: SavedJourney | null; origin: string; confirmDelete?: boolean }) {
  const t = await getTranslations("journeys");
  const format = await getFormatter();
  if (!journey) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("saved.missingTitle")}</h1>
        <p className="max-w-prose">{t("saved.missing")}</p>
        <ul className="list-disc pl-5">
          <li>
            <a className="underline" href={`/${locale}/pre-arrival`}>{t("pre-arrival.title")}</a>
          </li>
          <li>
            <a className="underline" href={`/${locale}/post-assessment`}>{t("post-assessment.title")}</a>
          </li>
        </ul>
      </div>
    );
  }
  const link = new URL(savedHref(locale, token), origin).toString();
  const steps = stepsOf(journey.kind) as readonly string[];
  if (confirmDelete) {
    return (
      <div className="space-y-5">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("saved.title")}</h1>
        <StepAnnouncer journey={`saved:${journey.kind}`} view="delete" text={t("deleteConfirm.title")} hasErrors={false} />
        <DeleteConfirm kind={journey.kind} locale={locale} token={token} cancelHref={savedHref(locale, token)} />
      </div>
    );
  }
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("saved.title")}</h1>
      <p className="max-w-prose">{t("saved.intro", { journey: t(`${journey.kind}.title`) })}</p>
      <div>
        <label htmlFor="private-link" className="block font-medium">
          {t("saved.linkLabel")}
        </label>
        <input id="private-link" readOnly value={link} aria-describedby="private-link-hint" className="mt-1 block w-full rounded border border-slate-500 bg-[var(--color-surface)] px-3 py-2 font-mono text-sm" />
        <CopyButton targetId="private-link" label={t("saved.copy")} copied={t("saved.copied")} failed={t("saved.copyFailed")} />
        <p id="private-link-hint" className="mt-1 text-sm">
          {t("saved.linkHint")}
        </p>
      </div>
      <p>
        {t("saved.where", { step: steps.indexOf(journey.step) + 1, total: steps.length, title: t(`steps.${journey.step}.title`) })}
      </p>
      <p>{t("saved.expires", { date: typeset(format.dateTime(journey.expiresAt, { dateStyle: "long" }), locale) })}</p>
      <p className="max-w-prose text-sm">{t("saved.whatWeStore", { days: RETENTION_DAYS })}</p>
      <div className="flex flex-wrap gap-3">
        <form action={resumeJourney} method="post">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <Button>{t("saved.resume")}</Button>
        </form>
        <ButtonLink href={`${savedHref(locale, token)}?delete=confirm`} variant="danger">
          {t("saved.delete")}
        </ButtonLink>
      </div>
      <section aria-labelledby="print-title" className="space-y-2">
        <h2 id="print-title" className="text-lg font-semibold">
          {t("saved.printTitle")}
        </h2>
        <p className="max-w-prose">{t("saved.printHow")}</p>
        <PrintButton label={t("saved.printPage")} />
      </section>
    </div>
  );
}
