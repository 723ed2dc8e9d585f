/**
 * Renews a scrape run's lease on a timer while the worker works on it. When a renewal finds
 * the lease gone (reaped, or claimed by another worker after this one stalled) it calls
 * `onLost` once: the caller aborts its work and writes nothing more to the run row.
 */
import type { Sql } from "../../../shared/db/sql.ts";
import { renewLease } from "../../../shared/db/lease/renew.ts";
import type { Logger } from "../../../shared/log/logger.ts";

export interface LeaseKeeper {
  readonly lost: boolean;
  stop(): void;
}

export function keepLease(options: {
  sql: Sql;
  logger: Logger;
  runId: string;
  worker: string;
  leaseMs: number;
  onLost: () => void;
}): LeaseKeeper {
  const { sql, logger, runId, worker, leaseMs } = options;
  let lost = false;
  let busy = false;
  const timer = setInterval(
    () => {
      if (busy || lost) return;
      busy = true;
      renewLease(sql, { table: "scrape_runs", id: runId, worker, leaseMs })
        .then((until) => {
          if (until === null && !lost) {
            lost = true;
            logger.warn("scrape run lease lost", { run_id: runId });
            options.onLost();
          }
        })
        // A failed renewal is retried on the next tick; the lease has slack for that.
        .catch((err: unknown) =>
          logger.warn("scrape run lease renewal failed", {
            run_id: runId,
            reason: err instanceof Error ? err.message : String(err),
          }),
        )
        .finally(() => {
          busy = false;
        });
    },
    Math.max(250, Math.floor(leaseMs / 3)),
  );
  return {
    get lost() {
      return lost;
    },
    stop() {
      clearInterval(timer);
    },
  };
}
