/**
 * The one error type every Talvix surface throws. `message` is safe to show a caller;
 * `internal` carries detail for logs only and never leaves the server.
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;
  readonly internal: string | undefined;

  constructor(
    code: string,
    status: number,
    message: string,
    options: { details?: unknown; internal?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = status;
    this.details = options.details;
    this.internal = options.internal;
  }
}

export const badRequest = (message: string, details?: unknown) =>
  new AppError("bad_request", 400, message, { details });
export const unauthorized = (message = "Authentication required") =>
  new AppError("unauthorized", 401, message);
export const forbidden = (message = "Not allowed") => new AppError("forbidden", 403, message);
export const notFound = (message = "Not found") => new AppError("not_found", 404, message);
export const conflict = (message: string, details?: unknown) =>
  new AppError("conflict", 409, message, { details });
export const unavailable = (message: string) => new AppError("unavailable", 503, message);

/** Normalises anything thrown into an AppError without leaking internals to the caller. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const internal = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return new AppError("internal", 500, "Something went wrong on our side", {
    internal,
    cause: err,
  });
}

/** The wire shape of every error leaving an API. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown; request_id: string };
}

export function errorBody(err: AppError, requestId: string): ErrorBody {
  return {
    error: {
      code: err.code,
      message: err.message,
      ...(err.details === undefined ? {} : { details: err.details }),
      request_id: requestId,
    },
  };
}
