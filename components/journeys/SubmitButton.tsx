"use client";

import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonVariant } from "./ui";

/** How long a new step ignores taps on its buttons: the second half of a double tap aimed at the step before. */
export const SETTLE_MS = 600;

// Shared by every step button of the page (it stays loaded across client navigations): the step last shown, and until when taps wait.
let shownView: string | null = null;
let settleUntil = 0;

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

  useEffect(() => {
    if (shownView !== null && shownView !== view) settleUntil = Date.now() + SETTLE_MS;
    shownView = view;
  }, [view]);
  useEffect(() => {
    // The answer came (a new step, or this one with its errors): the form takes taps again.
    if (!pending && form.current) delete form.current.dataset.busy;
  }, [pending]);

  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    const owner = event.currentTarget.form;
    // The settling time is for taps and clicks (detail > 0); Enter and Space on a focused button are deliberate.
    if (pending || owner?.dataset.busy || (event.detail > 0 && Date.now() < settleUntil)) {
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
