/** Runs session health when pg_cron's 19:30 IST wake-up (`worker-exec/session-health`) arrives. */
import { claimLeases, releaseLease } from "../../../shared/db/lease/index.ts";
import { DispatchOutboxRow } from "../../../shared/db/schema/system.ts";
import type { WorkLoop } from "../../../shared/workers/worker-runtime.ts";
import { checkSessions, type SessionHealthDeps } from "./check-sessions.ts";

export function createSessionHealthLoop(
  deps: SessionHealthDeps & { worker: string; idleMs: number },
): WorkLoop {
  return {
    name: "session-health",
    idleMs: deps.idleMs,
    async tick() {
      const [row] = await claimLeases(deps.sql, {
        table: "dispatch_outbox",
        worker: deps.worker,
        limit: 1,
        leaseMs: 30 * 60_000,
        filter: { channel: "worker-exec", target: "worker-exec/session-health" },
        schema: DispatchOutboxRow,
      });
      if (!row) return false;
      try {
        const report = await checkSessions(deps);
        deps.logger.info("session health done", { ...report });
        await releaseLease(deps.sql, {
          table: "dispatch_outbox",
          id: row.id,
          worker: deps.worker,
          outcome: "done",
        });
      } catch (err) {
        await releaseLease(deps.sql, {
          table: "dispatch_outbox",
          id: row.id,
          worker: deps.worker,
          outcome: "retry",
          error: err instanceof Error ? err.message : String(err),
        });
      }
      return true;
    },
  };
}
