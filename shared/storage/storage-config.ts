import { z } from "zod";
import type { AppEnv, ConfigSpec } from "../config/load-config.ts";
import { createLocalStorage, type FileSystem } from "./local-storage.ts";
import type { Storage } from "./storage.ts";
import { createSupabaseStorage } from "./supabase-storage.ts";

/** The storage variables every process with files reads (functions and worker-exec). */
export const storageVars = {
  storageBackend: {
    env: "STORAGE_BACKEND",
    schema: z.enum(["local", "supabase"]),
    localDefault: "local",
  },
  storageDir: { env: "STORAGE_DIR", schema: z.string().min(1), optional: true },
  storageBucket: { env: "STORAGE_BUCKET", schema: z.string().min(1), localDefault: "talvix" },
  supabaseUrl: { env: "SUPABASE_URL", schema: z.url(), optional: true },
  supabaseServiceRoleKey: {
    env: "SUPABASE_SERVICE_ROLE_KEY",
    schema: z.string().min(20),
    secret: true,
    optional: true,
  },
} satisfies ConfigSpec;

export interface StorageConfig {
  appEnv: AppEnv;
  storageBackend: "local" | "supabase";
  storageDir?: string | undefined;
  storageBucket: string;
  supabaseUrl?: string | undefined;
  supabaseServiceRoleKey?: string | undefined;
}

/**
 * The one way a process builds its Storage: Supabase Storage in production, the local
 * filesystem (never in production) otherwise. The runtime passes its filesystem and the
 * default local root, since shared/ touches neither.
 */
export function buildStorage(
  config: StorageConfig,
  local: { fs: FileSystem; defaultRoot: string },
): Storage {
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
  return createLocalStorage({ root: config.storageDir ?? local.defaultRoot, fs: local.fs });
}
