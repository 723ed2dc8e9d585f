/**
 * WhatsApp's APPLY_NOW (`worker-exec/apply-now` wake-up): queue the user's best matches now
 * and bring their approved applications forward to the front of the queue, instead of their
 * nightly slot. It applies nothing inline: the apply loop does, still subject to every
 * eligibility rule (caps, sessions, the apply window).
 */
import type { Logger } from "../../../shared/log/logger.ts";
import type { Sql } from "../../../shared/db/sql.ts";
import type { WorkLoop } from "../../../shared/workers/worker-runtime.ts";
import { createOutboxConsumerLoop } from "../dispatch/outbox-consumer.ts";

export function createApplyNowLoop(deps: {
  sql: Sql;
  logger: Logger;
  worker: string;
  idleMs: number;
}): WorkLoop {
  const { sql } = deps;
  return createOutboxConsumerLoop({
    name: "apply-now",
    target: "worker-exec/apply-now",
    sql,
    worker: deps.worker,
    leaseMs: 60_000,
    idleMs: deps.idleMs,
    async handle(row) {
      if (!row.user_id) return;
      const userId = row.user_id;
      await sql.begin(async (tx) => {
        const [queued] = await tx<{ n: number }[]>`
          select app.queue_applications(${userId}::uuid) as n`;
        const moved = await tx`
          update public.job_applications set run_at = now()
          where user_id = ${userId} and auto_status = 'approved' and lease_status = 'pending'
            and run_at > now()`;
        deps.logger.info("apply-now handled", { queued: queued?.n ?? 0, moved: moved.count });
      });
    },
  });
}
