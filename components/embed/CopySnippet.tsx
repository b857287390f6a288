"use client";

import { useState, useSyncExternalStore } from "react";
import { buttonClass } from "@/components/journeys/ui";

const noSubscription = () => () => {};

/** "Copy the snippet", next to the read-only field that shows it; without JavaScript the field stays selectable. */
export function CopySnippet({ targetId, label, copied, failed }: { targetId: string; label: string; copied: string; failed: string }) {
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [status, setStatus] = useState("");
  const copy = async () => {
    const field = document.getElementById(targetId);
    const text = field instanceof HTMLTextAreaElement ? field.value : "";
    setStatus("");
    try {
      await navigator.clipboard.writeText(text);
      setStatus(copied);
    } catch {
      if (field instanceof HTMLTextAreaElement) {
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
