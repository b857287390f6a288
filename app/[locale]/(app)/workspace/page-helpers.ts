import { getFormatter, getTranslations } from "next-intl/server";

/** Small helpers shared by the workspace pages (not a route). */

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
export type OrgParams = Promise<{ locale: string; org: string }>;

export function one(query: Record<string, string | string[] | undefined>, key: string): string | undefined {
  const v = query[key];
  return typeof v === "string" ? v : undefined;
}

/** Dates: date-only values are calendar days (no time zone shift); moments are shown in UTC, said so. */
export async function dateFormats() {
  const format = await getFormatter();
  return {
    day: (iso: string) => format.dateTime(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso), { dateStyle: "medium", timeZone: "UTC" }),
    moment: (iso: string) => format.dateTime(new Date(iso), { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" }),
  };
}

const ERROR_CODES = ["forbidden", "conflict", "not_found", "invalid_input"] as const;

/** The message for an error code carried back in the address (never free text from the address). */
export async function errorText(code: string | undefined): Promise<string | null> {
  if (!code) return null;
  const t = await getTranslations("workspace.errors");
  return (ERROR_CODES as readonly string[]).includes(code) ? t(code as (typeof ERROR_CODES)[number]) : t("unknown");
}

export const NO_INDEX = { index: false, follow: false } as const;
