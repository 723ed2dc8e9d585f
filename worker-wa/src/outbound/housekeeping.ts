import type { Sql } from "../../../shared/db/sql.ts";
import type { Logger } from "../../../shared/log/logger.ts";
import type { Clock } from "../../../shared/time/clock.ts";
import type { WorkLoop } from "../../../shared/workers/worker-runtime.ts";
import type { CommandRateLimiter } from "../inbound/rate-limiter.ts";

/** A send still 'sending' this long after it started belongs to a worker that died. */
export const IN_DOUBT_AFTER_MS = 10 * 60_000;

/**
 * Loose ends no single send can tie: attempts left 'sending' by a dead worker whose
 * notification will not be claimed again (it ran out of attempts), notifications whose lease
 * died while still 'pending', and old rows of worker-wa's own tables.
 */
export async function waHousekeeping(sql: Sql, now: Date): Promise<Record<string, number>> {
  const cutoff = new Date(now.getTime() - IN_DOUBT_AFTER_MS);
  return sql.begin(async (tx) => {
    const doubt = await tx<{ notification_id: string | null }[]>`
      update public.wa_outbound_messages set state = 'in_doubt'
       where state = 'sending' and started_at < ${cutoff}
      returning notification_id`;
    const ids = doubt.map((d) => d.notification_id).filter((x): x is string => x !== null);
    const failedDoubt = ids.length
      ? await tx`
          update public.notifications set status = 'failed',
                 last_error = coalesce(last_error, 'in doubt: the worker stopped while sending')
           where id = any(${ids}::uuid[]) and status = 'pending' and lease_status <> 'running'
          returning id`
      : [];
    const dead = await tx`
      update public.notifications set status = 'failed'
       where channel = 'whatsapp' and lease_status = 'dead' and status = 'pending'
      returning id`;
    const [old] = await tx<{ n: number }[]>`select app.wa_housekeeping(${now}) as n`;
    return {
      in_doubt: doubt.length,
      in_doubt_failed: failedDoubt.length,
      dead_failed: dead.length,
      old_rows: old?.n ?? 0,
    };
  });
}

export function housekeepingLoop(
  sql: Sql,
  clock: Clock,
  logger: Logger,
  limiter: CommandRateLimiter,
  everyMs = 10 * 60_000,
): WorkLoop {
  return {
    name: "wa-housekeeping",
    idleMs: everyMs,
    async tick() {
      const result = await waHousekeeping(sql, clock.now());
      limiter.prune(clock.now());
      if (Object.values(result).some((n) => n > 0)) logger.info("wa housekeeping", result);
      return false;
    },
  };
}
