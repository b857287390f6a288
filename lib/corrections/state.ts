/** The state of a "Report a correction" form between submissions. */
export interface CorrectionState {
  status: "idle" | "sent" | "duplicate" | "invalid" | "tooMany" | "error";
  /** Field ("message", "email" or "form") -> message key. */
  errors: Record<string, string>;
  values: { message: string; email: string; section: string };
  retryAfterMinutes?: number;
  /** A message already in the page's language (too many corrections, wait so long). */
  notice?: string;
}

export const INITIAL_CORRECTION_STATE: CorrectionState = { status: "idle", errors: {}, values: { message: "", email: "", section: "" } };
