import { CODES, type MatchingErrorCode } from "./messages";

/** The one error type the engine throws; `message` is one of `messages.ts`, `code` its stable code. */
export class MatchingError extends Error {
  readonly code: MatchingErrorCode;
  constructor(message: string) {
    super(message);
    this.name = "MatchingError";
    this.code = (CODES as Record<string, MatchingErrorCode>)[message] ?? "engine_error";
  }
}

/** Raises a `MatchingError` when `condition` is false. */
export function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new MatchingError(message);
}
