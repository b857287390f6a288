import "server-only";
import { HttpError } from "@/lib/api/handler";
import { match, MatchingError, messages, type MatchOptions, type MatchResult, type PersonProfile } from "@/lib/matching";
import { preparedData } from "./reference";

/** Engine errors caused by the request, with the field they concern. */
const REQUEST_ERRORS: Record<string, string> = {
  [messages.UNKNOWN_ORIGIN]: "origin",
  [messages.UNKNOWN_DESCRIPTOR]: "adjustments",
  [messages.LEVEL_OUT_OF_SCALE]: "adjustments",
  [messages.INVALID_OPTION]: "limit",
};

/** Ranks every occupation for a person; request mistakes become a 422 naming the field. */
export async function matchProfile(profile: PersonProfile, options: MatchOptions): Promise<MatchResult> {
  const prepared = await preparedData();
  try {
    return match(prepared, profile, options);
  } catch (error) {
    if (error instanceof MatchingError && REQUEST_ERRORS[error.message]) {
      throw new HttpError(422, error.message, REQUEST_ERRORS[error.message]);
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
