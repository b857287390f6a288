"use client";

import { useState, useSyncExternalStore } from "react";
import { buttonClass } from "./ui";

/**
 * "Copy the link", next to the read-only field that shows it. Needs
 * JavaScript, so it appears only once it runs; without it the link stays
 * selectable text. When the clipboard is refused, the link is selected so the
 * person can copy it themselves.
 */
const noSubscription = () => () => {};

export function CopyLink({ targetId, label, copied, failed }: { targetId: string; label: string; copied: string; failed: string }) {
  // False on the server and before hydration, true once scripts run.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [status, setStatus] = useState("");

  const copy = async () => {
    const field = document.getElementById(targetId);
    const link = field instanceof HTMLInputElement ? field.value : "";
    setStatus("");
    try {
      await navigator.clipboard.writeText(link);
      setStatus(copied);
    } catch {
      if (field instanceof HTMLInputElement) {
        field.focus();
        field.select();
      }
      setStatus(failed);
    }
  };

  return (
    <div className="mt-2 flex flex-wrap items-center gap-3">
      {ready ? (
        <button type="button" onClick={copy} className={buttonClass("secondary")}>
          {label}
        </button>
      ) : null}
      <p aria-live="polite" className="text-sm font-medium">
        {status}
      </p>
    </div>
  );
}
