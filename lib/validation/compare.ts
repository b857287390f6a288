import { z } from "zod";

const code = z.string().trim().regex(/^\d{5}$/, "a five-digit NOC 2021 unit group code");

export const compareQuery = z
  .object({ a: code, b: code })
  .refine((q) => q.a !== q.b, { message: "two different occupations", path: ["b"] });
