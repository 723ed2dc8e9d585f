import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { dirname } from "node:path";
import { z } from "zod";

/** Secrets generated for this machine's local stack only; production reads the environment. */
export const LocalSecrets = z.object({
  jwt_secret: z.string().min(32),
  agent_secret: z.string().min(32),
  /** `VAULT_KEYS` format: comma-separated `<version>:<base64 32-byte key>`, newest last. */
  vault_keys: z.string().min(10),
  razorpay_webhook_secret: z.string().min(16),
});
export type LocalSecrets = z.infer<typeof LocalSecrets>;

export const LocalJson = z.object({
  generated_at: z.string(),
  urls: z.record(z.string(), z.string()),
  secrets: LocalSecrets,
});
export type LocalJson = z.infer<typeof LocalJson>;

const token = (bytes: number) => randomBytes(bytes).toString("base64url");

export function generateSecrets(): LocalSecrets {
  return {
    jwt_secret: token(48),
    agent_secret: token(32),
    vault_keys: `1:${randomBytes(32).toString("base64")}`,
    razorpay_webhook_secret: token(24),
  };
}

/** Reads the stack's secrets, generating them on first use so tokens survive restarts. */
export async function loadOrCreateSecrets(path: string): Promise<LocalSecrets> {
  if (existsSync(path)) {
    const parsed = LocalJson.safeParse(JSON.parse(await readFile(path, "utf8")));
    if (parsed.success) return parsed.data.secrets;
  }
  return generateSecrets();
}

export async function writeLocalJson(
  path: string,
  urls: Record<string, string>,
  secrets: LocalSecrets,
) {
  await mkdir(dirname(path), { recursive: true });
  const body: LocalJson = { generated_at: new Date().toISOString(), urls, secrets };
  await writeFile(path, JSON.stringify(body, null, 2) + "\n", { mode: 0o600 });
  await chmod(path, 0o600);
}

/** The environment every local process gets. */
export function localEnv(
  secrets: LocalSecrets,
  urls: { databaseUrl: string; functionsUrl: string; storageDir: string },
): Record<string, string> {
  return {
    APP_ENV: "local",
    DATABASE_URL: urls.databaseUrl,
    FUNCTIONS_URL: urls.functionsUrl,
    STORAGE_DIR: urls.storageDir,
    JWT_SECRET: secrets.jwt_secret,
    AGENT_SECRET: secrets.agent_secret,
    VAULT_KEYS: secrets.vault_keys,
    RAZORPAY_WEBHOOK_SECRET: secrets.razorpay_webhook_secret,
    // The api function mints Google-shaped ID tokens from an in-memory dev JWKS
    // (POST /functions/v1/api/auth/dev/id-token) so the SPA can sign in without Google.
    // Refused in production.
    LOCAL_DEV_AUTH: "true",
  };
}
