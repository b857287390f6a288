"use client";

import { useActionState, useId } from "react";
import { useLocale, useTranslations } from "next-intl";
import { submitCorrection } from "@/lib/corrections/actions";
import { EMAIL_MAX, MESSAGE_MAX, MESSAGE_MIN } from "@/lib/corrections/schema";
import { INITIAL_CORRECTION_STATE } from "@/lib/corrections/state";

interface Props {
  /** The page's path without its language, e.g. `/professions/physicians` or `/professions/physicians/on`. */
  page: string;
  /** The section the correction concerns by default ("page" for the whole page). */
  section?: string;
  /** Sections the reader may choose from (id and title); without them the form concerns `section`. */
  sections?: { id: string; title: string }[];
}

/**
 * "Report a correction": a small form under a page's content. No account,
 * and it works without JavaScript (a plain form post; the page comes back
 * with the result). The message is stored for content editors.
 */
export function ReportCorrection({ page, section = "page", sections }: Props) {
  const t = useTranslations("corrections");
  const locale = useLocale();
  const [state, action, pending] = useActionState(submitCorrection, INITIAL_CORRECTION_STATE);
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const error = (name: string) => (state.errors[name] ? t(`errors.${state.errors[name]}`) : null);
  const messageError = error("message");
  const emailError = error("email");
  const formError = error("form");
  const status =
    state.status === "sent"
      ? t("sent")
      : state.status === "duplicate"
        ? t("duplicate")
        : state.status === "tooMany"
          ? t("tooMany", { minutes: state.retryAfterMinutes ?? 10 })
          : state.status === "error"
            ? t("failed")
            : state.status === "invalid"
              ? (formError ?? t("invalid"))
              : null;
  const ok = state.status === "sent" || state.status === "duplicate";

  return (
    <section aria-labelledby={`${id}-title`} className="no-print rounded border border-gray-300 p-4" data-testid="report-correction">
      <details open={state.status !== "idle"}>
        <summary id={`${id}-title`} className="cursor-pointer font-semibold">
          {t("title")}
        </summary>
        <p className="mt-2 text-sm">{t("intro")}</p>
        {status && (
          <p role={ok ? "status" : "alert"} className={`mt-3 rounded p-2 ${ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}>
            {status}
          </p>
        )}
        <form action={action} className="mt-3 space-y-3" noValidate>
          <input type="hidden" name="page" value={page} />
          <input type="hidden" name="locale" value={locale} />
          {sections?.length ? (
            <div>
              <label htmlFor={`${id}-section`} className="block font-medium">
                {t("section")}
              </label>
              <select id={`${id}-section`} name="section" defaultValue={state.values.section || section} className="mt-1 rounded border px-2 py-1">
                <option value="page">{t("wholePage")}</option>
                {sections.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <input type="hidden" name="section" value={section} />
          )}
          <div>
            <label htmlFor={`${id}-message`} className="block font-medium">
              {t("message")}
            </label>
            <p id={`${id}-message-hint`} className="text-sm text-[var(--color-muted)]">
              {t("messageHint", { min: MESSAGE_MIN, max: MESSAGE_MAX })}
            </p>
            <textarea
              id={`${id}-message`}
              name="message"
              rows={5}
              required
              minLength={MESSAGE_MIN}
              maxLength={MESSAGE_MAX}
              defaultValue={state.values.message}
              aria-invalid={messageError ? true : undefined}
              aria-describedby={`${id}-message-hint${messageError ? ` ${id}-message-error` : ""}`}
              className="mt-1 w-full rounded border px-2 py-1"
            />
            {messageError && (
              <p id={`${id}-message-error`} className="text-sm text-red-900">
                {messageError}
              </p>
            )}
          </div>
          <div>
            <label htmlFor={`${id}-email`} className="block font-medium">
              {t("email")}
            </label>
            <p id={`${id}-email-hint`} className="text-sm text-[var(--color-muted)]">
              {t("emailHint")}
            </p>
            <input
              id={`${id}-email`}
              name="email"
              type="email"
              autoComplete="email"
              maxLength={EMAIL_MAX}
              defaultValue={state.values.email}
              aria-invalid={emailError ? true : undefined}
              aria-describedby={`${id}-email-hint${emailError ? ` ${id}-email-error` : ""}`}
              className="mt-1 w-full rounded border px-2 py-1"
            />
            {emailError && (
              <p id={`${id}-email-error`} className="text-sm text-red-900">
                {emailError}
              </p>
            )}
          </div>
          <button type="submit" disabled={pending} className="rounded bg-[var(--color-brand)] px-4 py-2 font-medium text-white disabled:opacity-60">
            {pending ? t("sending") : t("send")}
          </button>
        </form>
      </details>
    </section>
  );
}
