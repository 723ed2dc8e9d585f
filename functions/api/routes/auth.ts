import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { exportJWK, generateKeyPair, SignJWT, type JWTHeaderParameters } from "jose";
import { issueAccessToken } from "../../../shared/auth/access-token.ts";
import { sha256Hex } from "../../../shared/auth/base64url.ts";
import { GOOGLE_ISSUERS, type VerifyGoogleIdToken } from "../../../shared/auth/google-id-token.ts";
import {
  generateRefreshToken,
  hashRefreshToken,
  looksLikeRefreshToken,
  REFRESH_COOKIE_NAME,
  REFRESH_COOKIE_PATH,
  REFRESH_TOKEN_TTL_SECONDS,
} from "../../../shared/auth/refresh-token.ts";
import * as routes from "../../../shared/api-client/routes.ts";
import { AppError, unauthorized } from "../../../shared/errors/app-error.ts";
import type { TransactionSql } from "../../../shared/db/sql.ts";
import type { ApiDeps } from "../api-deps.ts";
import { createRouter } from "../router.ts";
import { toUser, USER_COLUMNS } from "../rows.ts";

function setRefreshCookie(c: Context, token: string) {
  setCookie(c, REFRESH_COOKIE_NAME, token, {
    path: REFRESH_COOKIE_PATH,
    httpOnly: true,
    secure: true,
    sameSite: "Strict",
    maxAge: REFRESH_TOKEN_TTL_SECONDS,
  });
}

function clearRefreshCookie(c: Context) {
  deleteCookie(c, REFRESH_COOKIE_NAME, {
    path: REFRESH_COOKIE_PATH,
    httpOnly: true,
    secure: true,
    sameSite: "Strict",
  });
}

const refused = () => unauthorized("Sign in again");

/** Identity: Google sign-in, refresh-token rotation with theft detection, logout. */
export function authRoutes(deps: ApiDeps, verifyGoogle: VerifyGoogleIdToken) {
  const { sql, clock, config } = deps;
  const app = createRouter();
  const issuer = config.supabaseUrl
    ? `${config.supabaseUrl.replace(/\/$/, "")}/auth/v1`
    : undefined;

  /** A new refresh token in `familyId`, and the access token that goes with it. */
  async function startSession(
    tx: TransactionSql,
    user: { id: string; email: string | null },
    familyId: string,
    parentId: string | null,
  ) {
    const refresh = await generateRefreshToken();
    const expiresAt = new Date(clock.now().getTime() + REFRESH_TOKEN_TTL_SECONDS * 1000);
    await tx`
      insert into public.refresh_tokens (user_id, token_hash, family_id, parent_id, expires_at)
      values (${user.id}, ${refresh.hash}, ${familyId}, ${parentId}, ${expiresAt})`;
    const access = await issueAccessToken(config.jwtSecret, {
      userId: user.id,
      email: user.email,
      sessionId: familyId,
      now: clock.now(),
      issuer,
    });
    return { refresh, access };
  }

  app.openapi(routes.signInWithGoogle, async (c) => {
    const { id_token } = c.req.valid("json");
    let identity;
    try {
      identity = await verifyGoogle(id_token);
    } catch (err) {
      c.get("logger").info("auth: google token refused", {
        reason: (err as { reason?: string }).reason ?? (err as Error).message,
      });
      throw unauthorized("The Google sign-in could not be verified");
    }
    const result = await sql.begin(async (tx) => {
      // One sign-up per email even when two tabs sign in at once.
      await tx`select pg_advisory_xact_lock(hashtext(${`signup:${identity.email}`}))`;
      const [existing] = await tx<{ id: string }[]>`
        select id from auth.users where lower(email) = ${identity.email} limit 1`;
      let authId: string;
      if (existing) {
        authId = existing.id;
        await tx`update auth.users set last_sign_in_at = now() where id = ${authId}`;
      } else {
        const [created] = await tx<{ id: string }[]>`
          insert into auth.users (aud, role, email, email_confirmed_at, raw_app_meta_data,
                                  raw_user_meta_data, last_sign_in_at)
          values ('authenticated', 'authenticated', ${identity.email}, now(),
                  ${tx.json({ provider: "google", providers: ["google"] })},
                  ${tx.json({ full_name: identity.name ?? null, google_sub: identity.googleSub })},
                  now())
          returning id`;
        authId = created!.id;
      }
      // The auth trigger creates the profile row; make sure of it where the trigger is absent.
      await tx`
        insert into public.users (id, email) values (${authId}, ${identity.email})
        on conflict (id) do nothing`;
      const [row] = await tx<Record<string, unknown>[]>`
        update public.users
           set full_name = coalesce(full_name, ${identity.name ?? null}), last_active_at = now()
         where id = ${authId}
        returning ${tx(USER_COLUMNS as unknown as string[])}, deleted_at`;
      if (row!.deleted_at) {
        throw new AppError("account_deleted", 403, "This account was deleted");
      }
      const session = await startSession(
        tx,
        { id: authId, email: identity.email },
        crypto.randomUUID(),
        null,
      );
      return { row: row!, session };
    });
    setRefreshCookie(c, result.session.refresh.token);
    return c.json(
      {
        access_token: result.session.access.token,
        token_type: "bearer" as const,
        expires_in: result.session.access.expiresIn,
        user: toUser(result.row),
      },
      200,
    );
  });

  app.openapi(routes.refreshSession, async (c) => {
    const presented = getCookie(c, REFRESH_COOKIE_NAME);
    if (!looksLikeRefreshToken(presented)) throw refused();
    const hash = await hashRefreshToken(presented);
    const outcome = await sql.begin(async (tx) => {
      const [token] = await tx<
        {
          id: string;
          user_id: string;
          family_id: string;
          expires_at: Date;
          rotated_at: Date | null;
          revoked_at: Date | null;
        }[]
      >`
        select id, user_id, family_id, expires_at, rotated_at, revoked_at
          from public.refresh_tokens where token_hash = ${hash} for update`;
      if (!token || token.revoked_at) return { kind: "refused" as const };
      if (token.rotated_at) {
        // A rotated token came back: someone else holds the family. Revoke all of it.
        await tx`
          update public.refresh_tokens set revoked_at = now()
           where family_id = ${token.family_id} and revoked_at is null`;
        return { kind: "reused" as const };
      }
      if (token.expires_at.getTime() <= clock.now().getTime()) return { kind: "refused" as const };
      const [row] = await tx<Record<string, unknown>[]>`
        select ${tx(USER_COLUMNS as unknown as string[])} from public.users
         where id = ${token.user_id} and deleted_at is null`;
      if (!row) return { kind: "refused" as const };
      await tx`update public.refresh_tokens set rotated_at = now() where id = ${token.id}`;
      const session = await startSession(
        tx,
        { id: token.user_id, email: (row.email as string | null) ?? null },
        token.family_id,
        token.id,
      );
      return { kind: "ok" as const, row, session };
    });
    if (outcome.kind !== "ok") {
      if (outcome.kind === "reused")
        c.get("logger").warn("auth: refresh token reused; family revoked");
      clearRefreshCookie(c);
      throw refused();
    }
    setRefreshCookie(c, outcome.session.refresh.token);
    return c.json(
      {
        access_token: outcome.session.access.token,
        token_type: "bearer" as const,
        expires_in: outcome.session.access.expiresIn,
        user: toUser(outcome.row),
      },
      200,
    );
  });

  app.openapi(routes.logout, async (c) => {
    const presented = getCookie(c, REFRESH_COOKIE_NAME);
    if (looksLikeRefreshToken(presented)) {
      const hash = await hashRefreshToken(presented);
      await sql`
        update public.refresh_tokens set revoked_at = now()
         where revoked_at is null
           and family_id = (select family_id from public.refresh_tokens where token_hash = ${hash})`;
    }
    clearRefreshCookie(c);
    return c.body(null, 204);
  });

  return app;
}

/**
 * Local development only: an in-memory ES256 key that signs Google-shaped ID tokens, so the
 * SPA and `npm start` can sign in without Google. Never mounted in production (the app
 * refuses to start with LOCAL_DEV_AUTH there).
 */
export function createDevIdentity(clientId: string) {
  const kid = `talvix-dev-${crypto.randomUUID().slice(0, 8)}`;
  const keys = generateKeyPair("ES256", { extractable: true });
  return {
    kid,
    async jwks() {
      const { publicKey } = await keys;
      return { keys: [{ ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" }] };
    },
    /** Resolves the dev key for tokens it signed; `undefined` for anything else. */
    async keyFor(header: JWTHeaderParameters) {
      return header.kid === kid ? (await keys).publicKey : undefined;
    },
    async mint(email: string, name: string | undefined, now: Date) {
      const iat = Math.floor(now.getTime() / 1000);
      return new SignJWT({ email, email_verified: true, ...(name ? { name } : {}) })
        .setProtectedHeader({ alg: "ES256", kid, typ: "JWT" })
        .setIssuer(GOOGLE_ISSUERS[0]!)
        .setAudience(clientId)
        .setSubject(`dev-${(await sha256Hex(email.toLowerCase())).slice(0, 20)}`)
        .setIssuedAt(iat)
        .setExpirationTime(iat + 600)
        .sign((await keys).privateKey);
    },
  };
}

export type DevIdentity = ReturnType<typeof createDevIdentity>;

export function devAuthRoutes(deps: ApiDeps, dev: DevIdentity) {
  const app = createRouter();
  app.get("/auth/dev/jwks", async (c) => c.json(await dev.jwks()));
  app.openapi(routes.devIdToken, async (c) => {
    const { email, name } = c.req.valid("json");
    return c.json({ id_token: await dev.mint(email, name, deps.clock.now()) }, 200);
  });
  return app;
}
