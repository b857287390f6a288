const STYLES = {
  primary: "bg-[var(--color-brand)] px-4 py-2 font-medium text-white hover:bg-[var(--color-brand-dark)]",
  secondary: "border border-[var(--color-brand)] px-3 py-1.5 text-sm font-medium text-[var(--color-brand)] hover:bg-[var(--color-surface)]",
} as const;

/**
 * Opens the browser's print dialog ("print or save as PDF"). Needs
 * JavaScript, so it is hidden until the islands script shows it
 * (lib/islands/buttons.ts).
 */
export function PrintButton({ label, variant = "secondary" }: { label: string; variant?: keyof typeof STYLES }) {
  return (
    <button type="button" hidden data-print="" className={`no-print min-h-11 rounded ${STYLES[variant]}`}>
      {label}
    </button>
  );
}
