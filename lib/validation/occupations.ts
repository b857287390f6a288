import { z } from "zod";
import { intParam } from "./params";

export const localeParam = z.enum(["en", "fr"], { message: "locale must be en or fr" });

export const occupationSearchQuery = z.object({
  q: z
    .string({ message: "q is required" })
    .trim()
    .min(2, "q must have at least 2 characters")
    .max(100, "q must have at most 100 characters"),
  locale: localeParam.default("en"),
  limit: intParam("limit", 1, 50, 10),
});

export const occupationCodeParam = z.object({
  code: z.string().regex(/^\d{5}$/, "code must be a five-digit NOC 2021 unit group code, e.g. 31301"),
});

export const occupationDetailQuery = z.object({
  locale: localeParam.default("en"),
});
