import { stripControl } from "@/lib/api/parse";

/** What a rejected step carries to the next page: its errors (message keys) and what was typed. */
export interface Flash {
  kind: string;
  step: string;
  errors: Record<string, string>;
  values: Record<string, string | string[]>;
}

export const MAX_FIELD_NAME = 60;

/**
 * A browser drops a cookie over 4 KB (name, value and attributes): the flash
 * keeps its errors and as much of what was typed as fits in this many bytes
 * once URL-encoded, as the cookie stores it.
 */
export const FLASH_BUDGET = 3500;

const encodedSize = (value: unknown) => encodeURIComponent(JSON.stringify(value)).length;

export function boundedFlash(flash: Flash): Flash {
  const clean = (v: string, max: number) => stripControl(v).slice(0, max);
  const errors = Object.fromEntries(Object.entries(flash.errors).slice(0, 40).map(([k, v]) => [k.slice(0, MAX_FIELD_NAME), v.slice(0, 60)]));
  const values: Flash["values"] = {};
  let size = encodedSize({ kind: flash.kind.slice(0, 40), step: flash.step.slice(0, 40), errors, values });
  for (const [key, value] of Object.entries(flash.values)) {
    const kept = Array.isArray(value) ? value.slice(0, 20).map((x) => clean(x, 20)) : clean(value, 1000);
    const cost = encodedSize({ [key]: kept });
    if (size + cost > FLASH_BUDGET) continue;
    values[key] = kept;
    size += cost;
  }
  return { kind: flash.kind.slice(0, 40), step: flash.step.slice(0, 40), errors, values };
}
