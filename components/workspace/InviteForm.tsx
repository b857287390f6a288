"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button, FieldError, SelectField, describedBy, fieldId, inputClass } from "@/components/journeys/ui";
import { EMPTY_FORM, type FormState } from "@/lib/workspace/forms";
import { Notice } from "./Notice";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Invite by email with a role; after sending, the link too (email may not be set up). */
export function InviteForm({ action, locale, org, roles }: { action: Action; locale: "en" | "fr"; org: string; roles: { value: string; label: string }[] }) {
  const t = useTranslations("workspace.members");
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  const email = typeof state.values.email === "string" ? state.values.email : "";
  const role = typeof state.values.role === "string" ? state.values.role : (roles.find((r) => r.value === "counsellor")?.value ?? roles[0]?.value ?? "");
  return (
    <div className="space-y-4">
      {state.invited ? (
        <Notice>
          <p>{t("invited", { email: state.invited.email })}</p>
          <label htmlFor="invitation-link" className="mt-2 block font-medium">
            {t("link")}
          </label>
          <input id="invitation-link" readOnly value={state.invited.link} aria-describedby="invitation-link-hint" className={`${inputClass} max-w-full font-mono text-sm`} />
          <p id="invitation-link-hint" className="mt-1 text-sm">
            {t("linkHint")}
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
          <label htmlFor={fieldId("email")} className="block font-medium">
            {t("email")}
          </label>
          <input
            id={fieldId("email")}
            name="email"
            type="email"
            autoComplete="off"
            defaultValue={email}
            aria-invalid={state.errors.email ? true : undefined}
            aria-describedby={describedBy("email", state.errors.email, false)}
            className={inputClass}
          />
          <FieldError name="email" message={state.errors.email} />
        </div>
        <SelectField name="role" label={t("inviteRole")} options={roles} defaultValue={role} error={state.errors.role} />
        <Button>{t("send")}</Button>
      </form>
    </div>
  );
}
