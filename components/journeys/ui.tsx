import type { ReactNode } from "react";

/** Small form primitives for the journeys: labelled fields with their error and hint wired for screen readers. */

export const inputClass =
  "mt-1 block w-full max-w-md min-h-11 rounded border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

export function fieldId(name: string): string {
  return `f-${name}`;
}

export function describedBy(name: string, error: string | undefined, hint: boolean): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : null, error ? `${fieldId(name)}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldError({ name, message }: { name: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${fieldId(name)}-error`} className="mt-1 text-sm font-medium text-red-800">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

export function Hint({ name, children }: { name: string; children: ReactNode }) {
  return (
    <p id={`${fieldId(name)}-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
      {children}
    </p>
  );
}

/** The id and accessible wiring a labelled field hands to its control. */
export interface ControlWiring {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

export interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  /** Distinguishes the same field in several forms on one page (the ids become f-<prefix>-<name>). */
  idPrefix?: string;
}

/** The label, hint and error around one control; `control` gets the id and the accessible wiring. */
export function LabelledField({ name, label, error, hint, idPrefix, control }: FieldProps & { control: (wiring: ControlWiring) => ReactNode }) {
  const key = idPrefix ? `${idPrefix}-${name}` : name;
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

/** A labelled text (or date) input with its hint and error wired for screen readers; `width` adds classes such as "w-32". */
export function TextField({
  defaultValue,
  type = "text",
  required,
  maxLength,
  max,
  pattern,
  inputMode,
  autoComplete = "off",
  list,
  width,
  ...field
}: FieldProps & {
  defaultValue?: string;
  type?: "text" | "date";
  required?: boolean;
  maxLength?: number;
  max?: string;
  pattern?: string;
  inputMode?: "numeric" | "decimal" | "text";
  autoComplete?: string;
  list?: string;
  width?: string;
}) {
  return (
    <LabelledField
      {...field}
      control={(wiring) => (
        <input
          {...wiring}
          name={field.name}
          type={type}
          required={required}
          maxLength={maxLength}
          max={max}
          pattern={pattern}
          inputMode={inputMode}
          autoComplete={autoComplete}
          list={list}
          defaultValue={defaultValue}
          className={width ? `${inputClass} ${width}` : inputClass}
        />
      )}
    />
  );
}

/** A labelled select with its hint and error wired for screen readers. */
export function SelectField({ options, defaultValue, ...field }: FieldProps & { options: { value: string; label: string }[]; defaultValue?: string }) {
  return (
    <LabelledField
      {...field}
      control={(wiring) => (
        <select {...wiring} name={field.name} defaultValue={defaultValue} className={inputClass}>
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

export function Choices(props: {
  name: string;
  legend: ReactNode;
  type: "radio" | "checkbox";
  options: { value: string; label: ReactNode; hint?: ReactNode }[];
  checked: readonly string[];
  error?: string;
  hint?: string;
  columns?: boolean;
  legendClass?: string;
}) {
  const { name, legend, type, options, checked, error, hint, columns, legendClass } = props;
  return (
    <fieldset id={fieldId(name)} aria-describedby={describedBy(name, error, Boolean(hint))} className="min-w-0">
      <legend className={legendClass ?? "font-medium"}>{legend}</legend>
      {hint ? <Hint name={name}>{hint}</Hint> : null}
      <FieldError name={name} message={error} />
      <div className={columns ? "mt-2 grid gap-1 sm:grid-cols-2" : "mt-2 space-y-1"}>
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 cursor-pointer items-start gap-2 py-1">
            <input
              type={type}
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
              className="mt-1 h-5 w-5 shrink-0"
            />
            <span>
              {o.label}
              {o.hint ? <span className="block text-sm text-[var(--color-muted)]">{o.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export type ButtonVariant = "primary" | "secondary" | "danger";

export function buttonClass(variant: ButtonVariant): string {
  const styles = {
    primary: "bg-[var(--color-brand)] text-white hover:bg-[var(--color-brand-dark)]",
    secondary: "border border-[var(--color-brand)] bg-white text-[var(--color-brand)] hover:bg-[var(--color-surface)]",
    danger: "border border-red-800 bg-white text-red-800 hover:bg-red-50",
  }[variant];
  return `min-h-11 rounded px-4 py-2 font-medium ${styles}`;
}

export function Button({ children, name, value, variant = "primary", formNoValidate }: { children: ReactNode; name?: string; value?: string; variant?: ButtonVariant; formNoValidate?: boolean }) {
  return (
    <button type="submit" name={name} value={value} formNoValidate={formNoValidate} className={buttonClass(variant)}>
      {children}
    </button>
  );
}

/** A link that looks like a button: for actions that first show a page (the delete confirmation). */
export function ButtonLink({ children, href, variant = "primary" }: { children: ReactNode; href: string; variant?: ButtonVariant }) {
  return (
    <a href={href} className={`${buttonClass(variant)} inline-flex items-center no-underline`}>
      {children}
    </a>
  );
}
