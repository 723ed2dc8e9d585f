import { describe, expect, it } from "vitest";
import { memoryLogger } from "../../../shared/log/logger.ts";
import { baileysLogger } from "../../../worker-wa/src/connection/baileys-logger.ts";
import { inboundFromUpsert } from "../../../worker-wa/src/transport/baileys-inbound.ts";

const now = new Date("2026-11-24T06:30:00Z");

describe("Baileys inbound messages", () => {
  it("keeps live text from people: conversation, extended, disappearing, LID with a PN alt", () => {
    const got = inboundFromUpsert(
      {
        type: "notify",
        messages: [
          {
            key: { remoteJid: "919876543210@s.whatsapp.net", fromMe: false, id: "A" },
            message: { conversation: "JOBS" },
            pushName: "Asha",
            messageTimestamp: 1_790_000_000,
          },
          {
            key: { remoteJid: "919876543210@s.whatsapp.net", fromMe: false, id: "B" },
            message: { extendedTextMessage: { text: "status please" } },
          },
          {
            key: { remoteJid: "919876543210@s.whatsapp.net", fromMe: false, id: "C" },
            message: { ephemeralMessage: { message: { conversation: "help" } } },
          },
          {
            key: {
              remoteJid: "123456789@lid",
              remoteJidAlt: "919812345678@s.whatsapp.net",
              fromMe: false,
              id: "D",
            },
            message: { conversation: "stop" },
          },
        ],
      },
      now,
    );
    expect(got.map((m) => [m.phone, m.text, m.messageId])).toEqual([
      ["+919876543210", "JOBS", "A"],
      ["+919876543210", "status please", "B"],
      ["+919876543210", "help", "C"],
      ["+919812345678", "stop", "D"],
    ]);
    expect(got[0]!.pushName).toBe("Asha");
    expect(got[0]!.receivedAt).toEqual(new Date(1_790_000_000_000));
    expect(got[1]!.receivedAt).toEqual(now);
  });

  it("drops own messages, groups, broadcasts, LIDs without a number, media and history", () => {
    const key = (remoteJid: string, id: string, fromMe = false) => ({ remoteJid, fromMe, id });
    expect(
      inboundFromUpsert(
        {
          type: "notify",
          messages: [
            { key: key("919876543210@s.whatsapp.net", "1", true), message: { conversation: "x" } },
            { key: key("120363@g.us", "2"), message: { conversation: "x" } },
            { key: key("status@broadcast", "3"), message: { conversation: "x" } },
            { key: key("555@lid", "4"), message: { conversation: "x" } },
            { key: key("919876543210@s.whatsapp.net", "5"), message: { imageMessage: {} } },
            { key: key("919876543210@s.whatsapp.net", "6"), message: { conversation: "   " } },
          ],
        },
        now,
      ),
    ).toEqual([]);
    expect(
      inboundFromUpsert(
        {
          type: "append",
          messages: [
            { key: key("919876543210@s.whatsapp.net", "7"), message: { conversation: "x" } },
          ],
        },
        now,
      ),
    ).toEqual([]);
  });
});

describe("Baileys logger adapter", () => {
  it("forwards warn and above, never keys, creds, JIDs or message content", () => {
    const { logger, lines } = memoryLogger({ name: "worker-wa", level: "debug" });
    const b = baileysLogger(logger);
    b.info({ creds: "x" }, "connected to WA");
    b.debug({}, "noise");
    b.trace({}, "noise");
    b.warn(
      {
        err: { message: "Connection Closed", output: { statusCode: 428 } },
        creds: { noiseKey: "SECRETKEY" },
        jid: "919876543210@s.whatsapp.net",
        message: { conversation: "private text" },
        attempt: 2,
      },
      "failed to send",
    );
    b.child({ class: "baileys", key: "SECRETKEY" }).error(new Error("boom"));
    expect(lines).toHaveLength(2);
    const [warn, error] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(warn).toMatchObject({
      level: "warn",
      message: "baileys: failed to send",
      error: "Connection Closed",
      status_code: 428,
      attempt: 2,
    });
    expect(error).toMatchObject({ level: "error", message: "baileys: boom", class: "baileys" });
    const all = lines.join("\n");
    for (const secret of ["SECRETKEY", "919876543210", "private text"]) {
      expect(all).not.toContain(secret);
    }
  });
});
