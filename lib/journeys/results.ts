import "server-only";
import { matchProfile } from "@/lib/alternatives/service";
import { profileSchema } from "@/lib/matching/profile";
import { professionForOccupation } from "./content";
import { planFrom, type JourneyPlan } from "./plan";
import { profileFrom } from "./profile";
import type { JourneyAnswers, JourneyKind } from "./schema";

/** How many results the engine ranks and explains for a journey. */
export const RESULT_LIMIT = 60;

/** The results and roadmap of a journey, or null until the profession is known. */
export async function journeyPlan(kind: JourneyKind, answers: JourneyAnswers, locale: "en" | "fr"): Promise<JourneyPlan | null> {
  const input = profileFrom(answers);
  if (!input) return null;
  const profile = profileSchema.parse(input);
  const result = await matchProfile(profile, { limit: RESULT_LIMIT, explainTop: RESULT_LIMIT, locale });
  const profession = professionForOccupation(profile.origin, locale)?.frontmatter ?? null;
  return planFrom(kind, answers, result, profession, { locale });
}
