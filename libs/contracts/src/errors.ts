/**
 * Domain errors. Services throw DomainError with a code; each transport maps the code
 * once at its edge (GraphQL extensions.code, HTTP status, RPC error envelope).
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNAVAILABLE = 'UNAVAILABLE',
  /** Too many requests or login attempts: retry after the time given. */
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL = 'INTERNAL',
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** The input field at fault, as a dotted path ("input.description"), when there is one. */
  field?: string;
  /** Correlation id of the request, for INTERNAL errors: the log has the details, the client has this. */
  correlationId?: string;
  /** For UNAVAILABLE and RATE_LIMITED: when to try again (HTTP `Retry-After`). */
  retryAfterSeconds?: number;
  /**
   * Why a request was refused, as a code a client can word in its own language, where one code
   * per reason is promised (a volunteer's sign-up: `SHIFT_FULL`, `UNDER_MINIMUM_AGE`, ...).
   */
  reason?: string;
}

/**
 * The one mapping of error codes to HTTP statuses (docs/api.md), for every edge: the REST routes,
 * and GraphQL answers that carry no data. A GraphQL answer with some data is 200, its errors
 * listed beside it.
 */
export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL]: 500,
  [ErrorCode.UNAVAILABLE]: 503,
};

/** How long a client is asked to wait before retrying after an engine or a service failed. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** For INTERNAL: the id the service logged the details under, carried to the client unchanged. */
    readonly correlationId?: string,
    /** For UNAVAILABLE and RATE_LIMITED: when to try again. */
    readonly retryAfterSeconds?: number,
    /** A refusal's own code beside CONFLICT (ErrorBody.reason). */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.field ? { field: this.field } : {}),
      ...(this.correlationId ? { correlationId: this.correlationId } : {}),
      ...(this.retryAfterSeconds ? { retryAfterSeconds: this.retryAfterSeconds } : {}),
      ...(this.reason ? { reason: this.reason } : {}),
    };
  }

  /** An engine (PostgreSQL, NATS) or a service is not answering: retry after a while. */
  static unavailable(message = 'servizio momentaneamente non disponibile, riprova / temporarily unavailable, retry', retryAfterSeconds = UNAVAILABLE_RETRY_AFTER_SECONDS): DomainError {
    return new DomainError(ErrorCode.UNAVAILABLE, message, undefined, undefined, Math.max(1, Math.ceil(retryAfterSeconds)));
  }

  /** An error the caller caused (and can fix): logged below ERROR, without its message or values. */
  get isClientError(): boolean {
    return isClientErrorCode(this.code);
  }

  static badInput(field: string, message: string): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, field);
  }
  static notFound(what: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);
  }
  static conflict(message: string): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message);
  }
  /** A CONFLICT with its own reason code, for refusals a client words itself (ErrorBody.reason). */
  static refused(reason: string, message: string): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message, undefined, undefined, undefined, reason);
  }
  static forbidden(message = 'not allowed'): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }
  static unauthenticated(message = 'authentication required'): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }
}

/** The codes a caller causes: their volume is the caller's, so they never reach the error log. */
export function isClientErrorCode(code: ErrorCode): boolean {
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
    case ErrorCode.FORBIDDEN:
    case ErrorCode.BAD_USER_INPUT:
    case ErrorCode.NOT_FOUND:
    case ErrorCode.CONFLICT:
    case ErrorCode.RATE_LIMITED:
      return true;
    case ErrorCode.UNAVAILABLE:
    case ErrorCode.INTERNAL:
      return false;
    default: {
      const never: never = code;
      return never;
    }
  }
}

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && (Object.values(ErrorCode) as string[]).includes(code);
}
