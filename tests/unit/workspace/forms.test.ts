import { describe, expect, it } from "vitest";
import { clientCreateSchema } from "@/lib/workspace/clients/schema";
import { CLIENT_MULTI_FIELDS, clientInput, clientValues, errorFields, formValues } from "@/lib/workspace/forms";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

const complete: [string, string][] = [
  ["$ACTION_ID_abc", ""],
  ["locale", "fr"],
  ["displayName", "  Amina K. "],
  ["contact", ""],
  ["languages", "Arabic, French;  English\n"],
  ["originCode", "31301"],
  ["countryOfTraining", "Morocco"],
  ["provinces", "QC"],
  ["provinces", "ON"],
  ["arrivalDate", "2026-03-01"],
  ["clbEnglish", "7"],
  ["nclcFrench", ""],
  ["consentScopes", "record"],
  ["consentScopes", "match"],
  ["consentGivenAt", "2026-11-20"],
  ["consentExpiresAt", ""],
  ["counsellorId", ""],
  ["status", "active"],
];

describe("client form to schema input", () => {
  it("turns a posted form into a valid client: lists split, blanks as nulls, checkboxes as arrays", () => {
    const values = formValues(form(complete), CLIENT_MULTI_FIELDS);
    expect(values.$ACTION_ID_abc).toBeUndefined();
    expect(values.provinces).toEqual(["QC", "ON"]);
    const parsed = clientCreateSchema.parse(clientInput(values));
    expect(parsed).toMatchObject({
      displayName: "Amina K.",
      contact: null,
      languages: ["Arabic", "French", "English"],
      originCode: "31301",
      provinces: ["QC", "ON"],
      arrivalDate: "2026-03-01",
      clbEnglish: 7,
      nclcFrench: null,
      consent: { scopes: ["record", "match"], givenAt: "2026-11-20", expiresAt: null },
      counsellorId: null,
      status: "active",
    });
  });

  it("names each refused field as the form does (consent parts by their own inputs)", () => {
    const broken = complete
      .filter(([k, v]) => !(k === "consentScopes" && v === "record"))
      .map(([k, v]): [string, string] => (k === "displayName" ? [k, " "] : k === "clbEnglish" ? [k, "13"] : k === "consentExpiresAt" ? [k, "2020-01-01"] : [k, v]));
    const result = clientCreateSchema.safeParse(clientInput(formValues(form(broken), CLIENT_MULTI_FIELDS)));
    expect(result.success).toBe(false);
    expect(errorFields(result.error!).sort()).toEqual(["clbEnglish", "consentExpiresAt", "consentScopes", "displayName"]);
  });

  it("fills the form from a file and gets the same file back", () => {
    const parsed = clientCreateSchema.parse(clientInput(formValues(form(complete), CLIENT_MULTI_FIELDS)));
    const view = {
      ...parsed,
      contact: parsed.contact ?? null,
      languages: parsed.languages ?? [],
      origin: parsed.originCode ? { code: parsed.originCode } : null,
      countryOfTraining: parsed.countryOfTraining ?? null,
      provinces: parsed.provinces ?? [],
      arrivalDate: parsed.arrivalDate ?? null,
      clbEnglish: parsed.clbEnglish ?? null,
      nclcFrench: parsed.nclcFrench ?? null,
      consent: { ...parsed.consent, expiresAt: parsed.consent.expiresAt ?? null },
      counsellor: null,
      status: parsed.status ?? "intake",
    };
    expect(clientCreateSchema.parse(clientInput(clientValues(view)))).toEqual(parsed);
  });
});
