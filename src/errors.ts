/**
 * Domain errors. Services throw these with a machine code and a human message (in Indonesian,
 * shown to readers); the HTTP layer maps the class to a status code. Never match on message text.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  constructor(
    readonly code: string,
    message: string,
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

export class Forbidden extends DomainError {
  readonly status = 403;
}

export class Conflict extends DomainError {
  readonly status = 409;
}
