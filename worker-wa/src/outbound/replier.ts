import type { Sql } from "../../../shared/db/sql.ts";
import type { Logger } from "../../../shared/log/logger.ts";
import type { Clock } from "../../../shared/time/clock.ts";
import { maskPhone } from "../../../shared/whatsapp/phone.ts";
import type { Sleep } from "../connection/connection-manager.ts";
import type { WaTransport } from "../transport/transport.ts";
import { replyMessageId } from "./message-id.ts";
import { beginSend, finishSend } from "./outbound-log.ts";

export interface ReplierDeps {
  sql: Sql;
  transport: WaTransport;
  account: string;
  instance: string;
  clock: Clock;
  logger: Logger;
  /** Milliseconds of "typing…" before a reply (random in production, 0 in tests). */
  typingDelayMs: () => number;
  sleep: Sleep;
  signal: AbortSignal;
}

/**
 * Answers a person who just wrote to us. Replies skip quiet hours and the queue (they asked),
 * but are recorded like every send, so they count towards the number's caps.
 */
export class Replier {
  constructor(private readonly d: ReplierDeps) {}

  async reply(userId: string | null, phone: string, text: string): Promise<boolean> {
    const { sql, transport, clock, logger } = this.d;
    await transport.typing(phone);
    await this.d.sleep(this.d.typingDelayMs(), this.d.signal);
    const messageId = replyMessageId();
    await beginSend(sql, {
      account: this.d.account,
      instance: this.d.instance,
      kind: "reply",
      notificationId: null,
      userId,
      messageId,
      now: clock.now(),
    });
    try {
      await transport.send({ phone, text, messageId });
      await finishSend(sql, messageId, "sent", clock.now());
      return true;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      await finishSend(sql, messageId, "not_sent", clock.now(), reason);
      logger.warn("wa reply not sent", { to: maskPhone(phone), reason });
      return false;
    }
  }
}
