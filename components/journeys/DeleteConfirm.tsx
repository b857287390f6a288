import { getTranslations } from "next-intl/server";
import { deleteAnswers } from "@/lib/journeys/actions";
import type { JourneyKind } from "@/lib/journeys/schema";
import { Button, ButtonLink } from "./ui";

/**
 * The question asked before deleting the answers: a page of its own (reached
 * by a link), so it works the same with or without JavaScript. Only its
 * button sends `confirm=yes`.
 */
export async function DeleteConfirm({ kind, locale, token, cancelHref }: { kind: JourneyKind; locale: string; token?: string; cancelHref: string }) {
  const t = await getTranslations("journeys");
  return (
    <section aria-labelledby="step-title" className="space-y-4 rounded border-2 border-red-800 p-4">
      <h2 id="step-title" tabIndex={-1} className="text-xl font-semibold">
        {t("deleteConfirm.title")}
      </h2>
      <p className="max-w-prose">{t("deleteConfirm.body", { journey: t(`${kind}.title`) })}</p>
      <div className="flex flex-wrap gap-3">
        <form action={deleteAnswers} method="post">
          {token ? <input type="hidden" name="token" value={token} /> : null}
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="confirm" value="yes" />
          <Button variant="danger">{t("deleteConfirm.yes")}</Button>
        </form>
        <ButtonLink href={cancelHref} variant="secondary">
          {t("deleteConfirm.no")}
        </ButtonLink>
      </div>
    </section>
  );
}
