/**
 * The errors services raise, one class per kind, each with a stable `code`.
 * Services know nothing of HTTP: the boundary wrappers (lib/api/) turn a
 * code into a status and a response, and pages into a message. Each error
 * carries its text in English and French, so the boundary answers in the
 * caller's language.
 */

export type ErrorCode =
  | "not_found"
  | "invalid_input"
  | "forbidden"
  | "unauthenticated"
  | "conflict"
  | "too_many_requests"
  | "payload_too_large";

export interface LocalizedText {
  en: string;
  fr: string;
}

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  readonly text: LocalizedText;

  constructor(text: LocalizedText) {
    super(text.en);
    this.text = text;
    this.name = new.target.name;
  }

  /** The message in the given language. */
  messageIn(locale: string): string {
    return locale === "fr" ? this.text.fr : this.text.en;
  }
}

export class NotFoundError extends AppError {
  readonly code = "not_found";
}

/** Input that passed the schema but is still wrong (an unknown code, a step out of order); `field` names the input. */
export class InvalidInputError extends AppError {
  readonly code = "invalid_input";
  constructor(
    text: LocalizedText,
    readonly field: string,
  ) {
    super(text);
  }
}

export class ForbiddenError extends AppError {
  readonly code = "forbidden";
}

export class UnauthenticatedError extends AppError {
  readonly code = "unauthenticated";
}

/** The request repeats something already done (the same correction sent twice). */
export class ConflictError extends AppError {
  readonly code = "conflict";
}

export class TooManyRequestsError extends AppError {
  readonly code = "too_many_requests";
  constructor(readonly retryAfterSeconds: number) {
    const wait = Math.max(1, Math.ceil(retryAfterSeconds));
    super({
      en: `Too many requests. Please wait ${wait} second${wait === 1 ? "" : "s"} and try again.`,
      fr: `Trop de requêtes. Veuillez patienter ${wait} seconde${wait === 1 ? "" : "s"} avant de réessayer.`,
    });
  }
}

export class PayloadTooLargeError extends AppError {
  readonly code = "payload_too_large";
  constructor(readonly limitBytes: number) {
    const size = limitBytes >= 1024 * 1024 ? `${Math.round(limitBytes / (1024 * 1024))} MB` : `${Math.round(limitBytes / 1024)} kB`;
    super({
      en: `The request is too large: at most ${size} is accepted.`,
      fr: `La requête est trop volumineuse : ${size.replace("kB", "ko").replace("MB", "Mo")} au maximum.`,
    });
  }
}

/** HTTP status for each code, used by every JSON boundary. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  not_found: 404,
  invalid_input: 422,
  forbidden: 403,
  unauthenticated: 401,
  conflict: 409,
  too_many_requests: 429,
  payload_too_large: 413,
};

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
