/**
 * A search box in a plain GET form: submitting loads `action?q=...` and the
 * server renders the results. The islands script (lib/islands/live-search.ts)
 * makes it search as you type: it loads the same result page after each
 * pause and shows its results (`resultsId`) and status (`statusId`) here.
 */
export function SearchForm(props: {
  id: string;
  action: string;
  label: string;
  hint?: string;
  placeholder: string;
  submitLabel: string;
  value: string;
  live: {
    resultsId: string;
    statusId: string;
    /** Shorter queries show nothing. */
    minLength?: number;
    /** Enter keeps the results on this page instead of loading the result page. */
    stay?: boolean;
    searching?: string;
    error?: string;
  };
}) {
  const inputId = `${props.id}-q`;
  const hintId = `${props.id}-hint`;
  const { live } = props;
  return (
    <form
      role="search"
      action={props.action}
      method="get"
      data-live-search={live.resultsId}
      data-live-status={live.statusId}
      data-live-min={live.minLength ?? 0}
      data-live-stay={live.stay ? "" : undefined}
      data-live-searching={live.searching}
      data-live-error={live.error}
      className="flex flex-col gap-2 sm:flex-row sm:items-end"
    >
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
          defaultValue={props.value}
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
