"use client";

import { useId, type FormEvent } from "react";

/**
 * A search box in a plain GET form: without JavaScript, submitting loads
 * `action?q=...` and the server renders the results; with it, the parent
 * reacts to each keystroke through `onChange`.
 */
export function SearchForm(props: {
  action: string;
  label: string;
  hint?: string;
  placeholder: string;
  submitLabel: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
}) {
  const inputId = useId();
  const hintId = useId();
  return (
    <form role="search" action={props.action} method="get" onSubmit={props.onSubmit} className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex-1">
        <label htmlFor={inputId} className="mb-1 block font-medium">
          {props.label}
        </label>
        {props.hint ? (
          <p id={hintId} className="mb-1 text-sm text-[var(--color-muted)]">
            {props.hint}
          </p>
        ) : null}
        <input
          id={inputId}
          name="q"
          type="search"
          autoComplete="off"
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          placeholder={props.placeholder}
          aria-describedby={props.hint ? hintId : undefined}
          className="w-full rounded border border-slate-500 px-3 py-2 text-base"
        />
      </div>
      <button type="submit" className="rounded bg-[var(--color-brand)] px-4 py-2 font-medium text-white hover:bg-[var(--color-brand-dark)]">
        {props.submitLabel}
      </button>
    </form>
  );
}
