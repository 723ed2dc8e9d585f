/**
 * Phone numbers as WhatsApp sees them. Talvix stores E.164 (`+919876543210`, the format
 * `users.wa_phone` enforces); WhatsApp addresses a person as `<digits>@s.whatsapp.net`,
 * sometimes with a device suffix (`919876543210:12@s.whatsapp.net`).
 */

const E164 = /^\+[1-9][0-9]{7,14}$/;
const USER_JID = /^([1-9][0-9]{7,14})(?::[0-9]+)?@s\.whatsapp\.net$/;

export function isE164(phone: string): boolean {
  return E164.test(phone);
}

/**
 * What a person types into a form or a CLI flag → E.164, or null. Bare 10-digit Indian
 * mobiles (6–9 first) get +91; "0" trunk prefixes and "0091"/"91" prefixes are understood.
 */
export function normalisePhone(raw: string): string | null {
  const trimmed = raw.trim();
  if (!/^[+0-9][0-9\s\-().]*$/.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, "");
  if (trimmed.startsWith("+")) return isE164(`+${digits}`) ? `+${digits}` : null;
  if (digits.startsWith("00")) {
    digits = digits.slice(2);
    return isE164(`+${digits}`) ? `+${digits}` : null;
  }
  if (digits.length === 11 && digits.startsWith("0")) digits = digits.slice(1);
  if (digits.length === 10 && /^[6-9]/.test(digits)) return `+91${digits}`;
  if (digits.length === 12 && digits.startsWith("91") && /^[6-9]/.test(digits.slice(2))) {
    return `+${digits}`;
  }
  return null;
}

/** `+919876543210` → `919876543210@s.whatsapp.net`. */
export function phoneToJid(phone: string): string {
  if (!isE164(phone)) throw new Error("phoneToJid: not an E.164 number");
  return `${phone.slice(1)}@s.whatsapp.net`;
}

/** A person's JID → E.164; null for groups, broadcasts, LIDs and anything else. */
export function jidToPhone(jid: string | null | undefined): string | null {
  if (!jid) return null;
  const match = USER_JID.exec(jid);
  return match ? `+${match[1]}` : null;
}

/** For logs: enough to tell numbers apart, not enough to dial one. */
export function maskPhone(phone: string): string {
  return phone.length <= 6 ? "***" : `${phone.slice(0, 3)}…${phone.slice(-3)}`;
}
