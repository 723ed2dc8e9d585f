import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { AppError, errorBody, toAppError } from "../../shared/errors/app-error.ts";
import type { AppVariables } from "./deps.ts";

function fromHttpException(err: HTTPException): AppError {
  const codes: Record<number, string> = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    413: "payload_too_large",
    429: "rate_limited",
  };
  return new AppError(
    codes[err.status] ?? "http_error",
    err.status,
    err.message || "Request failed",
  );
}

/** The single error renderer: `{ error: { code, message, details?, request_id } }`. */
export function onError(err: Error, c: Context<{ Variables: AppVariables }>) {
  const appError = err instanceof HTTPException ? fromHttpException(err) : toAppError(err);
  const requestId = c.get("requestId") ?? crypto.randomUUID();
  const logger = c.get("logger");
  if (appError.status >= 500) {
    logger?.error("request failed", { code: appError.code, internal: appError.internal });
  }
  c.header("X-Request-ID", requestId);
  return c.json(errorBody(appError, requestId), appError.status as 400);
}

export function notFoundHandler(c: Context<{ Variables: AppVariables }>) {
  const requestId = c.get("requestId") ?? crypto.randomUUID();
  c.header("X-Request-ID", requestId);
  return c.json(errorBody(new AppError("not_found", 404, "No such route"), requestId), 404);
}
