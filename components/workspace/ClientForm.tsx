"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { Button, Choices, buttonClass, FieldError, Hint, SelectField, TextField, describedBy, fieldId, inputClass } from "@/components/journeys/ui";
import { LinkButton } from "./LinkButton";
import type { FormState, FormValues, OriginOption } from "@/lib/workspace/forms";
import { CLIENT_STATUSES } from "@/lib/workspace/clients/schema";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const STATUSES = CLIENT_STATUSES;
const SCOPES = ["record", "contact", "match", "outcomes"] as const;

const one = (values: FormValues, name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
const all = (values: FormValues, name: string) => {
  const v = values[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
};

/**
 * The client file form (new and edit). A plain form posted to a server
 * action: without JavaScript the page comes back with what was typed and a
 * message next to each refused field; "Search titles" posts the form too and
 * lists the occupations found. With JavaScript the search runs as you type.
 */
export function ClientForm(props: {
  action: Action;
  locale: "en" | "fr";
  org: string;
  clientId?: string;
  initial: FormValues;
  initialOrigin: OriginOption | null;
  members: { id: string; label: string }[];
  provinces: { code: string; label: string }[];
  cancelHref: string;
}) {
  const t = useTranslations("workspace.form");
  const ts = useTranslations("workspace.statuses");
  const [state, formAction, pending] = useActionState(props.action, { round: 0, values: props.initial, errors: {} });
  const values = state.values;
  const errors = state.errors;
  const summary = useRef<HTMLDivElement>(null);
  const errorCount = Object.keys(errors).length;

  useEffect(() => {
    if (state.round > 0 && errorCount > 0) summary.current?.focus();
  }, [state.round, errorCount]);

  return (
    <form action={formAction} className="space-y-6" noValidate>
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="org" value={props.org} />
      {props.clientId ? <input type="hidden" name="client" value={props.clientId} /> : null}
      <p className="rounded bg-[var(--color-surface)] p-3 text-sm">{t("whyLittle")}</p>
      {errorCount ? (
        <div ref={summary} tabIndex={-1} role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900" id="errors">
          <p className="font-semibold">{t("errorsTitle")}</p>
          <ul className="mt-1 list-disc pl-5">
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}>{field === "form" ? message : <a href={`#${fieldId(field)}`}>{message}</a>}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {/* Remounted after each answer so the fields show what the server sent back. */}
      <div key={state.round} className="space-y-6">
        <TextField name="displayName" label={t("displayName")} hint={t("displayNameHint")} defaultValue={one(values, "displayName")} error={errors.displayName} />
        <TextField name="contact" label={t("contact")} hint={t("contactHint")} defaultValue={one(values, "contact")} error={errors.contact} />
        <TextField name="languages" label={t("languages")} hint={t("languagesHint")} defaultValue={one(values, "languages")} error={errors.languages} />
        <OriginField
          locale={props.locale}
          query={state.query ?? one(values, "originQuery")}
          hits={state.hits ?? []}
          chosen={one(values, "originCode")}
          initialOrigin={props.initialOrigin}
          error={errors.originCode}
          pending={pending}
        />
        <TextField
          name="countryOfTraining"
          label={t("countryOfTraining")}
          autoComplete="off"
          defaultValue={one(values, "countryOfTraining")}
          error={errors.countryOfTraining}
        />
        <Choices
          name="provinces"
          type="checkbox"
          columns
          legend={t("provinces")}
          options={props.provinces.map((p) => ({ value: p.code, label: p.label }))}
          checked={all(values, "provinces")}
          error={errors.provinces}
        />
        <TextField name="arrivalDate" type="date" label={t("arrivalDate")} hint={t("dateHint")} defaultValue={one(values, "arrivalDate")} error={errors.arrivalDate} width="w-52" />
        <fieldset className="min-w-0">
          <legend className="font-medium">{t("languageLevels")}</legend>
          <p className="mt-1 text-sm text-[var(--color-muted)]">{t("languageLevelsHint")}</p>
          <div className="mt-2 flex flex-wrap gap-4">
            <TextField name="clbEnglish" label={t("clbEnglish")} inputMode="numeric" defaultValue={one(values, "clbEnglish")} error={errors.clbEnglish} width="w-32" />
            <TextField name="nclcFrench" label={t("nclcFrench")} inputMode="numeric" defaultValue={one(values, "nclcFrench")} error={errors.nclcFrench} width="w-32" />
          </div>
        </fieldset>
        <fieldset className="min-w-0 space-y-4 rounded border border-slate-300 p-4">
          <legend className="px-1 text-lg font-semibold">{t("consent")}</legend>
          <p className="text-sm text-[var(--color-muted)]">{t("consentHint")}</p>
          <Choices
            name="consentScopes"
            type="checkbox"
            legend={t("consent")}
            legendClass="sr-only"
            options={SCOPES.map((s) => ({ value: s, label: t(`scopes.${s}`) }))}
            checked={all(values, "consentScopes")}
            error={errors.consentScopes}
          />
          <TextField name="consentGivenAt" type="date" label={t("consentGivenAt")} hint={t("dateHint")} defaultValue={one(values, "consentGivenAt")} error={errors.consentGivenAt} width="w-52" />
          <TextField name="consentExpiresAt" type="date" label={t("consentExpiresAt")} hint={t("consentExpiresHint")} defaultValue={one(values, "consentExpiresAt")} error={errors.consentExpiresAt} width="w-52" />
        </fieldset>
        <SelectField
          name="counsellorId"
          label={t("counsellor")}
          defaultValue={one(values, "counsellorId")}
          error={errors.counsellorId}
          options={[{ value: "", label: t("noCounsellor") }, ...props.members.map((m) => ({ value: m.id, label: m.label }))]}
        />
        <SelectField name="status" label={t("status")} defaultValue={one(values, "status") || "intake"} error={errors.status} options={STATUSES.map((s) => ({ value: s, label: ts(s) }))} />
      </div>
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-300 pt-4">
        <Button name="intent" value="save">
          {t("save")}
        </Button>
        <LinkButton href={props.cancelHref} variant="secondary">
          {t("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}

interface Hit {
  code: string;
  title: string;
  matchedTitle: string | null;
}

/** The profession: a title search and the occupations found, one to choose (or "not known yet"). */
function OriginField(props: {
  locale: "en" | "fr";
  query: string;
  hits: OriginOption[];
  chosen: string;
  initialOrigin: OriginOption | null;
  error?: string;
  pending: boolean;
}) {
  const t = useTranslations("workspace.form");
  const [query, setQuery] = useState(props.query);
  const [hits, setHits] = useState<Hit[]>(props.hits);
  const [selected, setSelected] = useState<Hit | null>(() => [props.initialOrigin, ...props.hits].find((h) => h && h.code === props.chosen) ?? null);
  const chosen = selected?.code ?? "";
  const [status, setStatus] = useState<"idle" | "searching" | "done">(props.hits.length || props.query ? "done" : "idle");
  const latest = useRef(0);

  async function search(q: string) {
    const term = q.trim();
    const ticket = ++latest.current;
    if (term.length < 2) {
      setHits([]);
      setStatus("idle");
      return;
    }
    setStatus("searching");
    try {
      const res = await fetch(`/api/v1/occupations?${new URLSearchParams({ q: term, locale: props.locale, limit: "8" })}`);
      if (!res.ok) throw new Error(String(res.status));
      const data = (await res.json()) as { results: Hit[] };
      if (ticket !== latest.current) return;
      setHits(data.results.map((h) => ({ code: h.code, title: h.title, matchedTitle: h.matchedTitle })));
      setStatus("done");
    } catch {
      if (ticket === latest.current) setStatus("done");
    }
  }

  useEffect(() => {
    if (query === props.query) return;
    const timer = setTimeout(() => void search(query), 250);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);

  const onButton = (event: MouseEvent<HTMLButtonElement>) => {
    // With JavaScript the search runs here; the form (and what was typed) stays as it is.
    event.preventDefault();
    void search(query);
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      void search(query);
    }
  };

  const options: Hit[] = [...(selected && !hits.some((h) => h.code === selected.code) ? [selected] : []), ...hits];
  const name = "originCode";
  return (
    <fieldset id={fieldId(name)} aria-describedby={describedBy(name, props.error, true)} className="min-w-0 space-y-2">
      <legend className="font-medium">{t("origin")}</legend>
      <Hint name={name}>{t("originHint")}</Hint>
      <FieldError name={name} message={props.error} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex-1">
          <label htmlFor={fieldId("originQuery")} className="sr-only">
            {t("originSearch")}
          </label>
          <input
            id={fieldId("originQuery")}
            name="originQuery"
            type="search"
            autoComplete="off"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onKey}
            className={`${inputClass} mt-0`}
          />
        </div>
        {/* A plain submit without JavaScript (the server searches and keeps the form); with it, the search runs in the page. */}
        <button type="submit" name="intent" value="search" formNoValidate onClick={onButton} className={buttonClass("secondary")}>
          {t("originSearch")}
        </button>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-[var(--color-muted)]">
        {status === "searching" || props.pending ? t("originSearching") : status === "done" && query.trim().length >= 2 ? t("originResults", { count: hits.length }) : ""}
      </p>
      <div className="space-y-1">
        <label className="flex min-h-11 cursor-pointer items-start gap-2 py-1">
          <input type="radio" name={name} value="" checked={!chosen} onChange={() => setSelected(null)} className="mt-1 h-5 w-5 shrink-0" />
          <span>{t("originNone")}</span>
        </label>
        {options.map((o) => (
          <label key={o.code} className="flex min-h-11 cursor-pointer items-start gap-2 py-1">
            <input type="radio" name={name} value={o.code} checked={chosen === o.code} onChange={() => setSelected(o)} className="mt-1 h-5 w-5 shrink-0" />
            <span>
              {o.title}
              <span className="block text-sm text-[var(--color-muted)]">
                {o.matchedTitle ? t("originMatched", { title: o.matchedTitle, code: o.code }) : t("originCode", { code: o.code })}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
