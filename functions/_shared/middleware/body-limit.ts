import type { MiddlewareHandler } from "hono";
import { bodyLimit as honoBodyLimit } from "hono/body-limit";
import { AppError } from "../../../shared/errors/app-error.ts";

export const MB = 1024 * 1024;

/** Refuses bodies over `maxBytes` (declared or streamed) with 413 in the error shape. */
export function bodyLimit(maxBytes: number): MiddlewareHandler {
  return honoBodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new AppError(
        "payload_too_large",
        413,
        `Request body is larger than ${Math.round((maxBytes / MB) * 10) / 10} MB`,
      );
    },
  });
}
