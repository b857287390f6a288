"use client";

import { useActionState } from "react";
import { Button, FieldError, Hint, describedBy, fieldId, inputClass } from "@/components/journeys/ui";

export interface ShareFormState {
  round: number;
  error: string | null;
  link: string | null;
  values: { locale: string; expiresInDays: string };
}

type Action = (state: ShareFormState, formData: FormData) => Promise<ShareFormState>;

export interface ShareFormLabels {
  language: string;
  languages: { en: string; fr: string };
  days: string;
  daysHint: string;
  create: string;
  created: string;
  linkLabel: string;
}

/** Creates a client link (language and days); the link is shown this once, from the action's answer, with or without JavaScript. */
export function ShareForm(props: { action: Action; hidden: Record<string, string>; defaultLocale: "en" | "fr"; labels: ShareFormLabels }) {
  const { action, hidden, defaultLocale, labels } = props;
  const [state, formAction] = useActionState(action, { round: 0, error: null, link: null, values: { locale: defaultLocale, expiresInDays: "30" } });
  return (
    <div className="space-y-3">
      {state.link ? (
        <div role="status" className="rounded border border-[var(--color-brand)] bg-[var(--color-surface)] p-3">
          <label htmlFor="new-report-link" className="block font-medium">
            {labels.linkLabel}
          </label>
          <input id="new-report-link" readOnly value={state.link} aria-describedby="new-report-link-hint" className={`${inputClass} max-w-full font-mono text-sm`} data-testid="new-report-link" />
          <p id="new-report-link-hint" className="mt-1 text-sm">
            {labels.created}
          </p>
        </div>
      ) : null}
      {state.error ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 font-medium text-red-900">
          {state.error}
        </p>
      ) : null}
      <form action={formAction} className="flex flex-wrap items-end gap-4 print:hidden" noValidate key={state.round}>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div>
          <label htmlFor={fieldId("shareLocale")} className="block font-medium">
            {labels.language}
          </label>
          <select id={fieldId("shareLocale")} name="shareLocale" defaultValue={state.values.locale} className={inputClass}>
            <option value="en">{labels.languages.en}</option>
            <option value="fr">{labels.languages.fr}</option>
          </select>
        </div>
        <div>
          <label htmlFor={fieldId("expiresInDays")} className="block font-medium">
            {labels.days}
          </label>
          <Hint name="expiresInDays">{labels.daysHint}</Hint>
          <input
            id={fieldId("expiresInDays")}
            name="expiresInDays"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={state.values.expiresInDays}
            aria-invalid={state.error ? true : undefined}
            aria-describedby={describedBy("expiresInDays", undefined, true)}
            className={`${inputClass} w-28`}
          />
          <FieldError name="expiresInDays" message={undefined} />
        </div>
        <Button>{labels.create}</Button>
      </form>
    </div>
  );
}
