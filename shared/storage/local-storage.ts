import { assertStoragePath, toBytes, type Storage } from "./storage.ts";

/** The subset of node:fs/promises the local adapter needs; each runtime passes its own. */
export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array, options?: { mode?: number }): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  rm(path: string, options: { force: true }): Promise<void>;
}

export interface LocalStorageOptions {
  /** Absolute directory, `.data/storage` locally. */
  root: string;
  fs: FileSystem;
  /** Public base URL of whoever serves signed reads (the api function), for signed URLs. */
  signedUrlBase?: string;
  /** Signs a path + expiry for signed URLs. */
  sign?: (payload: string) => Promise<string>;
  now?: () => Date;
}

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/"));
}

function isNotFound(err: unknown): boolean {
  return (
    typeof err === "object" &&
    err !== null &&
    ((err as { code?: string }).code === "ENOENT" || (err as Error).name === "NotFound")
  );
}

export function createLocalStorage(options: LocalStorageOptions): Storage {
  const root = options.root.replace(/\/+$/, "");
  const now = options.now ?? (() => new Date());
  const full = (path: string) => {
    assertStoragePath(path);
    return `${root}/${path}`;
  };
  return {
    async put(path, body) {
      const target = full(path);
      await options.fs.mkdir(parentOf(target), { recursive: true });
      await options.fs.writeFile(target, toBytes(body), { mode: 0o600 });
    },
    async get(path) {
      try {
        return new Uint8Array(await options.fs.readFile(full(path)));
      } catch (err) {
        if (isNotFound(err)) return null;
        throw err;
      }
    },
    async delete(path) {
      await options.fs.rm(full(path), { force: true });
    },
    async signedReadUrl(path, expiresInSeconds) {
      full(path);
      const expires = Math.floor(now().getTime() / 1000) + expiresInSeconds;
      const base = options.signedUrlBase ?? `file://${root}`;
      if (!options.sign) return `${base}/${path}?expires=${expires}`;
      const token = await options.sign(`${path}:${expires}`);
      return `${base}/${path}?expires=${expires}&token=${encodeURIComponent(token)}`;
    },
  };
}
