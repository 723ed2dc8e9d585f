import type { Context, MiddlewareHandler } from "hono";
import { withTimeout, type Sql } from "../../../shared/db/sql.ts";
import { AppError } from "../../../shared/errors/app-error.ts";
import type { AppVariables } from "../deps.ts";

export interface RateLimitRule {
  /** Bucket name prefix, e.g. "ip" or "write". */
  name: string;
  /** Requests allowed per period (also the burst). */
  limit: number;
  periodSeconds: number;
}

export interface RateLimitOutcome {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
  resetSeconds: number;
}

/** How long a rate-limit check may wait on Postgres before the request goes ahead. */
const CHECK_TIMEOUT_MS = 1500;

/** One atomic token-bucket step in Postgres (app.rate_limit_take). */
export async function takeToken(sql: Sql, key: string, rule: RateLimitRule) {
  const [row] = await withTimeout(
    sql<
      { allowed: boolean; remaining: number; retry_after_seconds: number; reset_seconds: number }[]
    >`select * from app.rate_limit_take(${`${rule.name}:${key}`}, ${rule.limit}, ${rule.periodSeconds})`,
    CHECK_TIMEOUT_MS,
    "rate limit check",
  );
  return {
    allowed: row!.allowed,
    remaining: row!.remaining,
    retryAfterSeconds: row!.retry_after_seconds,
    resetSeconds: row!.reset_seconds,
  } satisfies RateLimitOutcome;
}

/** Sets X-RateLimit-* (and Retry-After when refused); throws 429 when refused. */
export function applyRateLimit(c: Context, rule: RateLimitRule, outcome: RateLimitOutcome) {
  c.header("X-RateLimit-Limit", String(rule.limit));
  c.header("X-RateLimit-Remaining", String(Math.max(0, outcome.remaining)));
  c.header("X-RateLimit-Reset", String(outcome.resetSeconds));
  if (!outcome.allowed) {
    c.header("Retry-After", String(Math.max(1, outcome.retryAfterSeconds)));
    throw new AppError("rate_limited", 429, "Too many requests; retry later", {
      details: { limit: rule.limit, period_seconds: rule.periodSeconds },
    });
  }
}

async function sha256Short(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest).slice(0, 12), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");
}

/**
 * The caller's IP as Supabase's edge reports it (first X-Forwarded-For hop). Stored only
 * hashed: an IP address is personal data.
 */
export function clientIp(c: Context): string {
  const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || c.req.header("x-real-ip") || "unknown";
}

/**
 * Every request, per client IP. When Postgres cannot answer the check, the request goes
 * ahead (fail open, logged): a limiter must not be what takes the API down.
 */
export function ipRateLimit(
  sql: Sql,
  rule: RateLimitRule,
  options: { skip?: (path: string) => boolean } = {},
): MiddlewareHandler<{ Variables: AppVariables }> {
  return async (c, next) => {
    if (c.req.method === "OPTIONS" || options.skip?.(c.req.path)) return next();
    let outcome: RateLimitOutcome | null = null;
    try {
      outcome = await takeToken(sql, await sha256Short(clientIp(c)), rule);
    } catch (err) {
      c.get("logger").warn("rate limit check failed; letting the request through", {
        reason: (err as Error).message,
      });
    }
    if (outcome) applyRateLimit(c, rule, outcome);
    await next();
  };
}

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Writes per signed-in user; runs after authentication (needs `userId`). */
export function userWriteRateLimit(
  sql: Sql,
  rule: RateLimitRule,
): MiddlewareHandler<{ Variables: { userId: string } }> {
  return async (c, next) => {
    const userId = c.get("userId");
    if (userId && WRITE_METHODS.has(c.req.method)) {
      applyRateLimit(c, rule, await takeToken(sql, userId, rule));
    }
    await next();
  };
}
