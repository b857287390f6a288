"use client";

import { useEffect, useState } from "react";

/** "Print or save as PDF": needs JavaScript, so it appears only once it runs; the page says what to do without it. */
export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print min-h-11 rounded bg-[var(--color-brand)] px-4 py-2 font-medium text-white hover:bg-[var(--color-brand-dark)]"
    >
      {label}
    </button>
  );
}
