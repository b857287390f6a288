import { listProfessions, type ProfessionFile } from "@/lib/content/load";

/** The profession page (if any) that covers a NOC unit group, in one language. */
export function professionForOccupation(code: string, locale: "en" | "fr"): ProfessionFile | null {
  return listProfessions(locale).find((p) => p.frontmatter.nocCodes.includes(code)) ?? null;
}
