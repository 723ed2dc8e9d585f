import { base64ToBytes } from "../auth/base64url.ts";

export interface VaultKey {
  version: number;
  key: CryptoKey;
}

/** Every configured key by version; `current` seals, any of them opens. */
export interface VaultKeyring {
  current: VaultKey;
  byVersion: ReadonlyMap<number, VaultKey>;
}

export class VaultKeyError extends Error {
  constructor(message: string) {
    super(`VAULT_KEYS: ${message}`);
    this.name = "VaultKeyError";
  }
}

/** `VAULT_KEYS` must look like this; a config schema can reuse it. */
export const VAULT_KEYS_PATTERN = /^\d+:[A-Za-z0-9+/]+={0,2}(,\d+:[A-Za-z0-9+/]+={0,2})*$/;

/**
 * Parses `VAULT_KEYS`: comma-separated `<version>:<base64 32-byte key>`, newest last. To
 * rotate, append a new version; keep old ones until every row was resealed.
 */
export async function parseVaultKeys(spec: string): Promise<VaultKeyring> {
  const entries = spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new VaultKeyError("no keys");
  const byVersion = new Map<number, VaultKey>();
  let current: VaultKey | undefined;
  for (const entry of entries) {
    const colon = entry.indexOf(":");
    const version = Number(entry.slice(0, colon));
    if (colon < 1 || !Number.isInteger(version) || version < 1) {
      throw new VaultKeyError("each key must be <version>:<base64 key> with version ≥ 1");
    }
    if (byVersion.has(version)) throw new VaultKeyError(`version ${version} appears twice`);
    let raw: Uint8Array;
    try {
      raw = base64ToBytes(entry.slice(colon + 1));
    } catch {
      throw new VaultKeyError(`key ${version} is not base64`);
    }
    if (raw.length !== 32) throw new VaultKeyError(`key ${version} must be 32 bytes`);
    const key = await crypto.subtle.importKey(
      "raw",
      raw as BufferSource,
      { name: "AES-GCM" },
      false,
      ["encrypt", "decrypt"],
    );
    current = { version, key };
    byVersion.set(version, current);
  }
  return { current: current!, byVersion };
}
