import "server-only";
import { InvalidInputError, type LocalizedText } from "@/lib/errors";
import { match, MatchingError, type MatchOptions, type MatchResult, type PersonProfile } from "@/lib/matching";
import { preparedData } from "./reference";

/** Engine errors caused by the request (by code), with the field they concern and the message in both languages. */
const REQUEST_ERRORS: Partial<Record<MatchingError["code"], { field: string; fr: string }>> = {
  unknown_origin: { field: "origin", fr: "L’origine n’est pas un code de groupe de base de la CNP ni de profil OaSIS connu." },
  unknown_descriptor: { field: "adjustments", fr: "Un ajustement nomme un descripteur que le moteur ne note pas." },
  level_out_of_scale: { field: "adjustments", fr: "Un niveau d’ajustement sort de l’échelle de son descripteur." },
  invalid_option: { field: "limit", fr: "Une option de recherche est hors limites." },
};

/** Ranks every occupation for a person; request mistakes become an InvalidInputError naming the field. */
export async function matchProfile(profile: PersonProfile, options: MatchOptions): Promise<MatchResult> {
  const prepared = await preparedData();
  try {
    return match(prepared, profile, options);
  } catch (error) {
    const known = error instanceof MatchingError ? REQUEST_ERRORS[error.code] : undefined;
    if (known) {
      const text: LocalizedText = { en: (error as MatchingError).message, fr: known.fr };
      throw new InvalidInputError(text, known.field);
    }
    throw error;
  }
}

/** Parallel careers from one occupation, as its page and the API show them. */
export async function alternativesFor(code: string, options: MatchOptions): Promise<MatchResult | null> {
  const prepared = await preparedData();
  if (!prepared.occupationIndex.has(code)) return null;
  return match(prepared, { origin: code, adjustments: {}, constraints: { acceptRegulated: true } }, options);
}
