import type { Logger } from "../log/logger.ts";
import { deliverOutbox, type DeliverOutboxDeps } from "./deliver-outbox.ts";

export interface OutboxLoopOptions extends DeliverOutboxDeps {
  signal: AbortSignal;
  /** Wait between passes when the outbox had nothing due. */
  idleMs?: number;
  logger?: Logger;
}

/**
 * Delivers the outbox until `signal` aborts. Polls: a due row waits at most `idleMs`, which
 * is fine for wake-ups (ARCHITECTURE.md decision 1: a late or lost wake-up costs nothing).
 */
export async function runOutboxLoop(options: OutboxLoopOptions): Promise<void> {
  const idleMs = options.idleMs ?? 1_000;
  while (!options.signal.aborted) {
    let claimed = 0;
    try {
      claimed = (await deliverOutbox(options)).claimed;
    } catch (err) {
      options.logger?.error("outbox pass failed", { reason: String(err) });
    }
    if (claimed === 0) await sleep(idleMs, options.signal);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
