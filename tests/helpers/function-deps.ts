import * as fs from "node:fs/promises";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FunctionDeps } from "../../functions/_shared/deps.ts";
import { loadConfig, type ConfigOf, type ConfigSpec } from "../../shared/config/load-config.ts";
import type { Sql } from "../../shared/db/sql.ts";
import { memoryLogger } from "../../shared/log/logger.ts";
import { createLocalStorage } from "../../shared/storage/local-storage.ts";
import { systemClock, type Clock } from "../../shared/time/clock.ts";

/**
 * Real dependencies for running a function app in-process (`app.request`) against a test
 * database: the same config loader, real SQL, real local storage in a temp dir.
 */
export function functionDeps<S extends ConfigSpec>(
  name: string,
  spec: S,
  sql: Sql,
  env: Record<string, string>,
  options: { clock?: Clock } = {},
) {
  const { config, secrets } = loadConfig(name, spec, { APP_ENV: "test", ...env });
  const { logger, lines } = memoryLogger({ name, secrets });
  const storageRoot = mkdtempSync(join(tmpdir(), `talvix-${name}-`));
  const deps = {
    config,
    sql,
    clock: options.clock ?? systemClock,
    logger,
    storage: createLocalStorage({ root: storageRoot, fs: fs as never }),
  } as unknown as FunctionDeps<ConfigOf<S>>;
  return { deps, logs: lines, storageRoot };
}
