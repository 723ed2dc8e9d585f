import { randomBytes } from "node:crypto";

/** Fresh secrets per test process, shaped like the local stack's. */
export function testSecrets() {
  return {
    JWT_SECRET: randomBytes(48).toString("base64url"),
    AGENT_SECRET: randomBytes(32).toString("base64url"),
    VAULT_KEYS: `1:${randomBytes(32).toString("base64")}`,
    RAZORPAY_WEBHOOK_SECRET: randomBytes(24).toString("base64url"),
  };
}
