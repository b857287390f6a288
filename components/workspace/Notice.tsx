import type { ReactNode } from "react";

/** A confirmation after an action (announced politely). */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="rounded border border-[var(--color-brand)] bg-[var(--color-surface)] p-3">
      {children}
    </div>
  );
}

/** Something went wrong (announced at once). */
export function Alert({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 font-medium text-red-900">
      {children}
    </div>
  );
}
