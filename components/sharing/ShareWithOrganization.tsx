import { getFormatter, getTranslations } from "next-intl/server";
import { Button, FieldError, Hint, describedBy, fieldId, inputClass } from "@/components/journeys/ui";
import { shareJourneyAction, withdrawShareAction } from "@/lib/workspace/share-actions";
import { sharesOfJourney } from "@/lib/workspace/shares";

/**
 * On a saved journey's page: share the answers with an organization (the
 * code a counsellor gave, explicit consent), see with whom they are shared,
 * withdraw. Works without JavaScript.
 */
export async function ShareWithOrganization({
  locale,
  token,
  notice,
}: {
  locale: string;
  token: string;
  notice: { shared?: string; error?: string; code?: string; withdrawn?: boolean };
}) {
  const t = await getTranslations("auth.share");
  const format = await getFormatter();
  const shares = await sharesOfJourney(token);
  const error = notice.error === "code" || notice.error === "consent" || notice.error === "gone" ? notice.error : undefined;
  const codeError = error === "code" ? t("errors.code") : undefined;
  const consentError = error === "consent" ? t("errors.consent") : undefined;
  return (
    <section id="share" aria-labelledby="share-title" className="space-y-4 border-t border-slate-300 pt-6">
      <h2 id="share-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="max-w-prose">{t("intro")}</p>
      {notice.shared || notice.withdrawn || error === "gone" ? (
        <p role="status" className="rounded border border-slate-400 bg-[var(--color-surface)] p-3">
          {notice.shared ? t("shared", { organization: notice.shared }) : notice.withdrawn ? t("withdrawn") : t("errors.gone")}
        </p>
      ) : null}
      {shares.length ? (
        <div>
          <h3 className="font-semibold">{t("sharedWith")}</h3>
          <ul className="mt-2 space-y-2">
            {shares.map((share) => (
              <li key={share.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {share.organization}, {t("since", { date: format.dateTime(new Date(share.consentedAt), { dateStyle: "long" }) })}
                  {share.imported ? ` (${t("imported")})` : ""}
                </span>
                <form action={withdrawShareAction}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="token" value={token} />
                  <input type="hidden" name="share" value={share.id} />
                  <Button variant="secondary">{t("withdraw")}</Button>
                </form>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form action={shareJourneyAction} className="space-y-4" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <div>
          <label htmlFor={fieldId("code")} className="block font-semibold">
            {t("code")}
          </label>
          <Hint name="code">{t("codeHint")}</Hint>
          <input
            id={fieldId("code")}
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            defaultValue={notice.code ?? ""}
            aria-invalid={codeError ? true : undefined}
            aria-describedby={describedBy("code", codeError, true)}
            className={`${inputClass} max-w-48 uppercase`}
          />
          <FieldError name="code" message={codeError} />
        </div>
        <div>
          <label className="flex max-w-prose items-start gap-3">
            <input
              type="checkbox"
              name="consent"
              value="yes"
              className="mt-1 h-5 w-5 shrink-0"
              aria-invalid={consentError ? true : undefined}
              aria-describedby={consentError ? `${fieldId("consent")}-error` : undefined}
            />
            <span>{t("consent")}</span>
          </label>
          <FieldError name="consent" message={consentError} />
        </div>
        <Button>{t("submit")}</Button>
      </form>
    </section>
  );
}
