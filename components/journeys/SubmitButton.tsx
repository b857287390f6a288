import type { ReactNode } from "react";
import { buttonClass, type ButtonVariant } from "./ui";

/**
 * A step's submit button: a plain submit button. The islands script
 * (lib/islands/submit.ts) makes it say it is saving while the form is
 * sent, ignore any further tap on the form until the server answers, and
 * ignore taps in the first moments of a new step, so a double tap on a slow
 * phone cannot send one step and then the next.
 */
export function SubmitButton({ children, pendingLabel, name, value, variant = "primary", formNoValidate }: { children: ReactNode; pendingLabel: string; name?: string; value?: string; variant?: ButtonVariant; formNoValidate?: boolean }) {
  return (
    <button type="submit" name={name} value={value} formNoValidate={formNoValidate} data-pending-label={pendingLabel} data-settle="" className={`${buttonClass(variant)} aria-disabled:cursor-progress aria-disabled:opacity-80`}>
      {children}
    </button>
  );
}
