import type {
  AnyMessageContent,
  BaileysEventMap,
  MiscMessageGenerationOptions,
  UserFacingSocketConfig,
  WAPresence,
} from "@whiskeysockets/baileys";

/**
 * The part of Baileys' socket worker-wa uses. `makeWASocket` returns a superset of it; tests
 * inject a fake built on an EventEmitter that emits Baileys' real events and codes.
 */
export interface WaSocket {
  ev: {
    on<T extends keyof BaileysEventMap>(
      event: T,
      listener: (arg: BaileysEventMap[T]) => void,
    ): void;
    off<T extends keyof BaileysEventMap>(
      event: T,
      listener: (arg: BaileysEventMap[T]) => void,
    ): void;
  };
  end(error: Error | undefined): unknown;
  sendMessage(
    jid: string,
    content: AnyMessageContent,
    options?: MiscMessageGenerationOptions,
  ): Promise<unknown>;
  sendPresenceUpdate(type: WAPresence, toJid?: string): Promise<void>;
  requestPairingCode(phoneNumber: string): Promise<string>;
}

export type SocketFactory = (config: UserFacingSocketConfig) => WaSocket;
