import type { Sql } from "../sql.ts";
import { qualified, type AnyLeaseState, type LeasableTable } from "./leasable-tables.ts";

/**
 * - done:  finished.
 * - retry: failed; pending again after exponential backoff with jitter (or `delayMs`), dead
 *   once max_attempts are spent.
 * - defer: not now and not a failure (cooldowns); pending after `delayMs`, attempt refunded.
 * - dead:  give up now.
 */
export type LeaseOutcome = "done" | "retry" | "defer" | "dead";

export interface ReleaseOptions {
  table: LeasableTable;
  id: string;
  worker: string;
  outcome: LeaseOutcome;
  /** Why it failed; stored in last_error (truncated to 2000 characters). */
  error?: string;
  delayMs?: number;
}

/** Ends a lease. Returns the row's new lease state, or null if this worker no longer held it. */
export async function releaseLease(
  sql: Sql,
  options: ReleaseOptions,
): Promise<AnyLeaseState | null> {
  const delaySecs = options.delayMs === undefined ? null : options.delayMs / 1000;
  const [row] = await sql<{ state: AnyLeaseState | null }[]>`
    select app.lease_release(
      ${qualified(options.table)}::regclass,
      ${options.id}::uuid,
      ${options.worker},
      ${options.outcome},
      ${options.error ?? null},
      case when ${delaySecs}::double precision is null then null
           else make_interval(secs => ${delaySecs}::double precision) end
    ) as state`;
  return row?.state ?? null;
}
