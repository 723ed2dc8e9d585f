import { memoryLogger } from "../../../../shared/log/logger.ts";
import type { Sql } from "../../../../shared/db/sql.ts";
import { fixedClock } from "../../../../shared/time/clock.ts";
import { createWaBot } from "../../../../worker-wa/src/bot.ts";
import type { SendLimits } from "../../../../worker-wa/src/outbound/send-policy.ts";
import { ConsoleTransport } from "../../../../worker-wa/src/transport/console-transport.ts";
import type { OutboundText } from "../../../../worker-wa/src/transport/transport.ts";

export const NO_LIMITS: SendLimits = {
  hourlyCap: 1_000,
  dailyCap: 10_000,
  rampInitial: 1_000,
  rampStepMs: 1_000,
};

/** The whole bot over the console transport, with a fixed clock and no typing delays. */
export async function startConsoleBot(
  sql: Sql,
  o: {
    start?: Date;
    limits?: SendLimits;
    instance?: string;
    account?: string;
    failSend?: (m: OutboundText) => Error | undefined;
  } = {},
) {
  // 2026-11-24 12:00 IST: outside default quiet hours.
  const clock = fixedClock(o.start ?? new Date("2026-11-24T06:30:00Z"));
  const { logger, lines } = memoryLogger({ name: "worker-wa", level: "debug" });
  const transport = new ConsoleTransport({ clock, failSend: o.failSend });
  const controller = new AbortController();
  const bot = createWaBot({
    sql,
    logger,
    clock,
    transport,
    account: o.account ?? "console",
    instance: o.instance ?? "test-instance",
    limits: o.limits ?? NO_LIMITS,
    typingDelayMs: () => 0,
    sleep: async () => {},
    signal: controller.signal,
    notificationLeaseMs: 60_000,
  });
  await bot.start();
  /** Sends `text` from `phone`; returns the bot's replies to it. */
  const say = async (phone: string, text: string) => {
    const before = transport.sent.length;
    await transport.receive(phone, text);
    return transport.sent
      .slice(before)
      .filter((m) => m.phone === phone)
      .map((m) => m.text);
  };
  return { bot, transport, clock, lines, say, controller };
}
