import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { issueAccessToken } from "../../../shared/auth/access-token.ts";
import { JwksCache } from "../../../shared/auth/jwks-cache.ts";
import {
  generateRefreshToken,
  hashRefreshToken,
  looksLikeRefreshToken,
} from "../../../shared/auth/refresh-token.ts";
import {
  createAccessTokenVerifier,
  InvalidTokenError,
} from "../../../shared/auth/verify-access-token.ts";

const SECRET = "a-project-jwt-secret-that-is-long-enough-000";
const USER = "0b6f6c39-8a3e-4c0b-9a43-6a1f3d1c2e55";

describe("access tokens", () => {
  it("round-trips our HS256 token with Supabase's claims", async () => {
    const now = new Date("2026-11-23T10:00:00Z");
    const { token, expiresIn } = await issueAccessToken(SECRET, {
      userId: USER,
      email: "a@b.in",
      sessionId: USER,
      now,
    });
    expect(expiresIn).toBe(900);
    const verify = createAccessTokenVerifier({
      jwtSecret: SECRET,
      now: () => new Date(now.getTime() + 900_000 + 59_000),
    });
    expect(await verify(token)).toMatchObject({
      sub: USER,
      role: "authenticated",
      aud: "authenticated",
      session_id: USER,
    });
    const late = createAccessTokenVerifier({
      jwtSecret: SECRET,
      now: () => new Date(now.getTime() + 900_000 + 61_000),
    });
    await expect(late(token)).rejects.toMatchObject({ reason: "expired" });
  });

  it("refuses asymmetric tokens when no Supabase JWKS is configured, and garbage", async () => {
    const verify = createAccessTokenVerifier({ jwtSecret: SECRET });
    const { privateKey } = await generateKeyPair("ES256");
    const es = await new SignJWT({ role: "authenticated" })
      .setProtectedHeader({ alg: "ES256" })
      .setSubject(USER)
      .setAudience("authenticated")
      .setExpirationTime("5m")
      .sign(privateKey);
    await expect(verify(es)).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(verify("a.b.c")).rejects.toMatchObject({ reason: "malformed" });
    const noRole = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(USER)
      .setAudience("authenticated")
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(SECRET));
    await expect(verify(noRole)).rejects.toMatchObject({ reason: "claim role" });
  });
});

describe("JwksCache", () => {
  it("refetches once for an unknown kid, then not again within the cooldown", async () => {
    const a = await generateKeyPair("ES256");
    const b = await generateKeyPair("ES256");
    const keys = [{ ...(await exportJWK(a.publicKey)), kid: "a", alg: "ES256" }];
    let fetches = 0;
    let t = 0;
    const cache = new JwksCache({
      url: "https://auth.example/jwks",
      now: () => t,
      fetch: async () => {
        fetches++;
        return new Response(JSON.stringify({ keys }));
      },
    });
    const verify = createAccessTokenVerifier({ jwtSecret: SECRET, supabaseJwks: cache });
    const sign = (key: CryptoKey, kid: string) =>
      new SignJWT({ role: "authenticated" })
        .setProtectedHeader({ alg: "ES256", kid })
        .setSubject(USER)
        .setAudience("authenticated")
        .setExpirationTime("5m")
        .sign(key);
    await verify(await sign(a.privateKey, "a"));
    expect(fetches).toBe(1);
    keys.push({ ...(await exportJWK(b.publicKey)), kid: "b", alg: "ES256" });
    await verify(await sign(b.privateKey, "b"));
    expect(fetches).toBe(2);
    await expect(verify(await sign(b.privateKey, "c"))).rejects.toThrow();
    expect(fetches).toBe(2);
    t += 31_000;
    await expect(verify(await sign(b.privateKey, "d"))).rejects.toThrow();
    expect(fetches).toBe(3);
  });
});

describe("refresh tokens", () => {
  it("are 256 random bits, stored as SHA-256 hex", async () => {
    const { token, hash } = await generateRefreshToken();
    expect(looksLikeRefreshToken(token)).toBe(true);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashRefreshToken(token)).toBe(hash);
    expect(looksLikeRefreshToken("short")).toBe(false);
  });
});
