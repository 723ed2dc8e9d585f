/**
 * What the rest of worker-wa needs from WhatsApp, whichever way it is reached: Baileys (a
 * real number) or the console (local use and tests). Both implement this one interface.
 */

/** A text message from a person, already reduced to an E.164 number and its text. */
export interface InboundMessage {
  /** E.164, e.g. +919876543210. */
  phone: string;
  text: string;
  /** WhatsApp's message id: inbound de-duplication keys on it. */
  messageId: string;
  pushName: string | null;
  receivedAt: Date;
}

export type InboundHandler = (message: InboundMessage) => Promise<void>;

export interface OutboundText {
  phone: string;
  text: string;
  /** Fixed before sending, so the attempt recorded in the database names this exact message. */
  messageId: string;
}

export interface Readiness {
  ready: boolean;
  /** When the current connection opened; the send ramp restarts from here. */
  since: Date | null;
}

export interface WaTransport {
  readonly kind: "baileys" | "console";
  /** Starts delivering inbound messages; resolves once started (not when connected). */
  start(onMessage: InboundHandler): Promise<void>;
  readiness(): Readiness;
  /** Shows "typing…" to the recipient. Best effort: never throws. */
  typing(phone: string): Promise<void>;
  /**
   * Sends one text. Throws NotSentError when the message certainly did not leave this
   * machine (not connected, refused before writing); any other error is a failed send too.
   */
  send(message: OutboundText): Promise<void>;
  stop(): Promise<void>;
}

/** The transport could not send and nothing was written to the wire. */
export class NotSentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotSentError";
  }
}
