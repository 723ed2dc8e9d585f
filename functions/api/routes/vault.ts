import * as routes from "../../../shared/api-client/routes.ts";
import { notFound } from "../../../shared/errors/app-error.ts";
import { sealSession, type SessionCookie } from "../../../shared/vault/seal-session.ts";
import type { ApiDeps } from "../api-deps.ts";
import { createRouter } from "../router.ts";
import { toConnection } from "../rows.ts";

/** The cookie whose expiry is the session's, per platform (others are analytics noise). */
const AUTH_COOKIES: Record<string, string[]> = {
  linkedin: ["li_at"],
  naukri: ["nauk_at", "NKWAP"],
  indeed: ["CTK", "SOCK", "SHOE"],
  internshala: ["PHPSESSID", "internshala_session"],
  foundit: ["MSSOAT", "ssoUserAuthToken"],
};
const DEFAULT_LIFETIME_DAYS = 30;

/** When the session will probably die: the caller's guess, the auth cookie's, or 30 days. */
export function estimateExpiry(
  platform: string,
  cookies: SessionCookie[],
  now: Date,
  declared?: string,
): Date {
  if (declared) return new Date(declared);
  const nowSeconds = now.getTime() / 1000;
  const live = (c: SessionCookie) => typeof c.expires === "number" && c.expires > nowSeconds;
  const auth = cookies.filter((c) => AUTH_COOKIES[platform]?.includes(c.name) && live(c));
  const pool = auth.length > 0 ? auth : cookies.filter(live);
  if (pool.length === 0) return new Date(now.getTime() + DEFAULT_LIFETIME_DAYS * 86_400_000);
  const seconds = Math.min(...pool.map((c) => c.expires!));
  return new Date(Math.min(seconds * 1000, now.getTime() + 400 * 86_400_000));
}

/** Platform sessions: sealed on the way in, never shown on the way out. */
export function vaultRoutes(deps: ApiDeps) {
  const { sql, clock } = deps;
  const app = createRouter();

  app.openapi(routes.captureSession, async (c) => {
    const userId = c.get("userId");
    const body = c.req.valid("json");
    const sealed = await sealSession(
      await deps.vaultKeys(),
      { cookies: body.cookies },
      { userId, platform: body.platform },
    );
    const expires = estimateExpiry(body.platform, body.cookies, clock.now(), body.expires_at);
    const [row] = await sql<{ platform: string; is_valid: boolean; estimated_expires_at: Date }[]>`
      insert into public.user_connections as uc
        (user_id, platform, session_encrypted, session_iv, key_version, is_valid,
         consecutive_failures, estimated_expires_at, user_agent, viewport,
         warned_7d, warned_3d, warned_1d, last_checked_at)
      values (${userId}, ${body.platform}, ${sealed.session_encrypted}, ${sealed.session_iv},
              ${sealed.key_version}, true, 0, ${expires}, ${body.user_agent},
              ${sql.json(body.viewport)}, false, false, false, now())
      on conflict (user_id, platform) do update set
        session_encrypted = excluded.session_encrypted, session_iv = excluded.session_iv,
        key_version = excluded.key_version, is_valid = true, consecutive_failures = 0,
        estimated_expires_at = excluded.estimated_expires_at, user_agent = excluded.user_agent,
        viewport = excluded.viewport, warned_7d = false, warned_3d = false, warned_1d = false,
        last_checked_at = now()
      returning platform, is_valid, estimated_expires_at`;
    return c.json(
      {
        platform: body.platform,
        is_valid: row!.is_valid,
        estimated_expires_at: row!.estimated_expires_at?.toISOString() ?? null,
      },
      200,
    );
  });

  app.openapi(routes.listConnections, async (c) => {
    const rows = await sql`
      select platform, is_valid, estimated_expires_at, last_checked_at, created_at, updated_at
        from public.user_connections where user_id = ${c.get("userId")} order by platform`;
    return c.json({ connections: rows.map(toConnection) }, 200);
  });

  app.openapi(routes.deleteConnection, async (c) => {
    const { platform } = c.req.valid("param");
    const rows = await sql`
      delete from public.user_connections
       where user_id = ${c.get("userId")} and platform = ${platform} returning id`;
    if (rows.length === 0) throw notFound("No connection for that platform");
    return c.body(null, 204);
  });

  return app;
}
