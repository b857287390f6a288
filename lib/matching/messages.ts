/**
 * Every error the engine can raise. They are constants so callers (the API
 * route) can recognise them and answer 422 instead of 500.
 */
export const UNKNOWN_ORIGIN = "The origin is not a known NOC unit group or OaSIS profile code.";
export const UNKNOWN_DESCRIPTOR = "An adjustment names a descriptor the engine does not score.";
export const LEVEL_OUT_OF_SCALE = "An adjustment level is outside its descriptor's scale.";
export const INVALID_OPTION = "A match option is out of range.";
export const EMPTY_REFERENCE = "The reference data has no occupations or no scored descriptors.";
export const DUPLICATE_CODE = "The reference data lists the same occupation or descriptor code twice.";
export const INVALID_RATING = "The reference data has a rating outside its descriptor's scale.";
export const SAME_ORIGIN_AND_TARGET = "A comparison needs two different occupations.";

/** A stable code per error, so callers branch on `MatchingError.code`, never on the text. */
export const CODES = {
  [UNKNOWN_ORIGIN]: "unknown_origin",
  [UNKNOWN_DESCRIPTOR]: "unknown_descriptor",
  [LEVEL_OUT_OF_SCALE]: "level_out_of_scale",
  [INVALID_OPTION]: "invalid_option",
  [EMPTY_REFERENCE]: "empty_reference",
  [DUPLICATE_CODE]: "duplicate_code",
  [INVALID_RATING]: "invalid_rating",
  [SAME_ORIGIN_AND_TARGET]: "same_origin_and_target",
} as const;
export type MatchingErrorCode = (typeof CODES)[keyof typeof CODES] | "engine_error";
