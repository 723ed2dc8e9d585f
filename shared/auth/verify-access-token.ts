import { decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from "jose";
import { hs256Key } from "./access-token.ts";
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ROLE,
  CLOCK_LEEWAY_SECONDS,
  type AccessClaims,
} from "./claims.ts";
import type { JwksCache } from "./jwks-cache.ts";

export interface AccessTokenVerifierOptions {
  /** The project's JWT secret: verifies our HS256 tokens (and Supabase's legacy ones). */
  jwtSecret: string;
  /** Supabase Auth's asymmetric keys (ES256/RS256), when the project uses them. */
  supabaseJwks?: JwksCache;
  now?: () => Date;
}

/** Why a token was refused; the caller answers 401 whatever the reason. */
export class InvalidTokenError extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(`invalid access token: ${reason}`);
    this.name = "InvalidTokenError";
    this.reason = reason;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ASYMMETRIC = ["ES256", "RS256"];

function reasonOf(err: unknown): string {
  if (err instanceof errors.JWTExpired) return "expired";
  if (err instanceof errors.JWTClaimValidationFailed) return `claim ${err.claim}`;
  if (err instanceof errors.JWSSignatureVerificationFailed) return "signature";
  if (err instanceof errors.JOSEAlgNotAllowed) return "algorithm";
  if (err instanceof errors.JWKSNoMatchingKey) return "unknown key";
  if (err instanceof errors.JOSEError) return err.code;
  return "malformed";
}

/**
 * Verifies a Bearer token: HS256 with the project secret, or ES256/RS256 against Supabase
 * Auth's JWKS. The algorithm list is fixed per key type, so `alg: none` and HS/RS
 * confusion are refused before any signature is checked.
 */
export function createAccessTokenVerifier(options: AccessTokenVerifierOptions) {
  const secret = hs256Key(options.jwtSecret);
  const currentDate = () => options.now?.() ?? new Date();
  return async function verifyAccessToken(token: string): Promise<AccessClaims> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new InvalidTokenError("malformed");
    }
    const common = {
      audience: ACCESS_TOKEN_AUDIENCE,
      clockTolerance: CLOCK_LEEWAY_SECONDS,
      currentDate: currentDate(),
      requiredClaims: ["sub", "exp"],
    };
    let payload: JWTPayload;
    try {
      if (alg === "HS256") {
        ({ payload } = await jwtVerify(token, secret, { ...common, algorithms: ["HS256"] }));
      } else if (alg && ASYMMETRIC.includes(alg) && options.supabaseJwks) {
        ({ payload } = await jwtVerify(token, options.supabaseJwks.getKey, {
          ...common,
          algorithms: ASYMMETRIC,
        }));
      } else {
        throw new InvalidTokenError("algorithm");
      }
    } catch (err) {
      if (err instanceof InvalidTokenError) throw err;
      throw new InvalidTokenError(reasonOf(err));
    }
    if (typeof payload.sub !== "string" || !UUID.test(payload.sub)) {
      throw new InvalidTokenError("claim sub");
    }
    if (payload.role !== ACCESS_TOKEN_ROLE) throw new InvalidTokenError("claim role");
    return payload as unknown as AccessClaims;
  };
}

export type VerifyAccessToken = ReturnType<typeof createAccessTokenVerifier>;
