import {
  makeCacheableSignalKeyStore,
  type BaileysEventMap,
  type ConnectionState,
  type UserFacingSocketConfig,
} from "@whiskeysockets/baileys";
import type { Sql } from "../../../shared/db/sql.ts";
import type { Logger } from "../../../shared/log/logger.ts";
import type { Clock } from "../../../shared/time/clock.ts";
import type { InboundMessage } from "../transport/transport.ts";
import { inboundFromUpsert } from "../transport/baileys-inbound.ts";
import { baileysLogger } from "./baileys-logger.ts";
import type { ConnectionStatusStore } from "./connection-status.ts";
import { loadAuthState, wipeAuthState, type PostgresAuthState } from "./postgres-auth-state.ts";
import {
  decideReconnect,
  disconnectCode,
  type BackoffOptions,
  type ReconnectState,
} from "./reconnect-policy.ts";
import type { SocketFactory, WaSocket } from "./wa-socket.ts";

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const abortableSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });

export interface ConnectionManagerOptions {
  sql: Sql;
  logger: Logger;
  clock: Clock;
  status: ConnectionStatusStore;
  socketFactory: SocketFactory;
  /** Extra Baileys config (version, browser); auth and logger are set here. */
  socketConfig?: Partial<UserFacingSocketConfig>;
  /** 'code' pairs by phone code for `phone` (the bot's own number, E.164). */
  pairing: { mode: "qr" | "code"; phone?: string };
  printQr(qr: string): void;
  printPairingCode(code: string): void;
  /** Inbound text messages, in arrival order. */
  onMessages(messages: InboundMessage[]): void;
  /** The number needs a human: logged out, banned or replaced. */
  onAlert(status: "needs_qr" | "banned" | "replaced", reason: string): void;
  backoff: BackoffOptions;
  lease: { ttlMs: number; renewMs: number; waitMs: number };
  /** A connection open this long resets the backoff and the "replaced" retry. */
  stableMs: number;
  /** How often a stopped number (needs_qr, replaced, banned) looks for a pairing request. */
  pairPollMs: number;
  sleep?: Sleep;
}

type SessionEnd =
  | { kind: "closed"; code: number | undefined; message: string; openForMs: number }
  | { kind: "aborted" };

/**
 * Keeps one Baileys socket alive for one number: takes the number's lease (a second worker
 * waits), connects with the Postgres auth state, reconnects by disconnect code
 * (reconnect-policy.ts), records every transition in wa_connection_status, and removes its
 * listeners before it ever closes a socket.
 */
export class ConnectionManager {
  private socket: WaSocket | null = null;
  private openSince: Date | null = null;
  private readonly sleep: Sleep;
  private readonly blog;

  constructor(private readonly o: ConnectionManagerOptions) {
    this.sleep = o.sleep ?? abortableSleep;
    this.blog = baileysLogger(o.logger, { account: o.status.account });
  }

  /** The open socket, or null while connecting, pairing or stopped. */
  openSocket(): { socket: WaSocket; since: Date } | null {
    return this.socket && this.openSince ? { socket: this.socket, since: this.openSince } : null;
  }

  /** Runs until `signal` aborts; then closes the socket, marks 'stopped' and frees the lease. */
  async run(signal: AbortSignal): Promise<void> {
    const { status, logger } = this.o;
    let saidWaiting = false;
    while (!signal.aborted) {
      let owner = false;
      try {
        owner = await status.acquire(this.o.lease.ttlMs);
      } catch (err) {
        logger.warn("wa lease: acquire failed", { reason: errorText(err) });
      }
      if (!owner) {
        if (!saidWaiting) logger.info("wa lease held by another worker; waiting");
        saidWaiting = true;
        await this.sleep(this.o.lease.waitMs, signal);
        continue;
      }
      saidWaiting = false;
      logger.info("wa lease acquired", { account: status.account });
      const lease = this.keepLease(signal);
      try {
        await this.ownedSession(lease.signal);
      } finally {
        lease.stop();
      }
      if (!signal.aborted) {
        logger.warn("wa lease lost; socket closed, waiting to take it back");
      }
    }
    try {
      await status.set({ status: "stopped" });
      await status.release();
    } catch (err) {
      logger.warn("wa lease: release failed", { reason: errorText(err) });
    }
  }

  /** Renews the lease; its signal aborts on shutdown or when the lease is lost. */
  private keepLease(outer: AbortSignal) {
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    // A stop that landed while the lease was being acquired has already fired its event.
    if (outer.aborted) controller.abort();
    else outer.addEventListener("abort", onAbort, { once: true });
    let lastOk = Date.now();
    let renewing = false;
    const timer = setInterval(() => {
      if (renewing || controller.signal.aborted) return;
      renewing = true;
      this.o.status
        .renew(this.o.lease.ttlMs)
        .then(
          (held) => {
            if (held) lastOk = Date.now();
            else controller.abort();
          },
          (err: unknown) => {
            this.o.logger.warn("wa lease: renew failed", { reason: errorText(err) });
            // Close before the lease can lapse and a second worker opens a second socket.
            if (Date.now() - lastOk > this.o.lease.ttlMs * 0.8) controller.abort();
          },
        )
        .finally(() => (renewing = false));
    }, this.o.lease.renewMs);
    return {
      signal: controller.signal,
      stop() {
        clearInterval(timer);
        outer.removeEventListener("abort", onAbort);
      },
    };
  }

  private async ownedSession(signal: AbortSignal): Promise<void> {
    const { status, logger } = this.o;
    await status.takePairRequest();
    let state: ReconnectState = { failures: 0, replacedRetries: 0 };
    while (!signal.aborted) {
      const end = await this.connectOnce(signal);
      if (end.kind === "aborted") return;
      if (end.openForMs >= this.o.stableMs) state = { failures: 0, replacedRetries: 0 };
      const decision = decideReconnect(end.code, state, this.o.backoff);
      logger.info("wa connection closed", {
        code: end.code ?? null,
        reason: end.message,
        action: decision.action,
      });
      if (decision.action === "reconnect") {
        if (decision.backoff) state = { ...state, failures: state.failures + 1 };
        if (decision.replacedRetry)
          state = { ...state, replacedRetries: state.replacedRetries + 1 };
        await status.set({
          status: "reconnecting",
          reasonCode: end.code ?? null,
          reason: `${decision.reason}; next try in ${Math.round(decision.delayMs / 1000)} s`,
        });
        await this.sleep(decision.delayMs, signal);
        continue;
      }
      if (decision.action === "wipe") {
        await wipeAuthState(this.o.sql, status.account);
      }
      await status.set({
        status: decision.status,
        reasonCode: end.code ?? null,
        reason: decision.reason,
      });
      logger.error("wa connection needs attention", {
        alert: true,
        status: decision.status,
        code: end.code ?? null,
        reason: decision.reason,
      });
      this.o.onAlert(decision.status, decision.reason);
      if (!(await this.waitForPairRequest(signal))) return;
      logger.info("wa pairing requested; connecting again");
      state = { failures: 0, replacedRetries: 0 };
    }
  }

  /** Idles (holding the lease, so no other worker tries the number) until asked to pair. */
  private async waitForPairRequest(signal: AbortSignal): Promise<boolean> {
    while (!signal.aborted) {
      await this.sleep(this.o.pairPollMs, signal);
      if (signal.aborted) return false;
      try {
        if (await this.o.status.takePairRequest()) return true;
      } catch (err) {
        this.o.logger.warn("wa pair request check failed", { reason: errorText(err) });
      }
    }
    return false;
  }

  private async connectOnce(signal: AbortSignal): Promise<SessionEnd> {
    const { status, clock, logger } = this.o;
    const auth = await loadAuthState(this.o.sql, status.account);
    if (signal.aborted) return { kind: "aborted" };
    const socket = this.o.socketFactory({
      ...this.o.socketConfig,
      auth: { creds: auth.creds, keys: makeCacheableSignalKeyStore(auth.keys, this.blog) },
      logger: this.blog,
      markOnlineOnConnect: false,
      syncFullHistory: false,
      shouldSyncHistoryMessage: () => false,
    });
    this.socket = socket;

    // Listeners go on synchronously, before anything can await: no early event is missed.
    return new Promise<SessionEnd>((resolve) => {
      const listeners: [keyof BaileysEventMap, (arg: never) => void][] = [];
      const on = <T extends keyof BaileysEventMap>(
        event: T,
        listener: (arg: BaileysEventMap[T]) => void,
      ) => {
        socket.ev.on(event, listener);
        listeners.push([event, listener as (arg: never) => void]);
      };
      let openedAt: Date | null = null;
      let pairingRequested = false;
      let finished = false;
      // Events are handled one at a time, in order, so status rows follow the socket's story.
      let chain: Promise<void> = status.set({ status: "connecting" }).then(
        () => {},
        (err: unknown) => logger.warn("wa status write failed", { reason: errorText(err) }),
      );

      const finish = (end: SessionEnd) => {
        if (finished) return;
        finished = true;
        signal.removeEventListener("abort", onAbort);
        void chain.then(async () => {
          await this.teardown(socket, listeners, auth);
          resolve(end);
        });
      };
      const onAbort = () => finish({ kind: "aborted" });

      const handleUpdate = async (update: Partial<ConnectionState>) => {
        if (finished) return;
        if (update.qr)
          await this.onQr(update.qr, socket, auth, () => {
            const first = !pairingRequested;
            pairingRequested = true;
            return first;
          });
        if (update.connection === "open") {
          openedAt = clock.now();
          this.openSince = openedAt;
          await status.set({ status: "open" });
          logger.info("wa connection open", { account: status.account });
        }
        if (update.connection === "close") {
          const error = update.lastDisconnect?.error;
          finish({
            kind: "closed",
            code: disconnectCode(error),
            message: error instanceof Error ? error.message.slice(0, 200) : "closed",
            openForMs: openedAt ? clock.now().getTime() - openedAt.getTime() : 0,
          });
        }
      };

      on("creds.update", (update) => {
        Object.assign(auth.creds, update);
        auth.saveCreds().catch((err: unknown) => {
          logger.error("wa creds save failed", { reason: errorText(err) });
        });
      });
      on("connection.update", (update) => {
        chain = chain
          .then(() => handleUpdate(update))
          .catch((err: unknown) => {
            logger.error("wa connection update failed", { reason: errorText(err) });
          });
      });
      on("messages.upsert", (upsert) => {
        const messages = inboundFromUpsert(upsert, clock.now());
        if (messages.length > 0) this.o.onMessages(messages);
      });
      if (signal.aborted) onAbort();
      else signal.addEventListener("abort", onAbort, { once: true });
    });
  }

  private async onQr(
    qr: string,
    socket: WaSocket,
    auth: PostgresAuthState,
    firstCodeRequest: () => boolean,
  ): Promise<void> {
    const { pairing, status } = this.o;
    if (pairing.mode === "code" && pairing.phone && !auth.creds.registered) {
      if (!firstCodeRequest()) return;
      const code = await socket.requestPairingCode(pairing.phone.replace(/^\+/, ""));
      this.o.printPairingCode(code);
      await status.set({ status: "pairing", pairingCode: code, reason: "enter the pairing code" });
      return;
    }
    this.o.printQr(qr);
    await status.set({ status: "pairing", qr, reason: "scan the QR code" });
  }

  /** Listeners off first, so closing the socket cannot feed events back into us. */
  private async teardown(
    socket: WaSocket,
    listeners: [keyof BaileysEventMap, (arg: never) => void][],
    auth: PostgresAuthState,
  ): Promise<void> {
    for (const [event, listener] of listeners) socket.ev.off(event, listener as never);
    listeners.length = 0;
    if (this.socket === socket) {
      this.socket = null;
      this.openSince = null;
    }
    try {
      await socket.end(undefined);
    } catch (err) {
      this.o.logger.debug("wa socket end failed", { reason: errorText(err) });
    }
    await auth.flush().catch(() => {});
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
