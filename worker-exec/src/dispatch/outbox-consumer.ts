/**
 * A WorkLoop that consumes one worker-owned wake-up target from `dispatch_outbox`
 * (`worker-exec/<name>`): claim one row with the lease functions, handle it, release it
 * done, or for retry with backoff when the handler throws.
 */
import { claimLeases, releaseLease } from "../../../shared/db/lease/index.ts";
import { DispatchOutboxRow } from "../../../shared/db/schema/system.ts";
import type { Sql } from "../../../shared/db/sql.ts";
import type { WorkLoop } from "../../../shared/workers/worker-runtime.ts";

export interface OutboxConsumerOptions {
  name: string;
  target: `worker-exec/${string}`;
  sql: Sql;
  worker: string;
  leaseMs: number;
  idleMs: number;
  handle(row: DispatchOutboxRow): Promise<void>;
}

export function createOutboxConsumerLoop(options: OutboxConsumerOptions): WorkLoop {
  const { sql, worker } = options;
  return {
    name: options.name,
    idleMs: options.idleMs,
    async tick() {
      const [row] = await claimLeases(sql, {
        table: "dispatch_outbox",
        worker,
        limit: 1,
        leaseMs: options.leaseMs,
        filter: { channel: "worker-exec", target: options.target },
        schema: DispatchOutboxRow,
      });
      if (!row) return false;
      try {
        await options.handle(row);
        await releaseLease(sql, { table: "dispatch_outbox", id: row.id, worker, outcome: "done" });
      } catch (err) {
        await releaseLease(sql, {
          table: "dispatch_outbox",
          id: row.id,
          worker,
          outcome: "retry",
          error: err instanceof Error ? err.message : String(err),
        });
      }
      return true;
    },
  };
}
