"use client";

import { useActionState, useId } from "react";
import { submitCorrection } from "@/lib/corrections/actions";
import { EMAIL_MAX, MESSAGE_MAX, MESSAGE_MIN } from "@/lib/corrections/limits";
import { INITIAL_CORRECTION_STATE } from "@/lib/corrections/state";

/** Every text of the form, already in the page's language (formatted on the server). */
export interface CorrectionTexts {
  title: string;
  intro: string;
  section: string;
  wholePage: string;
  message: string;
  messageHint: string;
  email: string;
  emailHint: string;
  send: string;
  sending: string;
  sent: string;
  duplicate: string;
  failed: string;
  invalid: string;
  errors: Record<string, string>;
}

interface Props {
  page: string;
  section: string;
  sections?: { id: string; title: string }[];
  locale: string;
  texts: CorrectionTexts;
}

/** The form of components/ReportCorrection.tsx. */
export function ReportCorrectionForm({ page, section, sections, locale, texts }: Props) {
  const [state, action, pending] = useActionState(submitCorrection, INITIAL_CORRECTION_STATE);
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const t = (key: Exclude<keyof CorrectionTexts, "errors">) => texts[key];
  const error = (name: string) => (state.errors[name] ? (texts.errors[state.errors[name]!] ?? texts.errors.invalid!) : null);
  const messageError = error("message");
  const emailError = error("email");
  const formError = error("form");
  const status =
    state.status === "sent"
      ? t("sent")
      : state.status === "duplicate"
        ? t("duplicate")
        : state.status === "tooMany"
          ? (state.notice ?? texts.invalid)
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
              {t("messageHint")}
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
          {/* Where React does not run (public pages), the islands script shows the pending label (lib/islands/submit.ts). */}
          <button type="submit" disabled={pending} data-pending-label={t("sending")} className="rounded bg-[var(--color-brand)] px-4 py-2 font-medium text-white disabled:opacity-60 aria-disabled:cursor-progress aria-disabled:opacity-80">
            {pending ? t("sending") : t("send")}
          </button>
        </form>
      </details>
    </section>
  );
}
