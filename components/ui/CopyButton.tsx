"use client";

import { useState, useSyncExternalStore } from "react";
import { buttonClass } from "@/components/journeys/ui";

/**
 * "Copy", next to the read-only field (input or textarea) that shows what to
 * copy: a private link, an embed snippet. Needs JavaScript, so it appears only
 * once it runs; without it the field stays selectable text. When the
 * clipboard is refused, the field's text is selected so the person can copy
 * it themselves.
 */
const noSubscription = () => () => {};

export function CopyButton({ targetId, label, copied, failed }: { targetId: string; label: string; copied: string; failed: string }) {
  // False on the server and before hydration, true once scripts run.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [status, setStatus] = useState("");

  const copy = async () => {
    const field = document.getElementById(targetId);
    const readable = field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field : null;
    setStatus("");
    try {
      await navigator.clipboard.writeText(readable?.value ?? "");
      setStatus(copied);
    } catch {
      readable?.focus();
      readable?.select();
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
