/** The one error type the engine throws; `message` is one of `messages.ts`. */
export class MatchingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MatchingError";
  }
}

/** Raises a `MatchingError` when `condition` is false. */
export function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new MatchingError(message);
}
