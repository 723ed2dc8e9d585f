import { parseVaultKeys, type VaultKeyring } from "../../shared/vault/vault-keys.ts";
import { defineFunction } from "../_shared/function-definition.ts";
import { apiVars } from "./config.ts";
import { createApiApp } from "./create-api-app.ts";
import { createRazorpayGateway } from "./razorpay-gateway.ts";

export { apiVars };

declare const EdgeRuntime: { waitUntil(p: Promise<unknown>): void } | undefined;

/** Keeps fire-and-forget work alive after the response (Supabase's EdgeRuntime when present). */
function waitUntil(work: Promise<unknown>) {
  if (typeof EdgeRuntime !== "undefined" && EdgeRuntime?.waitUntil) EdgeRuntime.waitUntil(work);
}

export const apiFunction = defineFunction({
  name: "api",
  spec: apiVars,
  createApp(deps) {
    let keyring: Promise<VaultKeyring> | null = null;
    return createApiApp({
      ...deps,
      fetch: (input, init) => fetch(input, init),
      paymentGateway: createRazorpayGateway({
        keyId: deps.config.razorpayKeyId,
        keySecret: deps.config.razorpayKeySecret,
        apiUrl: deps.config.razorpayApiUrl,
      }),
      vaultKeys: () => (keyring ??= parseVaultKeys(deps.config.vaultKeys)),
      waitUntil,
    });
  },
});
