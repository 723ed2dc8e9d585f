import type { MiddlewareHandler } from "hono";
import { constantTimeEqual } from "../../../shared/crypto/constant-time.ts";
import { unauthorized } from "../../../shared/errors/app-error.ts";
import type { AppVariables } from "../deps.ts";

/** Internal calls (pg_cron, workers, other functions) carry `X-Agent-Secret`. */
export function requireAgentSecret(secret: string): MiddlewareHandler<{ Variables: AppVariables }> {
  return async (c, next) => {
    const given = c.req.header("x-agent-secret") ?? "";
    if (!(await constantTimeEqual(given, secret))) throw unauthorized("Invalid agent secret");
    await next();
  };
}
