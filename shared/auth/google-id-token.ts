import { errors, jwtVerify, type JWTHeaderParameters } from "jose";
import { CLOCK_LEEWAY_SECONDS } from "./claims.ts";
import { InvalidTokenError } from "./verify-access-token.ts";

/** Google signs ID tokens with either spelling of its issuer. */
export const GOOGLE_ISSUERS = ["https://accounts.google.com", "accounts.google.com"];
export const GOOGLE_JWKS_URL = "https://www.googleapis.com/oauth2/v3/certs";

export interface GoogleIdentity {
  /** Google's stable account id. */
  googleSub: string;
  email: string;
  name?: string;
  picture?: string;
}

export interface GoogleVerifierOptions {
  clientId: string;
  /** Key lookup, e.g. `new JwksCache({ url: GOOGLE_JWKS_URL }).getKey`. */
  getKey: (header: JWTHeaderParameters, token: { payload: unknown }) => Promise<CryptoKey>;
  now?: () => Date;
}

/** Verifies a Google Sign-In ID token: RS256, our client id, Google's issuer, verified email. */
export function createGoogleIdTokenVerifier(options: GoogleVerifierOptions) {
  return async function verifyGoogleIdToken(idToken: string): Promise<GoogleIdentity> {
    let payload;
    try {
      ({ payload } = await jwtVerify(idToken, options.getKey as never, {
        algorithms: ["RS256", "ES256"],
        audience: options.clientId,
        issuer: GOOGLE_ISSUERS,
        clockTolerance: CLOCK_LEEWAY_SECONDS,
        currentDate: options.now?.() ?? new Date(),
        requiredClaims: ["sub", "email", "exp"],
      }));
    } catch (err) {
      const reason =
        err instanceof errors.JWTExpired
          ? "expired"
          : err instanceof errors.JWTClaimValidationFailed
            ? `claim ${err.claim}`
            : err instanceof errors.JOSEError
              ? err.code
              : "malformed";
      throw new InvalidTokenError(reason);
    }
    if (payload.email_verified !== true && payload.email_verified !== "true") {
      throw new InvalidTokenError("email not verified");
    }
    if (typeof payload.sub !== "string" || typeof payload.email !== "string") {
      throw new InvalidTokenError("claims");
    }
    return {
      googleSub: payload.sub,
      email: payload.email.toLowerCase(),
      ...(typeof payload.name === "string" ? { name: payload.name.slice(0, 200) } : {}),
      ...(typeof payload.picture === "string" ? { picture: payload.picture } : {}),
    };
  };
}

export type VerifyGoogleIdToken = ReturnType<typeof createGoogleIdTokenVerifier>;
