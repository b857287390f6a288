import { inputClass, LabelledField, type FieldProps } from "@/components/journeys/ui";

/** Form fields of the casework pages beyond the shared text and select fields: labelled, their hint and error wired for screen readers, native validation so they work without JavaScript. */

export function TextArea({ defaultValue, maxLength, required, rows = 4, ...field }: FieldProps & { defaultValue?: string; maxLength: number; required?: boolean; rows?: number }) {
  return (
    <LabelledField
      {...field}
      control={(wiring) => (
        <textarea {...wiring} name={field.name} rows={rows} maxLength={maxLength} required={required} defaultValue={defaultValue} className={`${inputClass} max-w-2xl`} />
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
