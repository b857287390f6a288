"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button, FieldError, SelectField, Hint, describedBy, fieldId, inputClass } from "@/components/journeys/ui";
import { EMPTY_FORM, type FormState } from "@/lib/workspace/forms";
import { Notice } from "./Notice";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Create an API key (name and role); the whole key is shown this once, from the action's answer (never in an address). */
export function ApiKeyForm({ action, locale, org, roles }: { action: Action; locale: "en" | "fr"; org: string; roles: { value: string; label: string }[] }) {
  const t = useTranslations("workspace.apiKeys");
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  const name = typeof state.values.name === "string" ? state.values.name : "";
  const role = typeof state.values.role === "string" ? state.values.role : (roles.find((r) => r.value === "counsellor")?.value ?? roles[0]?.value ?? "");
  return (
    <div className="space-y-4">
      {state.apiKey ? (
        <Notice>
          <p className="font-semibold">{t("createdTitle")}</p>
          <label htmlFor="new-api-key" className="mt-2 block font-medium">
            {t("keyLabel")} ({state.apiKey.name})
          </label>
          <input id="new-api-key" readOnly value={state.apiKey.key} aria-describedby="new-api-key-hint" className={`${inputClass} max-w-full font-mono text-sm`} data-testid="new-api-key" />
          <p id="new-api-key-hint" className="mt-1 text-sm">
            {t("createdHint")}
          </p>
        </Notice>
      ) : null}
      {state.errors.form ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 font-medium text-red-900">
          {state.errors.form}
        </p>
      ) : null}
      <form action={formAction} className="space-y-4" noValidate key={state.round}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="org" value={org} />
        <div>
          <label htmlFor={fieldId("name")} className="block font-medium">
            {t("name")}
          </label>
          <Hint name="name">{t("nameHint")}</Hint>
          <input
            id={fieldId("name")}
            name="name"
            type="text"
            autoComplete="off"
            defaultValue={name}
            aria-invalid={state.errors.name ? true : undefined}
            aria-describedby={describedBy("name", state.errors.name, true)}
            className={inputClass}
          />
          <FieldError name="name" message={state.errors.name} />
        </div>
        <SelectField name="role" label={t("role")} options={roles} defaultValue={role} error={state.errors.role} />
        <Button>{t("submit")}</Button>
      </form>
    </div>
  );
}
