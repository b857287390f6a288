import { z } from "zod";
import { localeParam } from "./occupations";
import { intParam } from "./params";

export const matchQuery = z.object({
  locale: localeParam.default("en"),
  limit: intParam("limit", 1, 100, 20),
});
