"use client";

import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonVariant } from "./ui";

/** How long a new step ignores taps on its buttons: the second half of a double tap aimed at the step before. */
export const SETTLE_MS = 600;

/**
 * A step's submit button. Without JavaScript it is a plain submit button.
 * With JavaScript it says it is saving while the form is sent, ignores any
 * further tap on the form until the server answers, and ignores taps in the
 * first moments of a new step, so a double tap on a slow phone cannot send
 * one step and then the next.
 */
export function SubmitButton({ children, pendingLabel, name, value, variant = "primary", formNoValidate, view }: { children: ReactNode; pendingLabel: string; name?: string; value?: string; variant?: ButtonVariant; formNoValidate?: boolean; view: string }) {
  const { pending } = useFormStatus();
  const [clicked, setClicked] = useState(false);
  const form = useRef<HTMLFormElement | null>(null);
  const settledAt = useRef(0);
  const firstView = useRef(view);

  useEffect(() => {
    if (view !== firstView.current) settledAt.current = Date.now() + SETTLE_MS;
  }, [view]);
  useEffect(() => {
    // The answer came (a new step, or this one with its errors): the form takes taps again.
    if (!pending && form.current) delete form.current.dataset.busy;
  }, [pending]);

  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    const owner = event.currentTarget.form;
    if (pending || Date.now() < settledAt.current || owner?.dataset.busy) {
      event.preventDefault();
      return;
    }
    if (owner) {
      owner.dataset.busy = "1";
      form.current = owner;
    }
    setClicked(true);
  };

  const busy = pending && clicked;
  return (
    <button type="submit" name={name} value={value} formNoValidate={formNoValidate} onClick={onClick} aria-disabled={pending ? true : undefined} className={`${buttonClass(variant)} aria-disabled:cursor-progress aria-disabled:opacity-80`}>
      {busy ? (
        <>
          <span aria-hidden="true" className="mr-2 inline-block h-4 w-4 animate-spin rounded-full border-2 border-current border-t-transparent align-[-2px] motion-reduce:animate-none" />
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
