import type { MiddlewareHandler } from "hono";
import type { AppVariables } from "../deps.ts";

/** One line per request: method, route path (never the query string), status, duration. */
export function accessLog(): MiddlewareHandler<{ Variables: AppVariables }> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    c.get("logger").info("request", {
      method: c.req.method,
      path: c.req.routePath ?? new URL(c.req.url).pathname,
      status: c.res.status,
      duration_ms: Math.round(performance.now() - started),
    });
  };
}
