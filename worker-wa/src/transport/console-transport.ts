import type { Clock } from "../../../shared/time/clock.ts";
import {
  NotSentError,
  type InboundHandler,
  type InboundMessage,
  type OutboundText,
  type Readiness,
  type WaTransport,
} from "./transport.ts";

export interface ConsoleSent extends OutboundText {
  at: Date;
}

export interface ConsoleTransportOptions {
  clock: Clock;
  /** Where each outbound message goes (stdout, the console mailbox table, a test's array). */
  onSend?: (message: ConsoleSent) => void | Promise<void>;
  /** Tests: return an error to make the next send fail with it. */
  failSend?: (message: OutboundText) => Error | undefined;
}

/**
 * WhatsApp without a phone: inbound arrives through `receive()` (a test, or the mailbox
 * poller behind `talvix wa`), outbound is handed to `onSend` and kept in `sent`.
 */
export class ConsoleTransport implements WaTransport {
  readonly kind = "console" as const;
  readonly sent: ConsoleSent[] = [];
  readonly typingTo: string[] = [];
  private handler: InboundHandler | null = null;
  private since: Date | null = null;

  constructor(private readonly options: ConsoleTransportOptions) {}

  async start(onMessage: InboundHandler): Promise<void> {
    this.handler = onMessage;
    this.since = this.options.clock.now();
  }

  readiness(): Readiness {
    return { ready: this.since !== null, since: this.since };
  }

  /** A person sends `text`; resolves once the bot has handled it. */
  async receive(
    phone: string,
    text: string,
    extra: Partial<Omit<InboundMessage, "phone" | "text">> = {},
  ): Promise<void> {
    if (!this.handler) throw new Error("console transport not started");
    await this.handler({
      phone,
      text,
      messageId: extra.messageId ?? `CONSOLE-${crypto.randomUUID()}`,
      pushName: extra.pushName ?? null,
      receivedAt: extra.receivedAt ?? this.options.clock.now(),
    });
  }

  async typing(phone: string): Promise<void> {
    this.typingTo.push(phone);
  }

  async send(message: OutboundText): Promise<void> {
    if (!this.since) throw new NotSentError("console transport not started");
    const failure = this.options.failSend?.(message);
    if (failure) throw failure;
    const record = { ...message, at: this.options.clock.now() };
    this.sent.push(record);
    await this.options.onSend?.(record);
  }

  async stop(): Promise<void> {
    this.since = null;
    this.handler = null;
  }

  /** Test helper: what was sent to one number, oldest first. */
  to(phone: string): string[] {
    return this.sent.filter((m) => m.phone === phone).map((m) => m.text);
  }
}
