import { z } from "zod";
import { secretString, type ConfigOf, type ConfigSpec } from "../../shared/config/load-config.ts";
import { VAULT_KEYS_PATTERN } from "../../shared/vault/vault-keys.ts";
import { baseFunctionVars } from "../_shared/function-config.ts";

const csv = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url()).min(1));
const flag = z.enum(["true", "false"]).transform((v) => v === "true");
const positiveInt = z.coerce.number().int().positive();

/** What the gateway reads from its environment, beyond what every function reads. */
export const apiVars = {
  ...baseFunctionVars,
  /** The Supabase project's JWT secret: signs our HS256 access tokens. */
  jwtSecret: { env: "JWT_SECRET", schema: secretString(32), secret: true },
  vaultKeys: {
    env: "VAULT_KEYS",
    schema: z.string().regex(VAULT_KEYS_PATTERN, "must be <version>:<base64 key>[,…]"),
    secret: true,
  },
  googleClientId: {
    env: "GOOGLE_CLIENT_ID",
    schema: z.string().min(10),
    localDefault: "talvix-local-dev.apps.googleusercontent.com",
  },
  /** Defaults to Google's own JWKS; tests point it at a JWKS they control. */
  googleJwksUrl: { env: "GOOGLE_JWKS_URL", schema: z.url(), optional: true },
  /** Supabase Auth's JWKS (ES256/RS256 tokens), when the project uses asymmetric keys. */
  supabaseJwksUrl: { env: "SUPABASE_JWKS_URL", schema: z.url(), optional: true },
  razorpayKeyId: {
    env: "RAZORPAY_KEY_ID",
    schema: z.string().regex(/^rzp_(test|live)_[A-Za-z0-9]+$/, "must be rzp_test_… or rzp_live_…"),
    localDefault: "rzp_test_talvixlocal",
  },
  razorpayKeySecret: {
    env: "RAZORPAY_KEY_SECRET",
    schema: secretString(16),
    secret: true,
    // Authorises nothing: locally and in tests the Razorpay API is a fake.
    localDefault: "local-fake-razorpay-key-secret",
  },
  razorpayWebhookSecret: {
    env: "RAZORPAY_WEBHOOK_SECRET",
    schema: secretString(16),
    secret: true,
  },
  /** Defaults to https://api.razorpay.com; tests point it at a recorded-response fake. */
  razorpayApiUrl: { env: "RAZORPAY_API_URL", schema: z.url(), optional: true },
  corsOrigins: {
    env: "CORS_ORIGINS",
    schema: csv,
    localDefault: "http://localhost:5173,http://127.0.0.1:5173",
  },
  /** Mounts /auth/dev/* (a local JWKS that mints Google-shaped ID tokens). Never in production. */
  localDevAuth: { env: "LOCAL_DEV_AUTH", schema: flag, optional: true },
  rateLimitIpPerMinute: { env: "RATE_LIMIT_IP_PER_MINUTE", schema: positiveInt, optional: true },
  rateLimitWritesPerMinute: {
    env: "RATE_LIMIT_WRITES_PER_MINUTE",
    schema: positiveInt,
    optional: true,
  },
  rateLimitUploadsPerHour: {
    env: "RATE_LIMIT_UPLOADS_PER_HOUR",
    schema: positiveInt,
    optional: true,
  },
} satisfies ConfigSpec;

export type ApiConfig = ConfigOf<typeof apiVars> & { version: string };
