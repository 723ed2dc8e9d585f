import type { Sql } from "../../shared/db/sql.ts";
import type { Logger } from "../../shared/log/logger.ts";
import type { Storage } from "../../shared/storage/storage.ts";
import type { Clock } from "../../shared/time/clock.ts";

/** What every function app is built from; tests pass their own, Deno passes real ones. */
export interface FunctionDeps<C = unknown> {
  config: C & { appEnv: "local" | "test" | "production"; version: string };
  sql: Sql;
  clock: Clock;
  logger: Logger;
  storage: Storage;
}

export type AppVariables = {
  requestId: string;
  logger: Logger;
};
