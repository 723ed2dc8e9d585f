import type { BaileysEventMap, WAMessage } from "@whiskeysockets/baileys";
import { jidToPhone } from "../../../shared/whatsapp/phone.ts";
import type { InboundMessage } from "./transport.ts";

type Upsert = BaileysEventMap["messages.upsert"];

/** The text of a text message (plain, extended, or wrapped as disappearing); null otherwise. */
export function messageText(message: WAMessage["message"]): string | null {
  if (!message) return null;
  const inner = message.ephemeralMessage?.message ?? message;
  const text = inner.conversation ?? inner.extendedTextMessage?.text ?? null;
  return typeof text === "string" && text.trim() !== "" ? text : null;
}

/** Messages timestamps are seconds, as a number or a protobuf Long. */
function timestamp(ts: WAMessage["messageTimestamp"], fallback: Date): Date {
  if (ts === null || ts === undefined) return fallback;
  const seconds = typeof ts === "number" ? ts : Number(ts.toString());
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : fallback;
}

/**
 * New text messages from people, one per message: only `notify` upserts (live messages, not
 * history), never our own, never groups, broadcasts or channels. A message addressed by LID
 * is used only when Baileys gives the phone-number JID beside it (remoteJidAlt).
 */
export function inboundFromUpsert(upsert: Upsert, now: Date): InboundMessage[] {
  if (upsert.type !== "notify") return [];
  const out: InboundMessage[] = [];
  for (const m of upsert.messages) {
    const key = m.key;
    if (!key || key.fromMe || !key.id) continue;
    const phone = jidToPhone(key.remoteJid) ?? jidToPhone(key.remoteJidAlt);
    if (!phone) continue;
    const text = messageText(m.message);
    if (text === null) continue;
    out.push({
      phone,
      text: text.slice(0, 1000),
      messageId: key.id,
      pushName: m.pushName ?? null,
      receivedAt: timestamp(m.messageTimestamp, now),
    });
  }
  return out;
}
