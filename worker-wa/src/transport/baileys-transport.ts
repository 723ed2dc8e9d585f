import type { Logger } from "../../../shared/log/logger.ts";
import { phoneToJid } from "../../../shared/whatsapp/phone.ts";
import {
  ConnectionManager,
  type ConnectionManagerOptions,
} from "../connection/connection-manager.ts";
import {
  NotSentError,
  type InboundHandler,
  type InboundMessage,
  type OutboundText,
  type Readiness,
  type WaTransport,
} from "./transport.ts";

/** A real WhatsApp number through Baileys, kept alive by the ConnectionManager. */
export class BaileysTransport implements WaTransport {
  readonly kind = "baileys" as const;
  readonly manager: ConnectionManager;
  private readonly controller = new AbortController();
  private running: Promise<void> | null = null;
  private handler: InboundHandler | null = null;
  private inbound: Promise<void> = Promise.resolve();

  constructor(
    options: Omit<ConnectionManagerOptions, "onMessages">,
    private readonly logger: Logger,
  ) {
    this.manager = new ConnectionManager({
      ...options,
      onMessages: (messages) => this.enqueue(messages),
    });
  }

  async start(onMessage: InboundHandler): Promise<void> {
    this.handler = onMessage;
    this.running ??= this.manager.run(this.controller.signal).catch((err: unknown) => {
      this.logger.error("wa connection manager stopped", {
        reason: err instanceof Error ? err.message : String(err),
      });
    });
  }

  /** Inbound messages are handled one at a time, in arrival order. */
  private enqueue(messages: InboundMessage[]) {
    for (const message of messages) {
      this.inbound = this.inbound.then(async () => {
        try {
          await this.handler?.(message);
        } catch (err) {
          this.logger.error("wa inbound handler failed", {
            reason: err instanceof Error ? err.message : String(err),
          });
        }
      });
    }
  }

  /** Resolves once every inbound message received so far has been handled (tests). */
  drained(): Promise<void> {
    return this.inbound;
  }

  readiness(): Readiness {
    const open = this.manager.openSocket();
    return { ready: open !== null, since: open?.since ?? null };
  }

  async typing(phone: string): Promise<void> {
    const open = this.manager.openSocket();
    if (!open) return;
    try {
      await open.socket.sendPresenceUpdate("composing", phoneToJid(phone));
    } catch {
      // Presence is decoration; a failure here must not fail the send.
    }
  }

  async send(message: OutboundText): Promise<void> {
    const open = this.manager.openSocket();
    if (!open) throw new NotSentError("whatsapp is not connected");
    const jid = phoneToJid(message.phone);
    await open.socket.sendMessage(jid, { text: message.text }, { messageId: message.messageId });
    await open.socket.sendPresenceUpdate("paused", jid).catch(() => {});
  }

  async stop(): Promise<void> {
    this.controller.abort();
    await this.running;
    await this.inbound;
  }
}
