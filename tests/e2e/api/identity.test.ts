import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../../../shared/api-client/client.ts";
import { apiFunction, apiVars } from "../../../functions/api/app.ts";
import { loadConfig } from "../../../shared/config/load-config.ts";
import { createLogger } from "../../../shared/log/logger.ts";
import { createLocalStorage } from "../../../shared/storage/local-storage.ts";
import { systemClock } from "../../../shared/time/clock.ts";
import { startFunctionsServer } from "../../helpers/functions-server.ts";
import { testSecrets } from "../../helpers/test-secrets.ts";
import { unsignedToken } from "./support/fake-identity.ts";
import { cookieJar, SPA_ORIGIN, startGateway, type Gateway } from "./support/gateway.ts";

let gw: Gateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(async () => gw?.stop());

const hs256 = (secret: string, claims: Record<string, unknown>, expSeconds = 900) => {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt(now)
    .setExpirationTime(now + expSeconds)
    .sign(new TextEncoder().encode(secret));
};

async function expect401(token: string, ip = "10.9.9.9") {
  const res = await fetch(`${gw.apiUrl}/dashboard`, {
    headers: { authorization: `Bearer ${token}`, "x-forwarded-for": ip },
  });
  expect(res.status).toBe(401);
  const body = await res.json();
  expect(body.error).toMatchObject({ code: "unauthorized" });
  expect(body.error.request_id).toBe(res.headers.get("x-request-id"));
}

describe("POST /auth/google", () => {
  it("signs in with a Google ID token: Supabase-shaped access token and a strict refresh cookie", async () => {
    const email = "asha.verma@example.com";
    const res = await fetch(`${gw.apiUrl}/auth/google`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id_token: await gw.google.googleIdToken(email) }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      token_type: "bearer",
      expires_in: 900,
      user: { email, tier: "free" },
    });
    const [, payload] = body.access_token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    expect(claims).toMatchObject({
      sub: body.user.id,
      role: "authenticated",
      aud: "authenticated",
      email,
    });
    expect(claims.exp - claims.iat).toBe(900);
    expect(claims.session_id).toMatch(/^[0-9a-f-]{36}$/);

    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("talvix_refresh="))!;
    expect(cookie).toMatch(/^talvix_refresh=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain("Path=/functions/v1/api/auth");
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("Secure");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).toContain("Max-Age=2592000");

    // Stored only as a hash, in auth.users and users alike.
    const token = /^talvix_refresh=([^;]+)/.exec(cookie)![1]!;
    const stored = await gw.db
      .sql`select token_hash from refresh_tokens where user_id = ${body.user.id}`;
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0]!.token_hash).not.toContain(token);
    const [authUser] = await gw.db.sql`select id from auth.users where email = ${email}`;
    expect(authUser!.id).toBe(body.user.id);

    // The same Google account signs in to the same user.
    const again = await gw.signIn(email);
    expect(again.id).toBe(body.user.id);
  });

  it.each([
    ["a wrong audience", { aud: "someone-else.apps.googleusercontent.com" }],
    ["a wrong issuer", { iss: "https://evil.example.com" }],
    ["an unverified email", { email_verified: false }],
  ])("refuses a Google token with %s", async (_why, overrides) => {
    const res = await fetch(`${gw.apiUrl}/auth/google`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id_token: await gw.google.googleIdToken("x@example.com", overrides) }),
    });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("unauthorized");
  });

  it("answers a missing id_token with a field-level 400", async () => {
    const res = await fetch(`${gw.apiUrl}/auth/google`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({}),
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("validation_failed");
    expect(Object.keys(body.error.details.fields)).toContain("json.id_token");
  });
});

describe("refresh tokens", () => {
  it("rotates, and a reused (already rotated) token revokes the whole family", async () => {
    const user = await gw.signIn();
    const first = user.jar.refresh!;
    const rotated = await user.api.auth.refresh();
    expect(rotated.user.id).toBe(user.id);
    const second = user.jar.refresh!;
    expect(second).not.toBe(first);
    await expect401("not-a-token"); // sanity: unrelated

    // A thief replays the first token: 401, and the legitimate second one dies with it.
    const thief = cookieJar();
    thief.refresh = first;
    const replay = await thief.fetch(`${gw.apiUrl}/auth/refresh`, { method: "POST" });
    expect(replay.status).toBe(401);
    expect((await replay.json()).error.code).toBe("unauthorized");
    const victim = await user.jar.fetch(`${gw.apiUrl}/auth/refresh`, { method: "POST" });
    expect(victim.status).toBe(401);
    const rows = await gw.db.sql`select revoked_at from refresh_tokens where user_id = ${user.id}`;
    expect(rows.length).toBe(2);
    expect(rows.every((r) => r.revoked_at !== null)).toBe(true);
  });

  it("logout revokes the family; refresh without a cookie is 401", async () => {
    const user = await gw.signIn();
    const cookie = user.jar.refresh!;
    await user.api.auth.logout();
    const jar = cookieJar();
    jar.refresh = cookie;
    expect((await jar.fetch(`${gw.apiUrl}/auth/refresh`, { method: "POST" })).status).toBe(401);
    expect((await fetch(`${gw.apiUrl}/auth/refresh`, { method: "POST" })).status).toBe(401);
  });

  it("refuses an expired refresh token", async () => {
    const user = await gw.signIn();
    await gw.db
      .sql`update refresh_tokens set expires_at = now() - interval '1 second' where user_id = ${user.id}`;
    await expect(user.api.auth.refresh()).rejects.toMatchObject({ status: 401 });
  });
});

describe("Bearer JWTs", () => {
  it("refuses the five classic attacks with 401 in the error shape", async () => {
    const user = await gw.signIn();
    const base = { sub: user.id, role: "authenticated", aud: "authenticated" };
    // 1. alg: none
    await expect401(unsignedToken({ ...base, exp: Math.floor(Date.now() / 1000) + 600 }));
    // 2. a wrong key
    await expect401(await hs256(testSecrets().JWT_SECRET, base));
    // 3. a wrong audience
    await expect401(await hs256(gw.secrets.JWT_SECRET, { ...base, aud: "service_role" }));
    // 4. expired beyond the 60 s leeway
    await expect401(await hs256(gw.secrets.JWT_SECRET, base, -61));
    // 5. a user that was deleted
    const gone = await gw.signIn();
    await gw.db.sql`update users set deleted_at = now() where id = ${gone.id}`;
    await expect401(gone.token);
    await gw.db.sql`delete from auth.users where id = ${gone.id}`;
    await expect401(gone.token);
    // ...while the real token works.
    const ok = await user.fetch("/dashboard");
    expect(ok.status).toBe(200);
  });

  it("accepts a token 30 s past expiry (60 s leeway) and refuses RS/HS confusion", async () => {
    const user = await gw.signIn();
    const base = { sub: user.id, role: "authenticated", aud: "authenticated" };
    const late = await hs256(gw.secrets.JWT_SECRET, base, -30);
    expect(
      (await user.fetch("/dashboard", { headers: { authorization: `Bearer ${late}` } })).status,
    ).toBe(200);
    // HS256 signed with the Supabase JWKS's public key as the "secret".
    const pub = JSON.stringify(gw.supabase.keys[0]!.jwk);
    await expect401(await hs256(pub, base));
  });

  it("requires a token on every private route", async () => {
    for (const [method, path] of [
      ["GET", "/dashboard"],
      ["GET", "/vault"],
      ["POST", "/vault/capture"],
      ["DELETE", "/vault/linkedin"],
      ["POST", "/resume/upload"],
      ["POST", "/persona"],
      ["PATCH", "/user/roles"],
      ["PATCH", "/user/preferences"],
      ["POST", "/applications"],
      ["GET", "/applications"],
      ["PATCH", `/applications/${crypto.randomUUID()}`],
      ["POST", `/applications/${crypto.randomUUID()}/approve`],
      ["POST", `/applications/${crypto.randomUUID()}/reject`],
      ["PATCH", `/notifications/${crypto.randomUUID()}`],
      ["POST", "/billing/checkout"],
    ] as const) {
      const res = await fetch(`${gw.apiUrl}${path}`, {
        method,
        headers: { "x-forwarded-for": "10.7.7.7" },
      });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });

  it("accepts Supabase Auth's ES256 tokens through its JWKS, refetching once for an unknown kid", async () => {
    const user = await gw.signIn();
    const claims = {
      sub: user.id,
      role: "authenticated",
      aud: "authenticated",
      session_id: crypto.randomUUID(),
    };
    const es = await gw.supabase.sign(claims);
    expect(
      (await user.fetch("/dashboard", { headers: { authorization: `Bearer ${es}` } })).status,
    ).toBe(200);
    const fetchesBefore = gw.supabase.fetches;

    // Supabase rotates its key: the first token with the new kid triggers one refetch.
    const rotated = await gw.supabase.rotate("es256-2");
    const es2 = await gw.supabase.sign(claims, { key: rotated });
    expect(
      (await user.fetch("/dashboard", { headers: { authorization: `Bearer ${es2}` } })).status,
    ).toBe(200);
    expect(gw.supabase.fetches).toBe(fetchesBefore + 1);
    // A flood of made-up kids does not make it refetch again.
    for (let i = 0; i < 3; i++) {
      const bogus = await gw.supabase.sign(claims, { key: { ...rotated, kid: `bogus-${i}` } });
      await expect401(bogus);
    }
    expect(gw.supabase.fetches).toBe(fetchesBefore + 1);
  });
});

describe("around every route", () => {
  it("sets security headers, echoes request ids and allows only configured CORS origins", async () => {
    const res = await fetch(`${gw.apiUrl}/health`, {
      headers: { origin: SPA_ORIGIN, "x-request-id": "spa-req-0000042" },
    });
    expect(res.headers.get("x-request-id")).toBe("spa-req-0000042");
    expect(res.headers.get("access-control-allow-origin")).toBe(SPA_ORIGIN);
    expect(res.headers.get("access-control-allow-credentials")).toBe("true");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=/);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    await res.body?.cancel();

    const evil = await fetch(`${gw.apiUrl}/health`, {
      headers: { origin: "https://evil.example" },
    });
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
    await evil.body?.cancel();
    const preflight = await fetch(`${gw.apiUrl}/dashboard`, {
      method: "OPTIONS",
      headers: {
        origin: SPA_ORIGIN,
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain(
      "authorization",
    );
  });

  it("rate-limits 100 requests a minute per IP with X-RateLimit-* and Retry-After", async () => {
    const ip = "10.200.0.1";
    const statuses: number[] = [];
    let refused: Response | undefined;
    // The bucket refills 100 a minute (≈1.7/s), so a few more than 100 may pass while we send.
    for (let i = 0; i < 120 && !refused; i++) {
      const res = await fetch(`${gw.apiUrl}/openapi.json`, { headers: { "x-forwarded-for": ip } });
      statuses.push(res.status);
      if (res.status === 429) refused = res;
      else await res.body?.cancel();
    }
    expect(statuses.slice(0, 100).every((s) => s === 200)).toBe(true);
    expect(refused).toBeDefined();
    expect(statuses.length).toBeLessThanOrEqual(110);
    expect(refused!.headers.get("x-ratelimit-limit")).toBe("100");
    expect(refused!.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(refused!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await refused!.json()).error.code).toBe("rate_limited");
    // Another IP is unaffected; health checks are never limited.
    const health = await fetch(`${gw.apiUrl}/health`, { headers: { "x-forwarded-for": ip } });
    expect(health.status).toBe(200);
    await health.body?.cancel();
    const other = await fetch(`${gw.apiUrl}/openapi.json`, {
      headers: { "x-forwarded-for": "10.200.0.2" },
    });
    expect(other.status).toBe(200);
    expect(other.headers.get("x-ratelimit-remaining")).toBe("99");
    await other.body?.cancel();
  });

  it("rate-limits 60 writes a minute per user", async () => {
    const user = await gw.signIn();
    let status = 0;
    let n = 0;
    // Spread over IPs so only the per-user limit can trip.
    for (; n < 70; n++) {
      const res = await user.fetch(`/notifications/${crypto.randomUUID()}`, {
        method: "PATCH",
        headers: { "content-type": "application/json", "x-forwarded-for": `10.201.${n}.1` },
        body: JSON.stringify({ status: "read" }),
      });
      status = res.status;
      await res.body?.cancel();
      if (status === 429) break;
    }
    // 60 PATCHes pass (404: no such notification), then the user is refused (the bucket
    // refills one a second, so one or two more may slip in while the loop runs).
    expect(status).toBe(429);
    expect(n).toBeGreaterThanOrEqual(60);
    expect(n).toBeLessThanOrEqual(64);
    // Reads still pass.
    expect(
      (await user.fetch("/vault", { headers: { "x-forwarded-for": "10.201.99.1" } })).status,
    ).toBe(200);
  });

  it("publishes OpenAPI 3.1 from the request schemas and a readable reference page", async () => {
    const doc = await fetch(`${gw.apiUrl}/openapi.json`).then((r) => r.json());
    expect(doc.openapi).toBe("3.1.0");
    for (const path of [
      "/auth/google",
      "/auth/refresh",
      "/auth/logout",
      "/vault/capture",
      "/vault",
      "/vault/{platform}",
      "/resume/upload",
      "/persona",
      "/dashboard",
      "/user/roles",
      "/user/preferences",
      "/applications",
      "/applications/{id}",
      "/applications/{id}/approve",
      "/applications/{id}/reject",
      "/notifications/{id}",
      "/billing/checkout",
      "/webhooks/razorpay",
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    expect(doc.paths["/auth/dev/id-token"]).toBeUndefined();
    expect(doc.components.schemas.VaultCapture.properties.platform).toBeDefined();
    const page = await fetch(`${gw.apiUrl}/docs`);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain("/vault/capture");
    expect(html).toContain("Talvix gateway API");
  });
});

describe("tokens without Google", () => {
  it("exist locally only behind LOCAL_DEV_AUTH, never in a production config", async () => {
    // In this (test) config without LOCAL_DEV_AUTH: no such route.
    const none = await fetch(`${gw.apiUrl}/auth/dev/id-token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "dev@example.com" }),
    });
    expect(none.status).toBe(404);
    await none.body?.cancel();

    // Production with every secret set, but LOCAL_DEV_AUTH: refuses to start at all.
    const prodEnv = {
      APP_ENV: "production",
      DATABASE_URL: gw.db.url,
      ...gw.secrets,
      FUNCTIONS_URL: "http://127.0.0.1:9/functions/v1",
      STORAGE_BACKEND: "supabase",
      SUPABASE_URL: "http://127.0.0.1:9",
      SUPABASE_SERVICE_ROLE_KEY: "service-role-key-for-tests-only",
      GOOGLE_CLIENT_ID: "prod-client.apps.googleusercontent.com",
      RAZORPAY_KEY_ID: "rzp_live_Prod",
      RAZORPAY_KEY_SECRET: "prod-razorpay-secret-xx",
      CORS_ORIGINS: "https://app.talvix.in",
      APP_VERSION: "1.0.0",
      STORAGE_BUCKET: "talvix",
    };
    await expect(
      startFunctionsServer({ ...prodEnv, LOCAL_DEV_AUTH: "true" }, { timeoutMs: 20_000 }),
    ).rejects.toThrow(/LOCAL_DEV_AUTH must not be set in production/);
    // Production without it: the api app is built and the dev route does not exist. (In
    // process, so other functions' production variables do not matter here.)
    const { config, secrets } = loadConfig("api", apiVars, prodEnv);
    const prodApp = apiFunction.createApp({
      config,
      sql: gw.db.sql,
      clock: systemClock,
      logger: createLogger({ name: "api", secrets, sink: () => {} }),
      storage: createLocalStorage({ root: "/nonexistent", fs: {} as never }),
    });
    for (const path of ["/api/auth/dev/id-token", "/api/auth/dev/jwks"]) {
      const res = await prodApp.request(path, {
        method: path.endsWith("jwks") ? "GET" : "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "10.3.3.3" },
        body: path.endsWith("jwks") ? undefined : JSON.stringify({ email: "dev@example.com" }),
      });
      expect(res.status).toBe(404);
    }

    // Locally with LOCAL_DEV_AUTH: a Google-shaped token from the local JWKS signs in.
    const local = await startFunctionsServer({
      DATABASE_URL: gw.db.url,
      ...gw.secrets,
      LOCAL_DEV_AUTH: "true",
      GOOGLE_JWKS_URL: gw.google.url,
    });
    try {
      const minted = await fetch(`${local.url}/api/auth/dev/id-token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "dev@example.com", name: "Dev" }),
      }).then((r) => r.json());
      const session = await fetch(`${local.url}/api/auth/google`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ id_token: minted.id_token }),
      });
      expect(session.status).toBe(200);
      expect((await session.json()).user.email).toBe("dev@example.com");
    } finally {
      await local.stop();
    }
  });
});

it("ApiError carries the error shape", async () => {
  const user = await gw.signIn();
  const err = await user.api.applications
    .update(crypto.randomUUID(), { status: "applied" })
    .catch((e) => e);
  expect(err).toBeInstanceOf(ApiError);
  expect(err).toMatchObject({ status: 404, code: "not_found" });
  expect(err.requestId).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
});
