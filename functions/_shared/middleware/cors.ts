import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";

/**
 * CORS for the SPA's origins only. Credentials are allowed because the refresh cookie rides
 * on /auth calls; an origin outside the list gets no CORS headers at all.
 */
export function corsFromAllowList(origins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(origins.map((o) => o.replace(/\/$/, "")));
  return cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    credentials: true,
    allowMethods: ["GET", "POST", "PATCH", "DELETE", "OPTIONS"],
    allowHeaders: ["Authorization", "Content-Type", "X-Request-ID"],
    exposeHeaders: [
      "X-Request-ID",
      "X-RateLimit-Limit",
      "X-RateLimit-Remaining",
      "X-RateLimit-Reset",
      "Retry-After",
    ],
    maxAge: 600,
  });
}
