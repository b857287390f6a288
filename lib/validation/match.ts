import { z } from "zod";
import { localeParam } from "./occupations";

export const matchQuery = z.object({
  locale: localeParam.default("en"),
  limit: z.coerce
    .number({ message: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be between 1 and 100")
    .max(100, "limit must be between 1 and 100")
    .default(20),
});
