import * as fs from "node:fs/promises";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFunction, apiVars } from "../../../functions/api/app.ts";
import type { FunctionApp } from "../../../functions/_shared/create-app.ts";
import { loadConfig } from "../../../shared/config/load-config.ts";
import { createLogger } from "../../../shared/log/logger.ts";
import { createLocalStorage } from "../../../shared/storage/local-storage.ts";
import { systemClock } from "../../../shared/time/clock.ts";
import { GOOGLE_CLIENT_ID } from "./support/fake-identity.ts";
import { startGateway, type Gateway } from "./support/gateway.ts";
import { textResume } from "./support/resume-files.ts";
import { seedJob, seedNotification } from "./support/seed.ts";

/**
 * Random methods, paths, headers and bodies: whatever arrives, the gateway answers below 500
 * and, when it refuses, in the single error shape. 1,200 requests go to the app in process
 * (same code, real Postgres), 150 more over HTTP to Deno.
 */
let gw: Gateway;
let app: FunctionApp;
let token = "";
const ids: string[] = [];

beforeAll(async () => {
  gw = await startGateway();
  const env = {
    APP_ENV: "test",
    DATABASE_URL: gw.db.url,
    ...gw.secrets,
    GOOGLE_CLIENT_ID,
    GOOGLE_JWKS_URL: gw.google.url,
    SUPABASE_JWKS_URL: gw.supabase.url,
    RAZORPAY_API_URL: gw.razorpay.url,
    FUNCTIONS_URL: gw.server.url,
    RATE_LIMIT_IP_PER_MINUTE: "1000000",
    RATE_LIMIT_WRITES_PER_MINUTE: "1000000",
    RATE_LIMIT_UPLOADS_PER_HOUR: "1000000",
  };
  const { config, secrets } = loadConfig("api", apiVars, env);
  app = apiFunction.createApp({
    config,
    sql: gw.db.sql,
    clock: systemClock,
    logger: createLogger({ name: "api", secrets, sink: () => {} }),
    storage: createLocalStorage({ root: gw.storageDir, fs: fs as never }),
  });
  const user = await gw.signIn("property@example.com");
  token = user.token;
  const job = await seedJob(gw.db.sql);
  ids.push(job, (await user.api.applications.create({ job_id: job })).id);
  ids.push(await seedNotification(gw.db.sql, user.id));
  ids.push((await user.api.resume.upload(new Blob([textResume()]), "r.txt")).resume_id);
});
afterAll(async () => gw?.stop());

const TEMPLATES = [
  "/health",
  "/openapi.json",
  "/docs",
  "/auth/google",
  "/auth/refresh",
  "/auth/logout",
  "/auth/dev/id-token",
  "/vault",
  "/vault/capture",
  "/vault/{x}",
  "/resume/upload",
  "/persona",
  "/dashboard",
  "/user/roles",
  "/user/preferences",
  "/applications",
  "/applications/{x}",
  "/applications/{x}/approve",
  "/applications/{x}/reject",
  "/notifications/{x}",
  "/billing/checkout",
  "/webhooks/razorpay",
  "/{x}",
  "/{x}/{x}",
];

const weird = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    "linkedin",
    "..",
    "%2e%2e",
    "%00",
    "null",
    "-1",
    "0",
    "1e309",
    "' or 1=1 --",
    "__proto__",
  ),
  fc.uuid(),
  fc.constantFrom(...["a".repeat(5000)]),
);
const known = fc.constant(null).map(() => ids[Math.floor(Math.random() * ids.length)] ?? "x");

const path = fc
  .tuple(
    fc.constantFrom(...TEMPLATES),
    fc.array(fc.oneof(weird, known), { minLength: 3, maxLength: 3 }),
    fc.option(fc.dictionary(fc.string(), fc.string()), { nil: undefined }),
  )
  .map(([t, subs, query]) => {
    let i = 0;
    let p = t.replace(/\{x\}/g, () => encodeURIComponent(subs[i++] ?? ""));
    if (query) p += `?${new URLSearchParams(query).toString()}`;
    return p;
  });

const fieldValues = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    "student",
    "professional",
    "free",
    "linkedin",
    "applied",
    "read",
    1,
    3,
    5,
    25,
    26,
    -1,
    true,
    null,
  ),
  fc.uuid(),
);
const plausibleBody = fc.dictionary(
  fc.constantFrom(
    "id_token",
    "platform",
    "cookies",
    "user_agent",
    "viewport",
    "expires_at",
    "resume_id",
    "choice",
    "roles",
    "cities_preferred",
    "daily_apply_limit",
    "quiet_hours",
    "wa_phone",
    "wa_opted_in",
    "auto_apply_enabled",
    "review_mode",
    "job_id",
    "url",
    "company",
    "title",
    "status",
    "plan",
    "event",
    "payload",
  ),
  fieldValues,
);
const body = fc.oneof(
  plausibleBody.map((b) => JSON.stringify(b)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.uint8Array({ maxLength: 2000 }).map((b) => new TextDecoder().decode(b)),
  fc.constant(undefined),
);

const headers = fc.record(
  {
    authorization: fc.oneof(
      fc.constant(null).map(() => `Bearer ${token}`),
      fc.string().map((s) => `Bearer ${s}`),
      fc.string(),
      fc.constant("Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."),
    ),
    "content-type": fc.oneof(
      fc.constantFrom(
        "application/json",
        "multipart/form-data; boundary=x",
        "text/plain",
        "application/x-www-form-urlencoded",
      ),
      fc.string(),
    ),
    "x-request-id": fc.string(),
    "x-forwarded-for": fc.ipV4(),
    cookie: fc.string().map((s) => `talvix_refresh=${s}`),
    "x-razorpay-signature": fc.string({
      unit: fc.constantFrom(..."0123456789abcdef"),
      minLength: 64,
      maxLength: 64,
    }),
    "x-razorpay-event-id": fc.string(),
    origin: fc.constantFrom("http://localhost:5173", "https://evil.example", ""),
  },
  { requiredKeys: ["x-forwarded-for"] },
);

const request = fc.record({
  method: fc.constantFrom("GET", "POST", "PATCH", "DELETE", "PUT", "OPTIONS", "HEAD"),
  path,
  headers,
  body,
});

function toInit(
  r: fc.Arbitrary<unknown> extends never
    ? never
    : { method: string; headers: Record<string, string>; body?: string },
) {
  const h = new Headers();
  for (const [k, v] of Object.entries(r.headers)) {
    try {
      h.set(k, v);
    } catch {
      // Not a legal header value: a client could not send it either.
    }
  }
  const hasBody = r.body !== undefined && !["GET", "HEAD"].includes(r.method);
  return { method: r.method, headers: h, body: hasBody ? r.body : undefined };
}

async function check(res: Response, what: string) {
  expect(res.status, what).toBeLessThan(500);
  if (res.status >= 400 && !what.startsWith("HEAD")) {
    const text = await res.text();
    const parsed = JSON.parse(text);
    expect(parsed.error, what).toMatchObject({
      code: expect.any(String),
      message: expect.any(String),
    });
  } else {
    await res.arrayBuffer();
  }
}

describe("random requests", () => {
  it("1,200 in process: never a 5xx, every refusal in the error shape", async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const res = await app.request(`/api${r.path}`, toInit(r as never));
        await check(res, `${r.method} ${r.path}`);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1200) },
    );
  }, 120_000);

  it("150 over HTTP to Deno", async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const init = toInit(r as never);
        const res = await fetch(`${gw.apiUrl}${r.path}`, init).catch((e: Error) => {
          // undici refuses some inputs before sending (e.g. a body on a bad method).
          if (/fetch failed|invalid|not a legal/i.test(e.message)) return null;
          throw e;
        });
        if (res) await check(res, `${r.method} ${r.path}`);
      }),
      { numRuns: 150 },
    );
    expect(gw.server.logs.join("\n")).not.toMatch(/"level":"error"/);
  }, 60_000);
});
