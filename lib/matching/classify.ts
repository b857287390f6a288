import { BETTER_MATCH_MARGIN } from "./constants";
import type { AlternativeKind, CareerPath, PreparedData, PreparedOccupation } from "./types";

/**
 * The kind of alternative, from the NOC 2021 code and the closeness of the
 * work (profession vs target, symmetric). In a five-digit code the first
 * digit is the broad occupational category (the field), the second the TEER,
 * the first four the minor group. NOC files parallel occupations at
 * different TEERs under the same broad category (engineers 213xx and
 * technologists 223xx, nurses 31301 and 32101), often with the same last
 * three digits.
 *
 * - similar-scope: same broad category, different TEER (management, TEER 0,
 *   is a different role, not a parallel scope), and work at least
 *   as close as a typical pair within one minor group (or a parallel code,
 *   same last three digits, whose work is related);
 * - same-field: same broad category and same minor group or related work;
 * - related-field: same broad category, or related work in another one;
 * - unrelated-field: the rest (life and work skills).
 */
export function kindOf(
  origin: PreparedOccupation,
  target: PreparedOccupation,
  closeness: number,
  cuts: PreparedData["cuts"],
): AlternativeKind {
  // Character comparisons rather than slices: this runs for every target of every match.
  const a = origin.code;
  const b = target.code;
  const sameBroad = a.charCodeAt(0) === b.charCodeAt(0);
  const related = closeness >= cuts.related;
  const parallel = a.charCodeAt(2) === b.charCodeAt(2) && a.charCodeAt(3) === b.charCodeAt(3) && a.charCodeAt(4) === b.charCodeAt(4);
  const sameMinor = sameBroad && a.charCodeAt(1) === b.charCodeAt(1) && a.charCodeAt(2) === b.charCodeAt(2) && a.charCodeAt(3) === b.charCodeAt(3);
  const professional = origin.teer > 0 && target.teer > 0;
  if (sameBroad && professional && origin.teer !== target.teer && (closeness >= cuts.close || (parallel && related)))
    return "similar-scope";
  if (sameBroad && (sameMinor || related)) return "same-field";
  if (sameBroad || related) return "related-field";
  return "unrelated-field";
}

/** TEER from which a licensed occupation's entry (certificate, short course) can be short. */
const SHORT_ENTRY_TEER = 3;
/** Interim work is reachable within about a year. */
const INTERIM_MONTHS = 12;

/**
 * The career path of the study's Figure 2, for a viable target close to the
 * profession (similar scope or same field):
 * - better-matched: the person meets more of its requirements than of their
 *   own profession's (only possible once adjustments say what they really did);
 * - interim: same or shorter training (TEER not lower) and reachable within
 *   about a year: work without a licence whose retraining estimate is a year
 *   or less, or licensed work with short entry (TEER 3-5) whose known route
 *   takes a year or less;
 * Otherwise related (viable, some shared field or work) or other.
 */
export function pathOf(args: {
  kind: AlternativeKind;
  viable: boolean;
  coverage: number;
  readiness: number;
  teerStep: number;
  /** Months to enter, when known (estimate without a licence, the route's longest time with one). */
  months: number | null;
  licensed: boolean;
  target: PreparedOccupation;
}): CareerPath {
  const { kind, viable, coverage, readiness, teerStep, months, licensed, target } = args;
  const close = kind === "similar-scope" || kind === "same-field";
  if (viable && close && coverage > readiness + BETTER_MATCH_MARGIN) return "better-matched";
  const shortEntry = !licensed || target.teer >= SHORT_ENTRY_TEER;
  if (viable && close && teerStep >= 0 && shortEntry && months !== null && months <= INTERIM_MONTHS) return "interim";
  if (viable && kind !== "unrelated-field") return "related";
  return "other";
}
