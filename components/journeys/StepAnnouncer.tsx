/**
 * Says a step change out loud and moves focus to the new step's heading
 * (lib/islands/journey.ts does it from these attributes). Steps change by
 * whole page loads; without this, a screen reader starts again from the
 * top of the page. Only real changes move focus; after a rejected
 * submission the error summary gets focus instead.
 */
export function StepAnnouncer({ journey, view, text, hasErrors }: { journey: string; view: string; text: string; hasErrors: boolean }) {
  return (
    <div
      aria-live="polite"
      aria-atomic="true"
      className="sr-only"
      data-testid="step-announcer"
      data-step-announcer=""
      data-journey={journey}
      data-view={view}
      data-text={text}
      data-errors={hasErrors ? "" : undefined}
    />
  );
}
