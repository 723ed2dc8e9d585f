/**
 * Every file Talvix keeps goes through this interface: the local filesystem by default,
 * Supabase Storage in production. Paths start with one of the folders below.
 */
export const STORAGE_FOLDERS = [
  "resumes",
  "parsed-resumes",
  "jds",
  "tailored",
  "cover-letters",
  "screenshots",
  "calibration",
] as const;
export type StorageFolder = (typeof STORAGE_FOLDERS)[number];

export interface PutOptions {
  contentType?: string;
}

export interface Storage {
  put(path: string, body: Uint8Array | string, options?: PutOptions): Promise<void>;
  /** Resolves to null when the object does not exist. */
  get(path: string): Promise<Uint8Array | null>;
  delete(path: string): Promise<void>;
  /** A URL that allows reading the object for `expiresInSeconds`. */
  signedReadUrl(path: string, expiresInSeconds: number): Promise<string>;
}

/** Rejects paths outside the known folders and any traversal. */
export function assertStoragePath(path: string): void {
  const parts = path.split("/");
  const folder = parts[0] as StorageFolder;
  if (
    !STORAGE_FOLDERS.includes(folder) ||
    parts.length < 2 ||
    parts.some((p) => p === "" || p === "." || p === "..") ||
    path.includes("\\") ||
    path.includes("\0")
  ) {
    throw new Error(`invalid storage path: ${JSON.stringify(path)}`);
  }
}

export function toBytes(body: Uint8Array | string): Uint8Array {
  return typeof body === "string" ? new TextEncoder().encode(body) : body;
}
