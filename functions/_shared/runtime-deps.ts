import * as fs from "node:fs/promises";
import { loadConfig, type ConfigOf, type ConfigSpec } from "../../shared/config/load-config.ts";
import { createSql } from "../../shared/db/sql.ts";
import { createLogger } from "../../shared/log/logger.ts";
import { buildStorage } from "../../shared/storage/storage-config.ts";
import { systemClock } from "../../shared/time/clock.ts";
import type { FunctionDeps } from "./deps.ts";
import type { baseFunctionVars } from "./function-config.ts";

type BaseConfig = ConfigOf<typeof baseFunctionVars>;

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
    storage: buildStorage(base, { fs: fs as never, defaultRoot: `${Deno.cwd()}/.data/storage` }),
  };
}
