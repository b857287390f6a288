import { buttonClass } from "@/components/journeys/ui";

/**
 * "Copy", next to the read-only field (input or textarea) that shows what to
 * copy: a private link, an embed snippet. Needs JavaScript, so it is hidden
 * until the islands script shows it (lib/islands/buttons.ts); without it the
 * field stays selectable text. When the clipboard is refused, the field's
 * text is selected so the person can copy it themselves.
 */
export function CopyButton({ targetId, label, copied, failed }: { targetId: string; label: string; copied: string; failed: string }) {
  const statusId = `${targetId}-copy-status`;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-3">
      <button type="button" hidden data-copy={targetId} data-copy-status={statusId} data-copied={copied} data-copy-failed={failed} className={buttonClass("secondary")}>
        {label}
      </button>
      <p id={statusId} aria-live="polite" className="text-sm font-medium" />
    </div>
  );
}
