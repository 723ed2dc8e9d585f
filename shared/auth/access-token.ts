import { SignJWT } from "jose";
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ROLE, ACCESS_TOKEN_TTL_SECONDS } from "./claims.ts";

export interface IssueAccessTokenInput {
  userId: string;
  email?: string | null;
  sessionId: string;
  now: Date;
  /** Supabase's issuer (`https://<ref>.supabase.co/auth/v1`) when known. */
  issuer?: string;
  ttlSeconds?: number;
}

export interface IssuedAccessToken {
  token: string;
  expiresIn: number;
}

/** The project's JWT secret as an HS256 key (Supabase signs with the raw UTF-8 string). */
export function hs256Key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/**
 * An HS256 access token carrying Supabase's claims, so Realtime and RLS accept the same
 * token the gateway does.
 */
export async function issueAccessToken(
  secret: string,
  input: IssueAccessTokenInput,
): Promise<IssuedAccessToken> {
  const ttl = input.ttlSeconds ?? ACCESS_TOKEN_TTL_SECONDS;
  const iat = Math.floor(input.now.getTime() / 1000);
  const jwt = new SignJWT({
    role: ACCESS_TOKEN_ROLE,
    session_id: input.sessionId,
    ...(input.email ? { email: input.email } : {}),
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(input.userId)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttl);
  if (input.issuer) jwt.setIssuer(input.issuer);
  return { token: await jwt.sign(hs256Key(secret)), expiresIn: ttl };
}
