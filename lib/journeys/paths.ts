import type { JourneyKind, StepId } from "./schema";

/** The page of a journey step, with its locale prefix. */
export function stepHref(locale: string, kind: JourneyKind, step: StepId): string {
  return `/${locale}/${kind}?step=${step}`;
}

export function savedHref(locale: string, token: string): string {
  return `/${locale}/saved/${token}`;
}
