import { createHash, randomBytes } from "node:crypto";

/**
 * WhatsApp message ids in the shape Baileys makes ("3EB0" + upper-case hex). A
 * notification's id is derived from the notification, so every record of an attempt names
 * the same message.
 */
export function notificationMessageId(notificationId: string): string {
  return `3EB0${createHash("sha256").update(`talvix:${notificationId}`).digest("hex").slice(0, 18).toUpperCase()}`;
}

export function replyMessageId(): string {
  return `3EB0${randomBytes(9).toString("hex").toUpperCase()}`;
}
