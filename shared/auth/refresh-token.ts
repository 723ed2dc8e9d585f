import { bytesToBase64url, sha256Hex } from "./base64url.ts";

/** Refresh tokens live 30 days. */
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;
export const REFRESH_COOKIE_NAME = "talvix_refresh";
/** The cookie is only ever sent to the auth routes. */
export const REFRESH_COOKIE_PATH = "/functions/v1/api/auth";

export interface NewRefreshToken {
  /** 256 random bits, base64url: goes to the browser only. */
  token: string;
  /** SHA-256 hex: the only form that is stored. */
  hash: string;
}

export async function generateRefreshToken(): Promise<NewRefreshToken> {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const token = bytesToBase64url(bytes);
  return { token, hash: await hashRefreshToken(token) };
}

/** A refresh token is 256 random bits, so a plain SHA-256 is enough (no salt, no KDF). */
export function hashRefreshToken(token: string): Promise<string> {
  return sha256Hex(token);
}

/** Cheap shape check before hashing whatever a cookie holds. */
export function looksLikeRefreshToken(token: string | undefined): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
