import type { ReactNode } from "react";
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

/** The label, hint and error around one control; `control` gets the id and the accessible wiring. */
function Labelled({
  name,
  label,
  error,
  hint,
  idPrefix,
  control,
}: Common & { control: (wiring: { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined }) => ReactNode }) {
  const key = idFor(name, idPrefix);
  return (
    <div>
      <label htmlFor={fieldId(key)} className="block font-medium">
        {label}
      </label>
      {hint ? <Hint name={key}>{hint}</Hint> : null}
      {control({ id: fieldId(key), "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(key, error, Boolean(hint)) })}
      <FieldError name={key} message={error} />
    </div>
  );
}

export function TextArea({ defaultValue, maxLength, required, rows = 4, ...common }: Common & { defaultValue?: string; maxLength: number; required?: boolean; rows?: number }) {
  return (
    <Labelled
      {...common}
      control={(wiring) => (
        <textarea {...wiring} name={common.name} rows={rows} maxLength={maxLength} required={required} defaultValue={defaultValue} className={`${inputClass} max-w-2xl`} />
      )}
    />
  );
}

export function Input({
  defaultValue,
  type = "text",
  maxLength,
  required,
  max,
  pattern,
  inputMode,
  ...common
}: Common & { defaultValue?: string; type?: "text" | "date"; maxLength?: number; required?: boolean; max?: string; pattern?: string; inputMode?: "numeric" | "text" }) {
  return (
    <Labelled
      {...common}
      control={(wiring) => (
        <input
          {...wiring}
          name={common.name}
          type={type}
          maxLength={maxLength}
          required={required}
          max={max}
          pattern={pattern}
          inputMode={inputMode}
          autoComplete="off"
          defaultValue={defaultValue}
          className={inputClass}
        />
      )}
    />
  );
}

export function Select({ options, defaultValue, ...common }: Common & { options: { value: string; label: string }[]; defaultValue?: string }) {
  return (
    <Labelled
      {...common}
      control={(wiring) => (
        <select {...wiring} name={common.name} defaultValue={defaultValue} className={inputClass}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
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
