/**
 * worker-exec's file storage: the local filesystem under STORAGE_DIR (local and test), or
 * Supabase Storage (production) — the same interface the functions use.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { AppEnv } from "../../../shared/config/load-config.ts";
import { createLocalStorage } from "../../../shared/storage/local-storage.ts";
import type { Storage } from "../../../shared/storage/storage.ts";
import { createSupabaseStorage } from "../../../shared/storage/supabase-storage.ts";

export interface StorageConfig {
  appEnv: AppEnv;
  storageBackend: "local" | "supabase";
  storageDir?: string | undefined;
  storageBucket: string;
  supabaseUrl?: string | undefined;
  supabaseServiceRoleKey?: string | undefined;
}

export function buildStorage(config: StorageConfig): Storage {
  if (config.storageBackend === "supabase") {
    if (!config.supabaseUrl || !config.supabaseServiceRoleKey) {
      throw new Error("STORAGE_BACKEND=supabase needs SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY");
    }
    return createSupabaseStorage({
      supabaseUrl: config.supabaseUrl,
      serviceRoleKey: config.supabaseServiceRoleKey,
      bucket: config.storageBucket,
    });
  }
  if (config.appEnv === "production") {
    throw new Error("STORAGE_BACKEND=local is for local development only");
  }
  return createLocalStorage({
    root: resolve(config.storageDir ?? ".data/storage"),
    fs: { readFile, writeFile, mkdir, rm },
  });
}
