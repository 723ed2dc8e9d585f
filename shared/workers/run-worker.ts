import { loadConfig, type ConfigOf, type ConfigSpec } from "../config/load-config.ts";
import { createSql, type Sql } from "../db/sql.ts";
import { createLogger, type Logger } from "../log/logger.ts";
import type { WorkerName } from "./heartbeat.ts";
import type { baseWorkerVars } from "./worker-config.ts";
import { createWorkerRuntime, type WorkLoop, type WorkerRuntime } from "./worker-runtime.ts";

/** What the host process provides; the Node entry points pass `process` and `os` pieces. */
export interface WorkerHost {
  env: Record<string, string | undefined>;
  hostname: string;
  pid: number;
  onShutdownSignal(handler: () => void): void;
  exit(code: number): never;
  writeError(line: string): void;
}

export interface WorkerContext<C> {
  config: C;
  sql: Sql;
  logger: Logger;
  runtime: WorkerRuntime;
}

/**
 * Boots a worker: validated config (a clear error naming each bad variable), one Postgres
 * pool, heartbeats, its work loops, and a clean drain on SIGTERM/SIGINT.
 */
export async function runWorker<S extends ConfigSpec & typeof baseWorkerVars>(
  name: WorkerName,
  spec: S,
  host: WorkerHost,
  buildLoops: (
    ctx: Omit<WorkerContext<ConfigOf<S>>, "runtime"> & {
      signal: AbortSignal;
      /** This process's id in worker_heartbeats; loops use it as their lease holder id. */
      instanceId: string;
    },
  ) => WorkLoop[] | Promise<WorkLoop[]>,
): Promise<WorkerRuntime> {
  let loaded;
  try {
    loaded = loadConfig(name, spec, host.env);
  } catch (err) {
    host.writeError(err instanceof Error ? err.message : String(err));
    host.exit(78); // EX_CONFIG
  }
  const { config, secrets } = loaded;
  const base = config as unknown as ConfigOf<typeof baseWorkerVars>;
  const logger = createLogger({ name, level: base.logLevel ?? "info", secrets });
  const sql = createSql(base.databaseUrl, { max: 6, applicationName: name });
  const instanceId = `${name}:${host.hostname}:${host.pid}:${crypto.randomUUID().slice(0, 8)}`;
  const runtime = createWorkerRuntime({
    identity: {
      worker: name,
      instanceId,
      host: host.hostname,
      version: base.version,
      startedAt: new Date(),
    },
    sql,
    logger,
    heartbeatMs: base.heartbeatMs,
  });
  let stopping = false;
  host.onShutdownSignal(() => {
    if (stopping) return;
    stopping = true;
    void runtime
      .stop()
      .then(() => sql.end({ timeout: 5 }))
      .then(
        () => host.exit(0),
        (err: unknown) => {
          logger.error("shutdown failed", { reason: String(err) });
          host.exit(1);
        },
      );
  });
  const loops = await buildLoops({ config, sql, logger, signal: runtime.signal, instanceId });
  await runtime.start(loops);
  return runtime;
}
