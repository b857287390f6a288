import type { ReactNode } from "react";

const TONES = {
  neutral: "bg-[var(--color-surface)] border-slate-300",
  positive: "bg-emerald-50 border-emerald-700",
  notice: "bg-amber-50 border-amber-700",
} as const;

/** A short label on a card (kind, "regulated", "illustrative"...), readable in print too. */
export function Badge({ tone = "neutral", children }: { tone?: keyof typeof TONES; children: ReactNode }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${TONES[tone]}`}>{children}</span>;
}
