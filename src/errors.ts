/**
 * Domain errors. Services throw these with a machine code and a human message (in Indonesian,
 * shown to readers); the HTTP layer maps the class to a status code. Never match on message text.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  constructor(
    readonly code: string,
    message: string,
    /** The input field at fault, and extra facts a caller needs (a conflict's current version). */
    readonly extra: { field?: string; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFound extends DomainError {
  readonly status = 404;
}

export class Invalid extends DomainError {
  readonly status = 400;
}

/** No valid session or token: the caller must sign in. */
export class Unauthorized extends DomainError {
  readonly status = 401;
}

export class Forbidden extends DomainError {
  readonly status = 403;
}

export class Conflict extends DomainError {
  readonly status = 409;
}

/** Too many attempts (login throttling); `retryAfterSeconds` tells when to try again. */
export class TooManyRequests extends DomainError {
  readonly status = 429;
  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message, { details: { retryAfter: retryAfterSeconds } });
  }
}
