/**
 * Buttons that need JavaScript, so the server renders them `hidden` and
 * they appear only once this runs:
 * - `data-print`: opens the browser's print dialog ("print or save as PDF");
 * - `data-copy="field-id"`: copies the read-only field's text (a private
 *   link, an embed snippet), saying so in `data-copy-status="status-id"`
 *   with `data-copied` or, when the clipboard is refused, selecting the
 *   text so the person can copy it and saying `data-copy-failed`.
 */

async function copy(button: HTMLButtonElement): Promise<void> {
  const field = document.getElementById(button.dataset.copy ?? "");
  const readable = field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field : null;
  const status = document.getElementById(button.dataset.copyStatus ?? "");
  if (status) status.textContent = "";
  try {
    await navigator.clipboard.writeText(readable?.value ?? "");
    if (status) status.textContent = button.dataset.copied ?? "";
  } catch {
    readable?.focus();
    readable?.select();
    if (status) status.textContent = button.dataset.copyFailed ?? "";
  }
}

/** Shows the buttons still hidden (pages that change without reloading bring new ones). */
export function enhanceButtons(): void {
  document.querySelectorAll<HTMLButtonElement>("button[data-print][hidden], button[data-copy][hidden]").forEach((button) => {
    button.hidden = false;
  });
}

export function startButtons(): void {
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-print], button[data-copy]") : null;
    if (!(button instanceof HTMLButtonElement)) return;
    if ("print" in button.dataset) window.print();
    else void copy(button);
  });
}
