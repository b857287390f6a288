import "server-only";
import { cache } from "react";
import { z } from "zod";
import { canShow, firstIncomplete, isStep, stepsOf, type JourneyAnswers, type JourneyKind, type StepId } from "./schema";
import { currentJourney } from "./session";

/** What a journey page may be asked for in its query string. */
export interface JourneySearch {
  step?: string;
  q?: string;
  deleted?: string;
  /** `?occupation=31301`: starts the profession step with this occupation chosen. */
  occupation?: string;
  /** `?delete=confirm`: the confirmation asked before deleting the answers. */
  delete?: string;
}

/** A NOC 2021 unit group code, as the "Start the journey" links pass it. */
export const startOccupationSchema = z.string().trim().regex(/^\d{5}$/);

/** One database read per request, shared by the page and its metadata. */
const draftOf = cache((kind: JourneyKind) => currentJourney(kind));

/**
 * The step a journey page shows: the one asked for, else where the draft
 * stopped, else the first; never a step whose earlier answers are missing.
 * A link that chooses an occupation opens the profession step.
 */
export async function journeyView(kind: JourneyKind, search: JourneySearch) {
  const steps = stepsOf(kind);
  const current = await draftOf(kind);
  const answers: JourneyAnswers = current?.journey.answers ?? {};
  const asked = search.step ?? (search.occupation !== undefined ? "profession" : undefined);
  let step: StepId = isStep(kind, asked) ? asked : current && isStep(kind, current.journey.step) ? current.journey.step : steps[0]!;
  if (!canShow(kind, step, answers)) step = firstIncomplete(kind, answers) ?? steps[0]!;
  return { steps, step, index: steps.indexOf(step), current, answers };
}
