import type { MiddlewareHandler } from "hono";
import type { AccessClaims } from "../../../shared/auth/claims.ts";
import type { VerifyAccessToken } from "../../../shared/auth/verify-access-token.ts";
import type { Sql } from "../../../shared/db/sql.ts";
import { unauthorized } from "../../../shared/errors/app-error.ts";
import type { AppVariables } from "../deps.ts";

export type AuthedVariables = AppVariables & { userId: string; claims: AccessClaims };

export interface RequireUserOptions {
  verify: VerifyAccessToken;
  sql: Sql;
  /** Paths (after the base path) that need no token. */
  isPublic: (path: string, method: string) => boolean;
}

/**
 * A Bearer JWT on every non-public route. A valid signature is not enough: the user must
 * still exist and not be deleted, so a deleted account's unexpired token is refused too.
 * Every failure is the same 401, whatever the reason (the reason is logged, not returned).
 */
export function requireUser(
  options: RequireUserOptions,
): MiddlewareHandler<{ Variables: AuthedVariables }> {
  return async (c, next) => {
    if (c.req.method === "OPTIONS" || options.isPublic(c.req.path, c.req.method)) return next();
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(header.trim());
    if (!match) throw unauthorized("A Bearer access token is required");
    let claims: AccessClaims;
    try {
      claims = await options.verify(match[1]!);
    } catch (err) {
      c.get("logger").info("auth: token refused", {
        reason: (err as { reason?: string }).reason ?? "invalid",
      });
      throw unauthorized("The access token is invalid or expired");
    }
    const [user] = await options.sql<{ id: string }[]>`
      select id from public.users where id = ${claims.sub} and deleted_at is null`;
    if (!user) {
      c.get("logger").info("auth: token refused", { reason: "no such user" });
      throw unauthorized("The access token is invalid or expired");
    }
    c.set("userId", user.id);
    c.set("claims", claims);
    await next();
  };
}
