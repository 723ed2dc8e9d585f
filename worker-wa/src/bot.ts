import type { Sql } from "../../shared/db/sql.ts";
import type { Logger } from "../../shared/log/logger.ts";
import type { Clock } from "../../shared/time/clock.ts";
import type { WorkLoop } from "../../shared/workers/worker-runtime.ts";
import type { Sleep } from "./connection/connection-manager.ts";
import { CommandRateLimiter } from "./inbound/rate-limiter.ts";
import { CommandRouter } from "./inbound/router.ts";
import { housekeepingLoop } from "./outbound/housekeeping.ts";
import { NotificationSender } from "./outbound/notification-sender.ts";
import { Replier } from "./outbound/replier.ts";
import type { SendLimits } from "./outbound/send-policy.ts";
import type { WaTransport } from "./transport/transport.ts";

export interface WaBotDeps {
  sql: Sql;
  logger: Logger;
  clock: Clock;
  transport: WaTransport;
  /** The number (E.164) or 'console'. */
  account: string;
  /** This process; lease holder for notifications. */
  instance: string;
  limits: SendLimits;
  /** "Typing…" before each send (random a few seconds; 0 in tests). */
  typingDelayMs: () => number;
  sleep: Sleep;
  signal: AbortSignal;
  notificationLeaseMs?: number;
  idleMs?: number;
}

/** The bot over any transport: the command router inbound, the notification queue outbound. */
export function createWaBot(d: WaBotDeps) {
  const limiter = new CommandRateLimiter(10, 60_000);
  const replier = new Replier({
    sql: d.sql,
    transport: d.transport,
    account: d.account,
    instance: d.instance,
    clock: d.clock,
    logger: d.logger,
    typingDelayMs: d.typingDelayMs,
    sleep: d.sleep,
    signal: d.signal,
  });
  const router = new CommandRouter({
    sql: d.sql,
    logger: d.logger,
    clock: d.clock,
    account: d.account,
    limiter,
    replier,
  });
  const sender = new NotificationSender({
    sql: d.sql,
    transport: d.transport,
    logger: d.logger,
    clock: d.clock,
    account: d.account,
    instance: d.instance,
    limits: d.limits,
    leaseMs: d.notificationLeaseMs ?? 60_000,
    typingDelayMs: d.typingDelayMs,
    sleep: d.sleep,
    idleMs: d.idleMs ?? 2_000,
  });
  return {
    limiter,
    replier,
    router,
    sender,
    start: () => d.transport.start((message) => router.handle(message)),
    stop: () => d.transport.stop(),
    loops: (): WorkLoop[] => [sender.loop(), housekeepingLoop(d.sql, d.clock, d.logger, limiter)],
  };
}
export type WaBot = ReturnType<typeof createWaBot>;
