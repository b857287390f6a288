import type { z } from "zod";

/**
 * From the workspace's HTML forms to the services' schema input, and back:
 * a posted form is flat text (checkboxes repeat their name), the schemas
 * want nulls, arrays and a nested consent; a rejected form is shown again
 * with what was typed and one message per field.
 */

/** What a form held, by field name, to fill it again after a rejection. */
export type FormValues = Record<string, string | string[]>;

export function formValues(formData: FormData, multi: readonly string[] = []): FormValues {
  const out: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    if (multi.includes(key)) out[key] = [...((out[key] as string[] | undefined) ?? []), value];
    else out[key] = value;
  }
  return out;
}

const text = (values: FormValues, name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
const list = (values: FormValues, name: string) => {
  const v = values[name];
  return Array.isArray(v) ? v : typeof v === "string" && v ? [v] : [];
};
const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

/** Client file fields whose checkboxes repeat. */
export const CLIENT_MULTI_FIELDS = ["provinces", "consentScopes"] as const;

/** The client form's values as `clientCreateSchema` input (also a full patch). */
export function clientInput(values: FormValues): Record<string, unknown> {
  const languages = text(values, "languages")
    .split(/[,;\n]/)
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    displayName: text(values, "displayName"),
    contact: text(values, "contact"),
    languages,
    originCode: orNull(text(values, "originCode")),
    countryOfTraining: text(values, "countryOfTraining"),
    provinces: list(values, "provinces"),
    arrivalDate: orNull(text(values, "arrivalDate")),
    clbEnglish: orNull(text(values, "clbEnglish")),
    nclcFrench: orNull(text(values, "nclcFrench")),
    consent: {
      scopes: list(values, "consentScopes"),
      givenAt: text(values, "consentGivenAt").trim(),
      expiresAt: orNull(text(values, "consentExpiresAt")),
    },
    counsellorId: orNull(text(values, "counsellorId")),
    status: text(values, "status") || undefined,
  };
}

/** A schema path as the form's field name (`consent.givenAt` → `consentGivenAt`, `languages.3` → `languages`). */
function fieldOf(path: readonly PropertyKey[]): string {
  const [first, second] = path.map(String);
  if (first === "consent") return second === "givenAt" ? "consentGivenAt" : second === "expiresAt" ? "consentExpiresAt" : "consentScopes";
  return first ?? "form";
}

/** The fields a schema refused (first problem per field). */
export function errorFields(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((issue) => fieldOf(issue.path)))];
}

/** A client file as the form's values (for editing). */
export function clientValues(client: {
  displayName: string;
  contact: string | null;
  languages: string[];
  origin: { code: string } | null;
  countryOfTraining: string | null;
  provinces: string[];
  arrivalDate: string | null;
  clbEnglish: number | null;
  nclcFrench: number | null;
  consent: { scopes: string[]; givenAt: string; expiresAt: string | null };
  counsellor: { id: string } | null;
  status: string;
}): FormValues {
  return {
    displayName: client.displayName,
    contact: client.contact ?? "",
    languages: client.languages.join(", "),
    originCode: client.origin?.code ?? "",
    countryOfTraining: client.countryOfTraining ?? "",
    provinces: client.provinces,
    arrivalDate: client.arrivalDate ?? "",
    clbEnglish: client.clbEnglish?.toString() ?? "",
    nclcFrench: client.nclcFrench?.toString() ?? "",
    consentScopes: client.consent.scopes,
    consentGivenAt: client.consent.givenAt,
    consentExpiresAt: client.consent.expiresAt ?? "",
    counsellorId: client.counsellor?.id ?? "",
    status: client.status,
  };
}

/** An occupation offered in the client form's profession search. */
export interface OriginOption {
  code: string;
  title: string;
  matchedTitle: string | null;
}

/** What a stateful workspace form shows after a submission: what was typed, messages per field, and what the action produced. */
export interface FormState {
  /** Increases with each answer, so the form's fields take the values again. */
  round: number;
  values: FormValues;
  errors: Record<string, string>;
  /** The client form's profession search. */
  query?: string;
  hits?: OriginOption[];
  /** An invitation sent: its address and link. */
  invited?: { email: string; link: string };
  /** An API key created: shown once. */
  apiKey?: { name: string; key: string };
}

export const EMPTY_FORM: FormState = { round: 0, values: {}, errors: {} };
