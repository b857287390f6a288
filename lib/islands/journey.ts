import { settleButtons } from "./submit";

/**
 * Says a journey step change out loud and moves focus to the new step's
 * heading. The server renders
 *   <div data-step-announcer data-journey="pre-arrival" data-view="skills"
 *        data-text="Step 2 of 6: Skills" data-errors? aria-live="polite">
 * The last step seen is kept per journey in sessionStorage, so the first
 * page of a visit keeps its normal reading order and only real changes move
 * focus. After a rejected submission the error summary gets focus instead
 * (it is also a live alert). A new step's buttons also settle (submit.ts).
 */
export function startJourney(): void {
  const announcer = document.querySelector<HTMLElement>("[data-step-announcer]");
  if (!announcer) return;
  const { journey = "", view = "", text = "" } = announcer.dataset;
  const key = `parallel-journey-view:${journey}`;
  let previous: string | null = null;
  try {
    previous = window.sessionStorage.getItem(key);
    window.sessionStorage.setItem(key, view);
  } catch {
    // Storage refused (private mode): announce nothing rather than fail.
  }
  if ("errors" in announcer.dataset) {
    document.getElementById("errors")?.focus();
    return;
  }
  if (previous === null || previous === view) return;
  settleButtons();
  document.getElementById("step-title")?.focus();
  // Set a moment after the focus move, so the announcement is not cut by the heading being read.
  window.setTimeout(() => {
    announcer.textContent = text;
  }, 50);
}
