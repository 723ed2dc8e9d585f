import { EventEmitter } from "node:events";
import { Boom } from "@hapi/boom";
import {
  DisconnectReason,
  type BaileysEventMap,
  type UserFacingSocketConfig,
} from "@whiskeysockets/baileys";
import type { WaSocket } from "../../../../worker-wa/src/connection/wa-socket.ts";

/**
 * A stand-in for Baileys' socket at the network edge: an EventEmitter that emits Baileys'
 * real event names and payload shapes (connection.update with lastDisconnect.error as a Boom
 * carrying DisconnectReason codes, creds.update, messages.upsert) and records what the
 * worker asks of it.
 */
export class FakeSocket implements WaSocket {
  readonly emitter = new EventEmitter();
  readonly sent: { jid: string; text: string; messageId: string | undefined }[] = [];
  readonly presence: { type: string; jid: string | undefined }[] = [];
  ended = false;
  /** Listener count at the moment end() was called (must be 0). */
  listenersAtEnd = -1;
  failSend: Error | null = null;
  pairingCodeRequests: string[] = [];

  constructor(readonly config: UserFacingSocketConfig) {}

  ev = {
    on: <T extends keyof BaileysEventMap>(event: T, l: (arg: BaileysEventMap[T]) => void) => {
      this.emitter.on(event, l);
    },
    off: <T extends keyof BaileysEventMap>(event: T, l: (arg: BaileysEventMap[T]) => void) => {
      this.emitter.off(event, l);
    },
  };

  listenerTotal(): number {
    return this.emitter.eventNames().reduce((n, e) => n + this.emitter.listenerCount(e), 0);
  }

  emit<T extends keyof BaileysEventMap>(event: T, arg: BaileysEventMap[T]): void {
    this.emitter.emit(event, arg);
  }

  open(): void {
    this.emit("connection.update", { connection: "connecting" });
    this.emit("connection.update", { connection: "open", receivedPendingNotifications: true });
  }

  qr(qr = "2@fakeQrRef,fakeNoiseKey,fakeIdentityKey,fakeAdvSecret"): void {
    this.emit("connection.update", { qr });
  }

  /** Closes as Baileys does: connection 'close' with a Boom of the given code. */
  close(code: number, message = "Connection Failure"): void {
    this.emit("connection.update", {
      connection: "close",
      lastDisconnect: { error: new Boom(message, { statusCode: code }), date: new Date() },
    });
  }

  text(phoneDigits: string, text: string, id: string, extended = false): void {
    this.emit("messages.upsert", {
      type: "notify",
      messages: [
        {
          key: { remoteJid: `${phoneDigits}@s.whatsapp.net`, fromMe: false, id },
          message: extended ? { extendedTextMessage: { text } } : { conversation: text },
          pushName: "Test User",
          messageTimestamp: Math.floor(Date.now() / 1000),
        },
      ],
    });
  }

  end(error: Error | undefined): void {
    void error;
    this.listenersAtEnd = this.listenerTotal();
    this.ended = true;
  }

  async sendMessage(jid: string, content: unknown, options?: { messageId?: string }) {
    if (this.failSend) throw this.failSend;
    this.sent.push({
      jid,
      text: (content as { text: string }).text,
      messageId: options?.messageId,
    });
    return undefined;
  }

  async sendPresenceUpdate(type: string, jid?: string): Promise<void> {
    this.presence.push({ type, jid });
  }

  async requestPairingCode(phone: string): Promise<string> {
    this.pairingCodeRequests.push(phone);
    return "ABCD1234";
  }
}

export { DisconnectReason };

/** A factory that records every socket it makes. */
export function fakeSocketFactory() {
  const sockets: FakeSocket[] = [];
  const waiters: ((s: FakeSocket) => void)[] = [];
  const factory = (config: UserFacingSocketConfig) => {
    const s = new FakeSocket(config);
    sockets.push(s);
    waiters.splice(0).forEach((w) => w(s));
    return s;
  };
  /** Resolves with socket number `n` (1-based) once it exists. */
  const nth = async (n: number, timeoutMs = 5_000): Promise<FakeSocket> => {
    const started = Date.now();
    while (sockets.length < n) {
      if (Date.now() - started > timeoutMs) throw new Error(`socket #${n} never created`);
      await new Promise<void>((r) => {
        waiters.push(() => r());
        setTimeout(r, 20);
      });
    }
    return sockets[n - 1]!;
  };
  return { factory, sockets, nth };
}
