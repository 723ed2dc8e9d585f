import { exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";
import { startHttpStub, type HttpStub } from "./http-stub.ts";

export const GOOGLE_CLIENT_ID = "talvix-test-client.apps.googleusercontent.com";

interface SigningKey {
  kid: string;
  alg: "RS256" | "ES256";
  privateKey: CryptoKey;
  jwk: JWK;
}

async function newKey(alg: "RS256" | "ES256", kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: "sig" } };
}

/** A JWKS endpoint the test suite controls (Google's or Supabase Auth's, faked at the edge). */
export class FakeJwks {
  keys: SigningKey[] = [];
  stub!: HttpStub;
  fetches = 0;

  static async start(alg: "RS256" | "ES256") {
    const jwks = new FakeJwks();
    jwks.keys.push(await newKey(alg, `${alg.toLowerCase()}-1`));
    jwks.stub = await startHttpStub(async () => {
      jwks.fetches++;
      return { status: 200, body: { keys: jwks.keys.map((k) => k.jwk) } };
    });
    return jwks;
  }

  get url() {
    return `${this.stub.url}/jwks.json`;
  }

  /** Publishes a new key (rotation) and returns it. */
  async rotate(kid: string) {
    const key = await newKey(this.keys[0]!.alg, kid);
    this.keys.push(key);
    return key;
  }

  async sign(claims: Record<string, unknown>, opts: { key?: SigningKey; expiresIn?: number } = {}) {
    const key = opts.key ?? this.keys[0]!;
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: "JWT" })
      .setIssuedAt(now)
      .setExpirationTime(now + (opts.expiresIn ?? 3600))
      .sign(key.privateKey);
  }

  /** A Google ID token as Google would issue it. */
  googleIdToken(email: string, overrides: Record<string, unknown> = {}) {
    return this.sign({
      iss: "https://accounts.google.com",
      aud: GOOGLE_CLIENT_ID,
      sub: `g-${email}`,
      email,
      email_verified: true,
      name: "Test User",
      ...overrides,
    });
  }

  close() {
    return this.stub.close();
  }
}

/** An unsigned token (`alg: none`). */
export function unsignedToken(claims: Record<string, unknown>) {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${b64({ alg: "none", typ: "JWT" })}.${b64(claims)}.`;
}
