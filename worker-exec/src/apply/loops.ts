/**
 * worker-exec's auto-apply loops: queueing (a sweep; the agents may also call
 * app.queue_applications right after scoring), applying, and session health. One Chromium
 * shared by applying and session health.
 */
import type { ConfigOf } from "../../../shared/config/load-config.ts";
import type { Sql } from "../../../shared/db/sql.ts";
import type { Logger } from "../../../shared/log/logger.ts";
import type { Storage } from "../../../shared/storage/storage.ts";
import { parseVaultKeys, type VaultKeyring } from "../../../shared/vault/index.ts";
import type { WorkLoop } from "../../../shared/workers/worker-runtime.ts";
import { createSessionHealthLoop, parseCheckUrls } from "../session-health/index.ts";
import { ApplyBrowser } from "./apply-browser.ts";
import { launchApplyChromium } from "./launch.ts";
import { createApplyLoop } from "./apply-loop.ts";
import { createApplyNowLoop } from "./apply-now-loop.ts";
import { createOutboxConsumerLoop } from "../dispatch/outbox-consumer.ts";
import type { applyVars } from "./config.ts";

export interface ApplyLoopsContext {
  config: ConfigOf<typeof applyVars>;
  sql: Sql;
  logger: Logger;
  storage: Storage;
  instanceId: string;
}

/** APPLY_WINDOW into app.apply_settings (the SQL side reads the window from there). */
export async function applyWindowSetting(sql: Sql, spec: string | undefined): Promise<void> {
  if (!spec) return;
  if (spec === "always") {
    await sql`update app.apply_settings set window_start = '00:00', window_minutes = 1440, spread = false`;
    return;
  }
  const m = /^(\d{2}:\d{2})\+(\d+)(,now)?$/.exec(spec)!;
  await sql`update app.apply_settings set window_start = ${m[1]!}::time,
            window_minutes = ${Math.min(1440, Number(m[2]))}, spread = ${!m[3]}`;
}

/** Right after delta scoring the fit-score agent wakes `worker-exec/queue-applications`. */
export function createQueueWakeLoop(sql: Sql, logger: Logger, worker: string, idleMs: number) {
  return createOutboxConsumerLoop({
    name: "apply-queue-wake",
    target: "worker-exec/queue-applications",
    sql,
    worker,
    leaseMs: 5 * 60_000,
    idleMs,
    async handle() {
      const [r] = await sql<{ n: number }[]>`select app.queue_applications_all() as n`;
      logger.info("applications queued after scoring", { count: r?.n ?? 0 });
    },
  });
}

export function createQueueLoop(sql: Sql, logger: Logger, everyMs: number): WorkLoop {
  return {
    name: "apply-queue",
    idleMs: everyMs,
    async tick() {
      const [r] = await sql<{ n: number }[]>`select app.queue_applications_all() as n`;
      if (r && r.n > 0) logger.info("applications queued", { count: r.n });
      return false;
    },
  };
}

export async function buildApplyLoops(
  ctx: ApplyLoopsContext,
): Promise<{ loops: WorkLoop[]; close(): Promise<void> }> {
  const { config, sql, logger } = ctx;
  await applyWindowSetting(sql, config.applyWindow);
  let keyring: Promise<VaultKeyring> | null = null;
  const vault = async () => {
    if (!config.vaultKeys) return null;
    keyring ??= parseVaultKeys(config.vaultKeys);
    return keyring;
  };
  const browser = new ApplyBrowser(() => launchApplyChromium());
  const fieldTimeoutMs = config.applyFieldTimeoutMs ?? 10_000;
  const crashAt = config.appEnv === "production" ? undefined : config.applyCrashAt;
  const loops: WorkLoop[] = [
    createQueueLoop(sql, logger, config.applyQueueEveryMs ?? 5 * 60_000),
    createApplyLoop({
      sql,
      logger,
      storage: ctx.storage,
      browser,
      worker: `${ctx.instanceId}:apply`,
      vault,
      leaseMs: config.applyLeaseMs ?? 120_000,
      idleMs: config.applyIdleMs ?? 5_000,
      fieldTimeoutMs,
      confirmTimeoutMs: Math.max(15_000, fieldTimeoutMs),
      crashAt,
    }),
    createQueueWakeLoop(sql, logger, `${ctx.instanceId}:queue-wake`, config.applyIdleMs ?? 5_000),
    createApplyNowLoop({
      sql,
      logger,
      worker: `${ctx.instanceId}:apply-now`,
      idleMs: config.applyIdleMs ?? 5_000,
    }),
    createSessionHealthLoop({
      sql,
      logger,
      browser,
      vault,
      checkUrls: parseCheckUrls(config.sessionCheckUrls),
      timeoutMs: 30_000,
      worker: `${ctx.instanceId}:session-health`,
      idleMs: config.applyIdleMs ?? 5_000,
    }),
  ];
  return { loops, close: () => browser.close() };
}
