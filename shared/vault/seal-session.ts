import { base64ToBytes, bytesToBase64 } from "../auth/base64url.ts";
import type { VaultKeyring } from "./vault-keys.ts";

/**
 * THE sealed-session format (the only one; worker-exec opens it with this module):
 *
 * - `session_encrypted`: base64 of AES-256-GCM output (ciphertext ‖ 16-byte tag)
 * - `session_iv`: base64 of the 12 random bytes used as the GCM nonce
 * - `key_version`: which `VAULT_KEYS` entry sealed it
 * - additional data `talvix.session.v1|<user_id>|<platform>`, so a sealed blob copied to
 *   another user's or platform's row does not open
 * - plaintext: UTF-8 JSON `{"v":1,"cookies":[…]}`
 */
export interface SealedSession {
  session_encrypted: string;
  session_iv: string;
  key_version: number;
}

export interface SessionBinding {
  userId: string;
  platform: string;
}

/** A browser cookie as puppeteer reads and sets it. */
export interface SessionCookie {
  name: string;
  value: string;
  domain: string;
  path?: string;
  /** Unix seconds; -1 or absent for a session cookie. */
  expires?: number;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: "Strict" | "Lax" | "None";
}

export interface SessionSecret {
  cookies: SessionCookie[];
}

export class VaultOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "VaultOpenError";
  }
}

const FORMAT_VERSION = 1;
const IV_BYTES = 12;

function additionalData(binding: SessionBinding): Uint8Array {
  return new TextEncoder().encode(`talvix.session.v1|${binding.userId}|${binding.platform}`);
}

export async function sealSession(
  keyring: VaultKeyring,
  secret: SessionSecret,
  binding: SessionBinding,
): Promise<SealedSession> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plaintext = new TextEncoder().encode(
    JSON.stringify({ v: FORMAT_VERSION, cookies: secret.cookies }),
  );
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: additionalData(binding) as BufferSource },
    keyring.current.key,
    plaintext as BufferSource,
  );
  return {
    session_encrypted: bytesToBase64(new Uint8Array(sealed)),
    session_iv: bytesToBase64(iv),
    key_version: keyring.current.version,
  };
}

export async function openSession(
  keyring: VaultKeyring,
  sealed: SealedSession,
  binding: SessionBinding,
): Promise<SessionSecret> {
  const key = keyring.byVersion.get(sealed.key_version);
  if (!key) throw new VaultOpenError(`no vault key version ${sealed.key_version}`);
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt(
      {
        name: "AES-GCM",
        iv: base64ToBytes(sealed.session_iv) as BufferSource,
        additionalData: additionalData(binding) as BufferSource,
      },
      key.key,
      base64ToBytes(sealed.session_encrypted) as BufferSource,
    );
  } catch {
    throw new VaultOpenError("sealed session does not open (wrong key, row or tampered)");
  }
  const parsed = JSON.parse(new TextDecoder().decode(plaintext)) as {
    v?: number;
    cookies?: SessionCookie[];
  };
  if (parsed.v !== FORMAT_VERSION || !Array.isArray(parsed.cookies)) {
    throw new VaultOpenError(`unknown sealed session format ${String(parsed.v)}`);
  }
  return { cookies: parsed.cookies };
}

/** True when a row was sealed under an older key and should be resealed with `current`. */
export function needsResealing(keyring: VaultKeyring, sealed: Pick<SealedSession, "key_version">) {
  return sealed.key_version !== keyring.current.version;
}
