import { describedBy, FieldError, fieldId, Hint, inputClass } from "@/components/journeys/ui";

/** Form fields of the casework pages: labelled, their hint and error wired for screen readers, native validation so they work without JavaScript. */

interface Common {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  /** Distinguishes the same field in several forms on one page. */
  idPrefix?: string;
}

const idFor = (name: string, prefix?: string) => (prefix ? `${prefix}-${name}` : name);

export function TextArea({ name, label, error, hint, idPrefix, defaultValue, maxLength, required, rows = 4 }: Common & { defaultValue?: string; maxLength: number; required?: boolean; rows?: number }) {
  const key = idFor(name, idPrefix);
  return (
    <div>
      <label htmlFor={fieldId(key)} className="block font-medium">
        {label}
      </label>
      {hint ? <Hint name={key}>{hint}</Hint> : null}
      <textarea
        id={fieldId(key)}
        name={name}
        rows={rows}
        maxLength={maxLength}
        required={required}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(key, error, Boolean(hint))}
        className={`${inputClass} max-w-2xl`}
      />
      <FieldError name={key} message={error} />
    </div>
  );
}

export function Input({
  name,
  label,
  error,
  hint,
  idPrefix,
  defaultValue,
  type = "text",
  maxLength,
  required,
  max,
  pattern,
  inputMode,
}: Common & { defaultValue?: string; type?: "text" | "date"; maxLength?: number; required?: boolean; max?: string; pattern?: string; inputMode?: "numeric" | "text" }) {
  const key = idFor(name, idPrefix);
  return (
    <div>
      <label htmlFor={fieldId(key)} className="block font-medium">
        {label}
      </label>
      {hint ? <Hint name={key}>{hint}</Hint> : null}
      <input
        id={fieldId(key)}
        name={name}
        type={type}
        maxLength={maxLength}
        required={required}
        max={max}
        pattern={pattern}
        inputMode={inputMode}
        autoComplete="off"
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(key, error, Boolean(hint))}
        className={inputClass}
      />
      <FieldError name={key} message={error} />
    </div>
  );
}

export function Select({ name, label, error, hint, idPrefix, options, defaultValue }: Common & { options: { value: string; label: string }[]; defaultValue?: string }) {
  const key = idFor(name, idPrefix);
  return (
    <div>
      <label htmlFor={fieldId(key)} className="block font-medium">
        {label}
      </label>
      {hint ? <Hint name={key}>{hint}</Hint> : null}
      <select
        id={fieldId(key)}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(key, error, Boolean(hint))}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError name={key} message={error} />
    </div>
  );
}

/** The hidden fields every casework form posts. */
export function Context({ locale, org, client }: { locale: string; org: string; client: string }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="client" value={client} />
    </>
  );
}
