import type { MiddlewareHandler } from "hono";

/**
 * Headers for a JSON API that no page should frame, sniff or cache. Routes that serve HTML
 * (the API reference) set their own Content-Security-Policy, which is kept.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (!h.has("Content-Security-Policy")) {
      h.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
    if (!h.has("Cache-Control")) h.set("Cache-Control", "no-store");
  };
}
