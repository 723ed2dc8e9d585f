import { memoryLogger } from "../../../../shared/log/logger.ts";
import type { Sql } from "../../../../shared/db/sql.ts";
import { systemClock } from "../../../../shared/time/clock.ts";
import { waitFor } from "../../../../scripts/stack/wait-for.ts";
import { ConnectionManager } from "../../../../worker-wa/src/connection/connection-manager.ts";
import { ConnectionStatusStore } from "../../../../worker-wa/src/connection/connection-status.ts";
import type { SocketFactory } from "../../../../worker-wa/src/connection/wa-socket.ts";
import type { InboundMessage } from "../../../../worker-wa/src/transport/transport.ts";

export const until = <T>(what: string, check: () => Promise<T | null | undefined | false>) =>
  waitFor(what, check, 8_000, 20);

export const PAIR_POLL_MS = 7;
export const LEASE_WAIT_MS = 11;

export interface ManagerHarnessOptions {
  sql: Sql;
  account: string;
  instance: string;
  factory: SocketFactory;
  pairing?: { mode: "qr" | "code"; phone?: string };
  leaseTtlMs?: number;
  stableMs?: number;
  /** Shut the manager down while its lease acquisition is in flight (a SIGTERM race). */
  stopDuringAcquire?: boolean;
}

/**
 * A ConnectionManager as worker-wa builds one, with a fake socket factory, a sleep that
 * records reconnect delays and returns at once, and short lease timings.
 */
export function startManager(o: ManagerHarnessOptions) {
  const { logger, lines } = memoryLogger({ name: "worker-wa", level: "debug" });
  const status = new ConnectionStatusStore(o.sql, o.account, o.instance, "baileys");
  const controller = new AbortController();
  if (o.stopDuringAcquire) {
    const acquire = status.acquire.bind(status);
    status.acquire = async (ms: number) => {
      const owner = await acquire(ms);
      controller.abort();
      return owner;
    };
  }
  const delays: number[] = [];
  const alerts: string[] = [];
  const qrs: string[] = [];
  const codes: string[] = [];
  const inbound: InboundMessage[] = [];
  const manager = new ConnectionManager({
    sql: o.sql,
    logger,
    clock: systemClock,
    status,
    socketFactory: o.factory,
    pairing: o.pairing ?? { mode: "qr" },
    printQr: (q) => qrs.push(q),
    printPairingCode: (c) => codes.push(c),
    onMessages: (m) => inbound.push(...m),
    onAlert: (s) => alerts.push(s),
    backoff: { baseMs: 1_000, capMs: 8_000, random: () => 0.5 },
    lease: { ttlMs: o.leaseTtlMs ?? 3_000, renewMs: 100, waitMs: LEASE_WAIT_MS },
    stableMs: o.stableMs ?? 60_000,
    pairPollMs: PAIR_POLL_MS,
    sleep: async (ms, signal) => {
      if (ms !== PAIR_POLL_MS && ms !== LEASE_WAIT_MS) delays.push(ms);
      if (!signal.aborted) await new Promise((r) => setTimeout(r, 5));
    },
  });
  const running = manager.run(controller.signal);
  return {
    manager,
    status,
    delays,
    alerts,
    qrs,
    codes,
    inbound,
    lines,
    /** Stops the manager; a manager that does not drain fails loudly with its own log. */
    async stop() {
      controller.abort();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stuck = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(
                `${o.instance} did not stop within 15 s; its last log lines:\n${lines.slice(-25).join("\n")}`,
              ),
            ),
          15_000,
        );
      });
      try {
        await Promise.race([running, stuck]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

export async function statusRow(sql: Sql, account: string) {
  const [row] = await sql<
    {
      status: string;
      reason_code: number | null;
      reason: string | null;
      qr: string | null;
      pairing_code: string | null;
      owner_instance: string | null;
    }[]
  >`select status, reason_code, reason, qr, pairing_code, owner_instance
      from public.wa_connection_status where account = ${account}`;
  return row ?? null;
}

export async function statusHistory(sql: Sql, account: string): Promise<string[]> {
  const rows = await sql<{ status: string; reason_code: number | null }[]>`
    select status, reason_code from public.wa_connection_events
     where account = ${account} order by id`;
  return rows.map((r) => (r.reason_code ? `${r.status}:${r.reason_code}` : r.status));
}
