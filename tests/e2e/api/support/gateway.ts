import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApiClient, type ApiClient } from "../../../../shared/api-client/client.ts";
import { startFunctionsServer, type FunctionsServer } from "../../../helpers/functions-server.ts";
import { createTestDatabase, type TestDatabase } from "../../../helpers/test-database.ts";
import { testSecrets } from "../../../helpers/test-secrets.ts";
import { FakeJwks, GOOGLE_CLIENT_ID } from "./fake-identity.ts";
import { startFakeRazorpay } from "./razorpay.ts";

export const SPA_ORIGIN = "http://localhost:5173";

/** Every response body any test client saw, for the secret scan. */
export const seenBodies: string[] = [];

async function record(res: Response) {
  seenBodies.push(await res.clone().text());
  return res;
}

/** Keeps the refresh cookie like a browser would (only for /auth calls). */
export function cookieJar() {
  let refresh: string | null = null;
  const jarFetch: typeof fetch = async (input, init = {}) => {
    const url = String(input instanceof Request ? input.url : input);
    const headers = new Headers(init.headers);
    if (refresh && url.includes("/api/auth/")) headers.set("cookie", `talvix_refresh=${refresh}`);
    const res = await record(await fetch(input, { ...init, headers }));
    for (const cookie of res.headers.getSetCookie()) {
      const m = /^talvix_refresh=([^;]*)/.exec(cookie);
      if (m) refresh = m[1] || null;
    }
    return res;
  };
  return {
    fetch: jarFetch,
    get refresh() {
      return refresh;
    },
    set refresh(v: string | null) {
      refresh = v;
    },
  };
}

export interface SignedInUser {
  id: string;
  email: string;
  token: string;
  ip: string;
  api: ApiClient;
  jar: ReturnType<typeof cookieJar>;
  /** Raw fetch as this user (token, own IP), for headers and odd requests. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export interface Gateway {
  db: TestDatabase;
  storageDir: string;
  server: FunctionsServer;
  apiUrl: string;
  secrets: ReturnType<typeof testSecrets>;
  google: FakeJwks;
  supabase: FakeJwks;
  razorpay: Awaited<ReturnType<typeof startFakeRazorpay>>;
  signIn(email?: string): Promise<SignedInUser>;
  stop(): Promise<void>;
}

const randomIp = () => `10.${randomBytes(3).join(".")}`;

/**
 * The api function on real Deno with real Postgres, calling the real agents on the same
 * server; only Google, Supabase Auth and Razorpay are faked, at the edge.
 */
export async function startGateway(env: Record<string, string> = {}): Promise<Gateway> {
  const db = await createTestDatabase();
  const secrets = testSecrets();
  const storageDir = mkdtempSync(join(tmpdir(), "talvix-api-storage-"));
  const [google, supabase, razorpay] = await Promise.all([
    FakeJwks.start("RS256"),
    FakeJwks.start("ES256"),
    startFakeRazorpay(),
  ]);
  const server = await startFunctionsServer(
    {
      DATABASE_URL: db.url,
      ...secrets,
      GOOGLE_CLIENT_ID,
      GOOGLE_JWKS_URL: google.url,
      SUPABASE_JWKS_URL: supabase.url,
      RAZORPAY_API_URL: razorpay.url,
      RAZORPAY_KEY_ID: "rzp_test_TalvixE2E",
      RAZORPAY_KEY_SECRET: "e2e-razorpay-key-secret",
      CORS_ORIGINS: SPA_ORIGIN,
      STORAGE_DIR: storageDir,
      ...env,
    },
    { selfFunctionsUrl: true },
  );
  const apiUrl = `${server.url}/api`;

  async function signIn(email = `u${randomBytes(6).toString("hex")}@example.com`) {
    const jar = cookieJar();
    const ip = randomIp();
    let token = "";
    const headers = () => ({ "x-forwarded-for": ip });
    const api = createApiClient({
      baseUrl: apiUrl,
      fetch: jar.fetch,
      accessToken: () => token,
      headers,
    });
    const session = await api.auth.google({ id_token: await google.googleIdToken(email) });
    token = session.access_token;
    return {
      id: session.user.id,
      email,
      get token() {
        return token;
      },
      set token(t: string) {
        token = t;
      },
      ip,
      api,
      jar,
      fetch: (path: string, init: RequestInit = {}) => {
        const h = new Headers(init.headers);
        if (!h.has("authorization")) h.set("authorization", `Bearer ${token}`);
        if (!h.has("x-forwarded-for")) h.set("x-forwarded-for", ip);
        return fetch(`${apiUrl}${path}`, { ...init, headers: h }).then(record);
      },
    } satisfies SignedInUser;
  }

  return {
    db,
    storageDir,
    server,
    apiUrl,
    secrets,
    google,
    supabase,
    razorpay,
    signIn,
    async stop() {
      await server.stop();
      await Promise.all([google.close(), supabase.close(), razorpay.close()]);
      await db.drop();
    },
  };
}
