/**
 * Submit buttons that say they are working: `data-pending-label="Saving…"`.
 * Once one is pressed its form ignores further presses until the answer
 * comes, and the button shows the label with a spinner (aria-disabled).
 * Coming back to the page from the browser's cache, it is as before.
 *
 * Journey steps (`data-settle`) also ignore taps and clicks in the first
 * moments of a new step: the second half of a double tap aimed at the step
 * before. Enter and Space on a focused button are deliberate and count.
 */

/** How long a new step ignores taps on its buttons. */
const SETTLE_MS = 600;

let settleUntil = 0;

/** A new step is shown (journey.ts knows): its buttons settle first. */
export function settleButtons(): void {
  settleUntil = Date.now() + SETTLE_MS;
}

function restore(form: HTMLFormElement): void {
  delete form.dataset.busy;
  form.querySelectorAll<HTMLButtonElement>("button[data-pending-label][aria-disabled]").forEach((button) => {
    button.removeAttribute("aria-disabled");
    const saved = button.querySelector("template[data-label]");
    if (saved instanceof HTMLTemplateElement) button.replaceChildren(saved.content.cloneNode(true));
  });
}

function showPending(button: HTMLButtonElement): void {
  const saved = document.createElement("template");
  saved.dataset.label = "";
  saved.content.append(...Array.from(button.childNodes, (node) => node.cloneNode(true)));
  const spinner = document.createElement("span");
  spinner.setAttribute("aria-hidden", "true");
  spinner.className = "mr-2 inline-block h-4 w-4 animate-spin rounded-full border-2 border-current border-t-transparent align-[-2px] motion-reduce:animate-none";
  button.replaceChildren(saved, spinner, button.dataset.pendingLabel ?? "");
  button.setAttribute("aria-disabled", "true");
}

export function startSubmitButtons(): void {
  // Pages that hydrate (the workspace, or any page in development) send their forms through React, which owns these buttons.
  if (document.querySelector('script[src*="/_next/"]')) return;
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-pending-label]") : null;
    if (!(button instanceof HTMLButtonElement) || !button.form) return;
    const form = button.form;
    const settling = "settle" in button.dataset && event.detail > 0 && Date.now() < settleUntil;
    if (form.dataset.busy || settling) {
      event.preventDefault();
      return;
    }
  });
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    if (form.dataset.busy) {
      event.preventDefault();
      return;
    }
    if (event.defaultPrevented) return;
    const button = event.submitter;
    if (!(button instanceof HTMLButtonElement) || button.dataset.pendingLabel === undefined) return;
    form.dataset.busy = "1";
    // After the browser has read the form (the button's own name and value included).
    window.setTimeout(() => showPending(button), 0);
  });
  window.addEventListener("pageshow", () => {
    document.querySelectorAll<HTMLFormElement>("form[data-busy]").forEach(restore);
  });
}
