/** Runs session health when pg_cron's 19:30 IST wake-up (`worker-exec/session-health`) arrives. */
import type { WorkLoop } from "../../../shared/workers/worker-runtime.ts";
import { createOutboxConsumerLoop } from "../dispatch/outbox-consumer.ts";
import { checkSessions, type SessionHealthDeps } from "./check-sessions.ts";

export function createSessionHealthLoop(
  deps: SessionHealthDeps & { worker: string; idleMs: number },
): WorkLoop {
  return createOutboxConsumerLoop({
    name: "session-health",
    target: "worker-exec/session-health",
    sql: deps.sql,
    worker: deps.worker,
    leaseMs: 30 * 60_000,
    idleMs: deps.idleMs,
    async handle() {
      const report = await checkSessions(deps);
      deps.logger.info("session health done", { ...report });
    },
  });
}
