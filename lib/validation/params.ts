import { z } from "zod";

/**
 * A whole number from a query string: digits only. `z.coerce.number()` would
 * also take "0x10", "1e1", " 7 " or "Infinity".
 */
export function intParam(name: string, min: number, max: number, fallback: number) {
  const range = `${name} must be between ${min} and ${max}`;
  return z
    .string({ message: `${name} must be a number` })
    .regex(/^\d{1,6}$/, `${name} must be a whole number written in digits`)
    .transform(Number)
    .pipe(z.number().int().min(min, range).max(max, range))
    .default(fallback);
}
