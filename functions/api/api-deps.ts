import type { AccessClaims } from "../../shared/auth/claims.ts";
import type { PaymentGateway } from "../../shared/billing/payment-gateway.ts";
import type { VaultKeyring } from "../../shared/vault/vault-keys.ts";
import type { AppVariables, FunctionDeps } from "../_shared/deps.ts";
import type { ApiConfig } from "./config.ts";

/** Everything the gateway is built from. Tests pass fakes only for what is off the machine. */
export interface ApiDeps extends FunctionDeps<ApiConfig> {
  /** Outbound HTTP: Google/Supabase JWKS, the agents function. */
  fetch: typeof fetch;
  paymentGateway: PaymentGateway;
  vaultKeys: () => Promise<VaultKeyring>;
  /** Runs a promise past the response (EdgeRuntime.waitUntil on Supabase). */
  waitUntil: (work: Promise<unknown>) => void;
}

export type ApiVariables = AppVariables & {
  userId: string;
  claims: AccessClaims;
};

export type ApiEnv = { Variables: ApiVariables };
