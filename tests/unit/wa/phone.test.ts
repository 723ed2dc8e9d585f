import { describe, expect, it } from "vitest";
import {
  jidToPhone,
  maskPhone,
  normalisePhone,
  phoneToJid,
} from "../../../shared/whatsapp/phone.ts";

describe("WhatsApp phone numbers", () => {
  it.each([
    ["9876543210", "+919876543210"],
    ["+91 98765 43210", "+919876543210"],
    ["098765-43210", "+919876543210"],
    ["919876543210", "+919876543210"],
    ["0091 98765 43210", "+919876543210"],
    ["+1 415 555 0100", "+14155550100"],
  ])("normalises %s", (raw, e164) => {
    expect(normalisePhone(raw)).toBe(e164);
  });

  it.each(["12345", "5876543210", "abc", "+0123456789", "98765 43210 ext 5", ""])(
    "rejects %j",
    (raw) => {
      expect(normalisePhone(raw)).toBeNull();
    },
  );

  it("converts between E.164 and person JIDs only", () => {
    expect(phoneToJid("+919876543210")).toBe("919876543210@s.whatsapp.net");
    expect(jidToPhone("919876543210@s.whatsapp.net")).toBe("+919876543210");
    expect(jidToPhone("919876543210:17@s.whatsapp.net")).toBe("+919876543210");
    expect(jidToPhone("120363025246125888@g.us")).toBeNull();
    expect(jidToPhone("status@broadcast")).toBeNull();
    expect(jidToPhone("123456789012345@lid")).toBeNull();
    expect(jidToPhone(undefined)).toBeNull();
    expect(() => phoneToJid("9876543210")).toThrow();
  });

  it("masks numbers for logs", () => {
    expect(maskPhone("+919876543210")).toBe("+91…210");
  });
});
