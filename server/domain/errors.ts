/**
 * What went wrong, in the domain's words. The domain core throws these; each transport (GraphQL,
 * HTTP routes, the CLI) maps the code in one place to its own way of saying it.
 */
export enum ErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  NOT_SEEDED = 'NOT_SEEDED',
}

/** An error the caller can act on: its message is shown, with the field at fault when there is one. */
export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** For a write refused by a lock: the last day reporting is closed up to. */
    readonly lockedUntil?: string,
  ) {
    super(message);
  }
}

/** A BAD_USER_INPUT naming the field at fault. */
export function invalid(field: string, message: string): DomainError {
  return new DomainError(ErrorCode.INVALID_INPUT, message, field);
}

export function notFound(field: string, message: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, message, field);
}

export function conflict(field: string, message: string): DomainError {
  return new DomainError(ErrorCode.CONFLICT, message, field);
}
