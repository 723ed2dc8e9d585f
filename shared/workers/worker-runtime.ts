import type { Sql } from "../db/sql.ts";
import type { Logger } from "../log/logger.ts";
import { beat, type WorkerIdentity } from "./heartbeat.ts";

export const HEARTBEAT_INTERVAL_MS = 15_000;

/** One unit of recurring work. It receives a signal that aborts when the worker drains. */
export interface WorkLoop {
  name: string;
  /** Runs one pass; resolves with true when it did work (the loop then runs again at once). */
  tick(signal: AbortSignal): Promise<boolean>;
  /** Pause between idle passes. */
  idleMs: number;
}

export interface WorkerRuntimeOptions {
  identity: WorkerIdentity;
  sql: Sql;
  logger: Logger;
  heartbeatMs?: number;
  /** How long stop() waits for in-flight work to finish or release before giving up. */
  drainTimeoutMs?: number;
}

/**
 * The shell every long-lived worker runs in: a heartbeat every 15 s, a set of work loops,
 * and a drain on stop that lets each loop finish or release its current lease.
 */
export function createWorkerRuntime(options: WorkerRuntimeOptions) {
  const { identity, sql, logger } = options;
  const controller = new AbortController();
  const running = new Set<Promise<void>>();
  let heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  let current: string | null = null;

  const heartbeat = async (status: "starting" | "running" | "draining" | "stopped") => {
    try {
      await beat(sql, identity, status, current);
    } catch (err) {
      logger.warn("heartbeat failed", { reason: err instanceof Error ? err.message : String(err) });
    }
  };

  // Each idle pass waits on the drain signal; the listener goes when the wait ends, or a
  // long-lived worker would pile up one listener per pass.
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (controller.signal.aborted) return resolve();
      const onAbort = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        controller.signal.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      controller.signal.addEventListener("abort", onAbort, { once: true });
    });

  const runLoop = async (loop: WorkLoop) => {
    while (!controller.signal.aborted) {
      let didWork = false;
      try {
        current = loop.name;
        didWork = await loop.tick(controller.signal);
      } catch (err) {
        logger.error("work loop failed", {
          loop: loop.name,
          reason: err instanceof Error ? err.message : String(err),
        });
      } finally {
        current = null;
      }
      if (!didWork) await sleep(loop.idleMs);
    }
  };

  return {
    signal: controller.signal,
    async start(loops: WorkLoop[]) {
      await heartbeat("starting");
      heartbeatTimer = setInterval(
        () => void heartbeat(controller.signal.aborted ? "draining" : "running"),
        options.heartbeatMs ?? HEARTBEAT_INTERVAL_MS,
      );
      await heartbeat("running");
      for (const loop of loops) {
        const p = runLoop(loop);
        running.add(p);
        void p.finally(() => running.delete(p));
      }
      logger.info("worker started", {
        instance_id: identity.instanceId,
        loops: loops.map((l) => l.name),
      });
    },
    async stop() {
      if (controller.signal.aborted) return;
      logger.info("worker draining");
      controller.abort();
      await heartbeat("draining");
      const drain = Promise.all([...running]);
      const timeout = new Promise((r) => setTimeout(r, options.drainTimeoutMs ?? 20_000));
      await Promise.race([drain, timeout]);
      clearInterval(heartbeatTimer);
      await heartbeat("stopped");
      logger.info("worker stopped");
    },
  };
}

export type WorkerRuntime = ReturnType<typeof createWorkerRuntime>;
