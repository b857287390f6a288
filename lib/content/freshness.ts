import type { ProfessionFrontmatter } from "./schema";

/**
 * When a dated claim is too old to show without a warning. The one place
 * these limits live; pages, tests and the tone checker all read them here.
 *
 * - A figure describes a year. Labour markets, pass rates and fees move, so a
 *   number describing a year more than FIGURE_MAX_AGE_YEARS before today may
 *   no longer hold (in 2026, anything from 2017 or earlier).
 * - A source, figure or step was compared with its source on its `checked`
 *   day. Fees and rules change every year or two, so a check older than
 *   CHECK_MAX_AGE_MONTHS is no longer a check (the same limit the voice guide
 *   has always set for reviews).
 * A stale claim stays on the page, marked "may be out of date", with the reason.
 */

export const FIGURE_MAX_AGE_YEARS = 8;
export const CHECK_MAX_AGE_MONTHS = 18;

export type StaleReason = "old-figure" | "not-rechecked";

export interface Freshness {
  stale: boolean;
  reasons: StaleReason[];
}

/** `date` moved back by `months` calendar months, clamped to the month's last day (UTC). */
export function monthsBefore(date: Date, months: number): Date {
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** Whether a claim with this `year` and `checked` date is stale on `today`, and why. */
export function freshnessOf(claim: { year: number; checked: string }, today: Date): Freshness {
  const reasons: StaleReason[] = [];
  if (today.getUTCFullYear() - claim.year > FIGURE_MAX_AGE_YEARS) reasons.push("old-figure");
  const oldestCheck = monthsBefore(today, CHECK_MAX_AGE_MONTHS).toISOString().slice(0, 10);
  if (claim.checked < oldestCheck) reasons.push("not-rechecked");
  return { stale: reasons.length > 0, reasons };
}

/**
 * The lists of a page whose entries are dated claims AND are rendered with a
 * freshness note ("figure from 2013", "may be out of date"). A dated claim
 * found anywhere else in the frontmatter has no note on the page; the claims
 * test fails on it.
 */
export const NOTED_CLAIM_LISTS = ["figures", "licensingSteps", "sources"] as const;

export interface LocatedClaim {
  /** Where in the frontmatter, e.g. `figures[2]`. */
  where: string;
  /** The top-level field the claim sits under. */
  list: string;
  label: string;
  year: number;
  checked: string;
}

function isDated(value: unknown): value is { year: number; checked: string } {
  if (value === null || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return typeof v.year === "number" && typeof v.checked === "string";
}

function labelOf(value: Record<string, unknown>): string {
  for (const key of ["label", "title", "id", "name"]) if (typeof value[key] === "string") return value[key] as string;
  return "";
}

/**
 * Every dated claim in a page's frontmatter, wherever it is: any object with
 * a numeric `year` and a `checked` date. Found by walking the data rather
 * than by listing fields, so a dated claim added to a new field is found too.
 */
export function datedClaims(fm: ProfessionFrontmatter): LocatedClaim[] {
  const out: LocatedClaim[] = [];
  const walk = (value: unknown, where: string, list: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${where}[${i}]`, list));
      return;
    }
    if (value === null || typeof value !== "object") return;
    if (isDated(value)) {
      out.push({ where, list, label: labelOf(value as Record<string, unknown>), year: value.year, checked: value.checked });
    }
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      walk(item, where ? `${where}.${key}` : key, list || key);
    }
  };
  walk(fm, "", "");
  return out;
}

/** Whether the page shows a freshness note for claims under that top-level field. */
export function hasFreshnessNote(list: string): boolean {
  return (NOTED_CLAIM_LISTS as readonly string[]).includes(list);
}

/** The dated claims of a page that are stale on `today`, with the reasons. */
export function staleClaims(fm: ProfessionFrontmatter, today: Date): (LocatedClaim & Freshness)[] {
  return datedClaims(fm)
    .map((claim) => ({ ...claim, ...freshnessOf(claim, today) }))
    .filter((claim) => claim.stale);
}

/** Stale claims the page would show without a note: dated claims outside NOTED_CLAIM_LISTS. */
export function staleClaimsWithoutNote(fm: ProfessionFrontmatter, today: Date): (LocatedClaim & Freshness)[] {
  return staleClaims(fm, today).filter((claim) => !hasFreshnessNote(claim.list));
}
