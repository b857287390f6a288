/** The competency-matching engine: pure functions over prepared reference data. */
export { prepare, buildTextIndexes, savedPreparation, type SavedPreparation } from "./prepare";
export type { Calibration } from "./calibrate";
export { match, type MatchOptions } from "./match";
export { compareOccupations, type Comparison, type Direction } from "./compare";
export { explain, describeGaps, plainName, type ExplanationFacts } from "./explain";
export { kindOf, pathOf } from "./classify";
export { estimateRetraining, languageStep, neededClb, reachOf } from "./reach";
export { licensingFor, licenceNeeded, provinceFacts } from "./licensing";
export { scoreOf } from "./score";
export { profileSchema, constraintsSchema, PROVINCES, type PersonProfile, type PersonProfileInput, type Constraints } from "./profile";
export { MatchingError } from "./assert";
export * as messages from "./messages";
export {
  ENGINE_VERSION,
  SIGNAL_WEIGHTS,
  SIGNALS,
  COVERAGE_WEIGHTS,
  SCORED_FACETS,
  COMPETENCY_FACETS,
  type Facet,
  type ScoredFacet,
} from "./constants";
export type * from "./types";
export type { ReferenceInput, ProfessionKnowledge, CuratedOption, Bilingual, LicensingStepInput, RegulationStatus } from "./input";
