import { bytesToHex, hexToBytes } from "../auth/base64url.ts";

async function hmacKey(secret: string, usage: "sign" | "verify") {
  return crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret) as BufferSource,
    { name: "HMAC", hash: "SHA-256" },
    false,
    [usage],
  );
}

function bodyBytes(body: Uint8Array | string): Uint8Array {
  return typeof body === "string" ? new TextEncoder().encode(body) : body;
}

/**
 * Checks `X-Razorpay-Signature`: hex HMAC-SHA256 of the raw body under the webhook secret.
 * Web Crypto's `verify` compares in constant time; a malformed header is simply false.
 */
export async function verifyRazorpaySignature(
  rawBody: Uint8Array | string,
  signatureHex: string | undefined | null,
  secret: string,
): Promise<boolean> {
  if (!signatureHex || signatureHex.length !== 64) return false;
  const signature = hexToBytes(signatureHex);
  if (!signature) return false;
  return crypto.subtle.verify(
    "HMAC",
    await hmacKey(secret, "verify"),
    signature as BufferSource,
    bodyBytes(rawBody) as BufferSource,
  );
}

/** What Razorpay sends; tests and the local fake sign their deliveries with it. */
export async function signRazorpayBody(rawBody: Uint8Array | string, secret: string) {
  const mac = await crypto.subtle.sign(
    "HMAC",
    await hmacKey(secret, "sign"),
    bodyBytes(rawBody) as BufferSource,
  );
  return bytesToHex(new Uint8Array(mac));
}
