import * as fs from "node:fs/promises";
import { loadConfig, type ConfigOf, type ConfigSpec } from "../../shared/config/load-config.ts";
import { createSql } from "../../shared/db/sql.ts";
import { createLogger } from "../../shared/log/logger.ts";
import { createLocalStorage } from "../../shared/storage/local-storage.ts";
import type { Storage } from "../../shared/storage/storage.ts";
import { createSupabaseStorage } from "../../shared/storage/supabase-storage.ts";
import { systemClock } from "../../shared/time/clock.ts";
import type { FunctionDeps } from "./deps.ts";
import type { baseFunctionVars } from "./function-config.ts";

type BaseConfig = ConfigOf<typeof baseFunctionVars>;

function buildStorage(config: BaseConfig): Storage {
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
    root: config.storageDir ?? `${Deno.cwd()}/.data/storage`,
    fs: fs as never,
  });
}

/** Real dependencies for a function running under Deno, from its environment. */
export function buildRuntimeDeps<S extends ConfigSpec & typeof baseFunctionVars>(
  name: string,
  spec: S,
  env: Record<string, string | undefined> = Deno.env.toObject(),
): FunctionDeps<ConfigOf<S>> {
  const { config, secrets } = loadConfig(name, spec, env);
  const base = config as unknown as BaseConfig;
  const logger = createLogger({ name, level: base.logLevel ?? "info", secrets });
  const sql = createSql(base.databaseUrl, { max: 4, applicationName: `fn-${name}` });
  return {
    config: config as FunctionDeps<ConfigOf<S>>["config"],
    sql,
    clock: systemClock,
    logger,
    storage: buildStorage(base),
  };
}
