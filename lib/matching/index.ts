/** The competency-matching engine: pure functions over prepared reference data. */
export { prepare, type SavedPreparation } from "./prepare";
export type { Calibration } from "./calibrate";
export { match, type MatchOptions } from "./match";
export { compareOccupations, type Comparison, type Direction } from "./compare";
export { explain, plainName, type ExplanationFacts } from "./explain";
export { kindOf, pathOf } from "./classify";
export { estimateRetraining, reachOf } from "./reach";
export { profileSchema, constraintsSchema, PROVINCES, type PersonProfile, type PersonProfileInput, type Constraints } from "./profile";
export { MatchingError } from "./assert";
export * as messages from "./messages";
export {
  ENGINE_VERSION,
  FACET_WEIGHTS,
  COVERAGE_SHARE,
  SCORED_FACETS,
  COMPETENCY_FACETS,
  type Facet,
  type ScoredFacet,
} from "./constants";
export type * from "./types";
export type { ReferenceInput } from "./input";
