import { badRequest } from "../../shared/errors/app-error.ts";
import { base64ToBytes, bytesToBase64url } from "../../shared/auth/base64url.ts";

/**
 * Opaque keyset cursors: base64url JSON of the last row's sort key. Keyset (not offset)
 * paging stays fast however deep the user scrolls and never skips rows that arrive meanwhile.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return bytesToBase64url(new TextEncoder().encode(JSON.stringify(key)));
}

export function decodeCursor<T extends (string | number)[]>(
  cursor: string | undefined,
  shape: readonly ("string" | "number" | "timestamp" | "uuid")[],
  field = "cursor",
): T | null {
  if (!cursor) return null;
  const invalid = () => badRequest("Invalid request", { fields: { [field]: ["invalid cursor"] } });
  let value: unknown;
  try {
    const b64 = cursor.replace(/-/g, "+").replace(/_/g, "/");
    value = JSON.parse(
      new TextDecoder().decode(base64ToBytes(b64 + "=".repeat((4 - (b64.length % 4)) % 4))),
    );
  } catch {
    throw invalid();
  }
  if (!Array.isArray(value) || value.length !== shape.length) throw invalid();
  shape.forEach((kind, i) => {
    const v = value[i];
    const ok =
      kind === "number"
        ? typeof v === "number" && Number.isFinite(v)
        : typeof v === "string" &&
          (kind === "string" ||
            (kind === "timestamp" && !Number.isNaN(Date.parse(v)) && v.length < 40) ||
            (kind === "uuid" && /^[0-9a-f-]{36}$/i.test(v)));
    if (!ok) throw invalid();
  });
  return value as T;
}
