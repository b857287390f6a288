import { embedSettingsSchema, type EmbedSettingsInput } from "./settings-schema";

/**
 * The embed settings form: posted fields to the settings' input, and back.
 * The same names travel in the address when a post is refused, so the page
 * shows what was typed with each problem, without JavaScript.
 */

export const FORM_FIELDS = ["origins", "primary", "text", "background", "radius", "font", "locale"] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormValues = Partial<Record<FormField, string>>;

export function formValuesOf(read: (name: string) => unknown): FormValues {
  const values: FormValues = {};
  for (const name of FORM_FIELDS) {
    const value = read(name);
    if (typeof value === "string") values[name] = value.slice(0, name === "origins" ? 5000 : 100);
  }
  return values;
}

export function settingsInput(values: FormValues) {
  return {
    origins: (values.origins ?? "")
      .split(/[\r\n]+/)
      .map((line) => line.trim())
      .filter(Boolean),
    theme: { primary: values.primary, text: values.text, background: values.background, radius: values.radius, font: values.font },
    locale: values.locale,
  };
}

/** A field's problem as a message key (lib/i18n/messages/embed.*.json, embed.settings.errors) and its values. */
export interface FieldProblem {
  key: string;
  values: Record<string, string | number>;
  /** The schema's own words (English), for logs and tests. */
  message: string;
}

function problemOf(field: FormField, issue: { code: string; path: PropertyKey[]; message: string; params?: Record<string, unknown> }): FieldProblem {
  const params = issue.params ?? {};
  if (field === "origins") {
    const index = issue.path[1];
    if (typeof index === "number" && typeof params.problem === "string") return { key: `origins.${params.problem}`, values: { line: index + 1 }, message: `${index + 1}: ${issue.message}` };
    return { key: "origins.tooMany", values: {}, message: issue.message };
  }
  if ((field === "text" || field === "primary") && typeof params.contrast === "number") return { key: `contrast.${field}`, values: { ratio: params.contrast }, message: issue.message };
  if (field === "primary" || field === "text" || field === "background") return { key: "colour", values: {}, message: issue.message };
  return { key: field, values: {}, message: issue.message };
}

/** The settings, or each field's first problem (an origin's line number included). */
export function parseSettingsForm(values: FormValues): { ok: true; data: EmbedSettingsInput } | { ok: false; errors: Partial<Record<FormField, FieldProblem>> } {
  const parsed = embedSettingsSchema.safeParse(settingsInput(values));
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Partial<Record<FormField, FieldProblem>> = {};
  for (const issue of parsed.error.issues) {
    const [first, second] = issue.path;
    const field = (first === "theme" ? second : first) as FormField;
    if (!FORM_FIELDS.includes(field) || errors[field]) continue;
    errors[field] = problemOf(field, issue as never);
  }
  return { ok: false, errors };
}
