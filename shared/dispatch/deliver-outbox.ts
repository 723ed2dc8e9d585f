import type { Sql } from "../db/sql.ts";
import { claimLeases } from "../db/lease/claim.ts";
import { releaseLease } from "../db/lease/release.ts";
import { DispatchOutboxRow } from "../db/schema/system.ts";
import type { Logger } from "../log/logger.ts";
import { agentRequest, type AgentEndpoint } from "./agent-request.ts";

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface DeliverOutboxDeps extends AgentEndpoint {
  sql: Sql;
  fetch: FetchLike;
  /** Lease owner id, unique per runner process. */
  worker: string;
  logger?: Logger;
  /** Rows per batch (delivered concurrently). */
  batchSize?: number;
  /** Per-request timeout; the lease is longer so a slow call never outlives it. */
  timeoutMs?: number;
  leaseMs?: number;
}

export interface DeliveryReport {
  claimed: number;
  delivered: number;
  retrying: number;
  dead: number;
}

/**
 * One pass of the local outbox runner: claims due 'http' wake-ups through the lease
 * functions and POSTs each to its function. 2xx → done; anything else (non-2xx, network
 * error, timeout) → released for retry with exponential backoff, dead after max_attempts.
 */
export async function deliverOutbox(deps: DeliverOutboxDeps): Promise<DeliveryReport> {
  const timeoutMs = deps.timeoutMs ?? 10_000;
  const rows = await claimLeases(deps.sql, {
    table: "dispatch_outbox",
    worker: deps.worker,
    limit: deps.batchSize ?? 10,
    leaseMs: deps.leaseMs ?? Math.max(60_000, timeoutMs * 3),
    filter: { channel: "http" },
    schema: DispatchOutboxRow,
  });
  const report: DeliveryReport = { claimed: rows.length, delivered: 0, retrying: 0, dead: 0 };
  await Promise.all(
    rows.map(async (row) => {
      const error = await post(deps, row, timeoutMs);
      const state = await releaseLease(deps.sql, {
        table: "dispatch_outbox",
        id: row.id,
        worker: deps.worker,
        outcome: error === null ? "done" : "retry",
        ...(error === null ? {} : { error }),
      });
      if (error === null) {
        report.delivered += 1;
        await deps.sql`update dispatch_outbox set delivered_at = now() where id = ${row.id}`;
        return;
      }
      if (state === "dead") report.dead += 1;
      else report.retrying += 1;
      deps.logger?.warn("outbox delivery failed", {
        outbox_id: row.id,
        target: row.target,
        attempt: row.attempts,
        state,
        error,
      });
    }),
  );
  return report;
}

/** Null on a 2xx, else a short reason (never the secret or the payload). */
async function post(
  deps: DeliverOutboxDeps,
  row: DispatchOutboxRow,
  timeoutMs: number,
): Promise<string | null> {
  const { url, init } = agentRequest(row, deps);
  try {
    const res = await deps.fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    // Drain the body so keep-alive sockets are reused.
    const text = await res.text().catch(() => "");
    if (res.ok) return null;
    return `HTTP ${res.status}: ${text.slice(0, 200)}`;
  } catch (err) {
    return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  }
}
