import type { MiddlewareHandler } from "hono";
import type { Logger } from "../../../shared/log/logger.ts";
import type { AppVariables } from "../deps.ts";

const VALID_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Takes `X-Request-ID` from the caller when it is sane, else makes one; echoes it back. */
export function requestId(logger: Logger): MiddlewareHandler<{ Variables: AppVariables }> {
  return async (c, next) => {
    const incoming = c.req.header("x-request-id");
    const id = incoming && VALID_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set("requestId", id);
    c.set("logger", logger.child({ request_id: id }));
    c.header("X-Request-ID", id);
    await next();
  };
}
