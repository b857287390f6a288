import { describe, expect, it } from "vitest";
import { answersToValues, errorFields, formInput, valuesFromQuery, valuesToQuery } from "@/lib/workspace/reports/form";
import { reportInputSchema } from "@/lib/workspace/reports/schema";

describe("the run-a-report form", () => {
  it("turns posted fields into the API's input", () => {
    const parsed = reportInputSchema.parse(
      formInput({ origin: "31301", provinces: ["ON", "QC"], languageClb: "7", "q.care": "more", "q.computers": "about", retrainingMonths: "24", retrainingBudget: "", acceptRegulated: "no", assessment: "gaps" }),
    );
    expect(parsed).toEqual({
      origin: "31301",
      provinces: ["ON", "QC"],
      languageClb: 7,
      choices: { care: "more", computers: "about" },
      constraints: { retrainingMonths: 24, acceptRegulated: false },
      assessment: "gaps",
    });
  });

  it("names the refused fields as the form names them", () => {
    const result = reportInputSchema.safeParse(formInput({ origin: "3130", provinces: ["XX"], languageClb: "1e1", "q.care": "lots", retrainingMonths: "-3", retrainingBudget: "900000" }));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(errorFields(result.error).sort()).toEqual(["choices", "languageClb", "origin", "provinces", "retrainingBudget", "retrainingMonths"]);
  });

  it("keeps what was typed through the address, and only the form's own fields", () => {
    const values = { origin: "3130", provinces: ["ON"], languageClb: "15", "q.care": "more", displayName: "Secret" };
    const query = valuesToQuery(values, ["origin", "languageClb"]);
    expect(query.get("displayName")).toBeNull();
    const back = valuesFromQuery(Object.fromEntries([...new Set(query.keys())].map((k) => [k, query.getAll(k).length > 1 || k === "provinces" ? query.getAll(k) : query.get(k)!])));
    expect(back).toEqual({ origin: "3130", provinces: ["ON"], languageClb: "15", "q.care": "more" });
    expect(valuesFromQuery({ origin: "31301" })).toBeNull();
  });

  it("prefills the next run from a report's answers", () => {
    const values = answersToValues({
      origin: "31301",
      provinces: ["ON"],
      languageClb: null,
      choices: { teach: "less" },
      constraints: { retrainingMonths: 12, retrainingBudget: null, acceptRegulated: true },
      assessment: null,
    });
    expect(reportInputSchema.parse(formInput(values))).toEqual({ origin: "31301", provinces: ["ON"], choices: { teach: "less" }, constraints: { retrainingMonths: 12, acceptRegulated: true } });
  });
});
