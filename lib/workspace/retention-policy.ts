/**
 * How long an organization keeps a client file that is inactive or
 * discharged, counted from the last work on it (Organization.retentionMonths).
 * Pure constants and their schema, shared by the settings form, the privacy
 * page and the retention job (lib/workspace/retention.ts).
 */
import { z } from "zod";

export const RETENTION_MONTHS = { min: 6, max: 120, default: 36 } as const;

export const retentionSettingsSchema = z.object({
  retentionMonths: z.coerce
    .number({ error: "months" })
    .int({ error: "months" })
    .min(RETENTION_MONTHS.min, { error: "months" })
    .max(RETENTION_MONTHS.max, { error: "months" }),
});
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

/** Statuses whose files the retention job may erase. */
export const RETIRED_STATUSES = ["inactive", "discharged"] as const;

/** The last activity before which a retired file is erased at `now`. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}
