"use client";

import { useEffect, useState } from "react";

/**
 * Says a step change out loud and moves focus to the new step's heading.
 * Steps change through server actions and client navigation, which keep the
 * page mounted: without this, a screen reader hears nothing and focus stays
 * on a button that no longer exists. The last step seen is kept per journey
 * in sessionStorage, so the first page of a visit keeps its normal reading
 * order and only real changes move focus. After a rejected submission the
 * error summary gets focus instead (it is also a live alert).
 */
export function StepAnnouncer({ journey, view, text, hasErrors }: { journey: string; view: string; text: string; hasErrors: boolean }) {
  const [message, setMessage] = useState("");
  useEffect(() => {
    const key = `parallel-journey-view:${journey}`;
    let previous: string | null = null;
    try {
      previous = window.sessionStorage.getItem(key);
      window.sessionStorage.setItem(key, view);
    } catch {
      // Storage refused (private mode): announce nothing rather than fail.
    }
    if (hasErrors) {
      document.getElementById("errors")?.focus();
      return;
    }
    if (previous === null || previous === view) return;
    document.getElementById("step-title")?.focus();
    // Set a moment after the focus move, so the announcement is not cut by the heading being read.
    const timer = window.setTimeout(() => setMessage(text), 50);
    return () => window.clearTimeout(timer);
  }, [journey, view, text, hasErrors]);
  return (
    <div aria-live="polite" aria-atomic="true" className="sr-only" data-testid="step-announcer">
      {message}
    </div>
  );
}
