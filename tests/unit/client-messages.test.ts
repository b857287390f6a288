import { describe, expect, it } from "vitest";
import { pickMessages } from "@/lib/i18n/client-messages";

describe("pickMessages", () => {
  const messages = { search: { label: "Job title" }, professions: { index: { a: "A" }, page: { b: "B" }, nocCodes: "NOC" }, layout: { x: "X" } };
  it("keeps only the listed paths", () => {
    expect(pickMessages(messages, ["search", "professions.index", "professions.nocCodes", "missing.path"])).toEqual({
      search: { label: "Job title" },
      professions: { index: { a: "A" }, nocCodes: "NOC" },
    });
  });
});
