"use client";

import { useEffect, useState } from "react";

/** Opens the browser's print dialog. Shown only once JavaScript runs, since it needs it. */
export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print min-h-11 rounded border border-[var(--color-brand)] px-3 py-1.5 text-sm font-medium text-[var(--color-brand)] hover:bg-[var(--color-surface)]"
    >
      {label}
    </button>
  );
}
