import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proto } from "@whiskeysockets/baileys";
import { memoryLogger } from "../../../shared/log/logger.ts";
import { fixedClock } from "../../../shared/time/clock.ts";
import { createWaBot } from "../../../worker-wa/src/bot.ts";
import { ConnectionStatusStore } from "../../../worker-wa/src/connection/connection-status.ts";
import {
  loadAuthState,
  wipeAuthState,
} from "../../../worker-wa/src/connection/postgres-auth-state.ts";
import { notificationMessageId } from "../../../worker-wa/src/outbound/message-id.ts";
import { BaileysTransport } from "../../../worker-wa/src/transport/baileys-transport.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { NO_LIMITS } from "./support/bot.ts";
import { fakeSocketFactory } from "./support/fake-socket.ts";
import { seedNotification, seedUser } from "./support/fixtures.ts";
import { statusRow, until } from "./support/harness.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

describe("worker-wa over the Baileys adapter (fake socket)", () => {
  it("answers commands and sends notifications through the socket", async () => {
    const account = "+919800055555";
    const clock = fixedClock(new Date("2026-11-24T06:30:00Z"));
    const { logger } = memoryLogger({ name: "worker-wa" });
    const f = fakeSocketFactory();
    const transport = new BaileysTransport(
      {
        sql: db.sql,
        logger,
        clock,
        status: new ConnectionStatusStore(db.sql, account, "bt-1", "baileys"),
        socketFactory: f.factory,
        pairing: { mode: "qr" },
        printQr: () => {},
        printPairingCode: () => {},
        onAlert: () => {},
        backoff: { baseMs: 10, capMs: 100, random: () => 0 },
        lease: { ttlMs: 5_000, renewMs: 500, waitMs: 20 },
        stableMs: 60_000,
        pairPollMs: 20,
      },
      logger,
    );
    const controller = new AbortController();
    const bot = createWaBot({
      sql: db.sql,
      logger,
      clock,
      transport,
      account,
      instance: "bt-1",
      limits: NO_LIMITS,
      typingDelayMs: () => 0,
      sleep: async () => {},
      signal: controller.signal,
    });
    const u = await seedUser(db.sql, { fullName: "Neha Singh" });
    const stranger = "919000000001";
    await bot.start();
    const s = await f.nth(1);
    expect(transport.readiness().ready).toBe(false);
    const notifId = await seedNotification(db.sql, u.id, {
      type: "session.expiring",
      data: { platform: "naukri", days_left: 3 },
    });
    expect(await bot.sender.sendNext(controller.signal)).toBe("not_ready");
    s.open();
    await until("open", async () => (await statusRow(db.sql, account))?.status === "open");

    s.text(u.phone.slice(1), "help", "IN-1");
    s.text(stranger, "HELP", "IN-2");
    s.text(u.phone.slice(1), "Jobs please", "IN-3", true);
    await until("two replies", async () => s.sent.length === 2);
    await transport.drained();
    expect(s.sent[0]!.jid).toBe(`${u.phone.slice(1)}@s.whatsapp.net`);
    expect(s.sent[0]!.text).toContain("Hi Neha, here's what you can send me");
    expect(s.sent[1]!.text).toContain("No matches yet");
    expect(s.presence.filter((p) => p.type === "composing")).toHaveLength(2);

    expect(await bot.sender.sendNext(controller.signal)).toBe("sent");
    expect(s.sent[2]).toEqual({
      jid: `${u.phone.slice(1)}@s.whatsapp.net`,
      text: "Hi Neha, your Naukri login for auto-apply expires in 3 days. Reconnect it on your dashboard so applications keep going.",
      messageId: notificationMessageId(notifId),
    });

    // A send while the socket is down is not attempted and goes back to the queue.
    const second = await seedNotification(db.sql, u.id);
    s.close(408);
    await until("reconnecting", async () => !transport.readiness().ready);
    expect(await bot.sender.sendNext(controller.signal)).toBe("not_ready");
    const s2 = await f.nth(2);
    s2.failSend = new Error("Connection Closed");
    s2.open();
    await until("open", async () => transport.readiness().ready);
    expect(await bot.sender.sendNext(controller.signal)).toBe("retry");
    s2.failSend = null;
    await db.sql`update notifications set run_at = now() where id = ${second}`;
    expect(await bot.sender.sendNext(controller.signal)).toBe("sent");
    expect(s2.sent).toHaveLength(1);

    await bot.stop();
    expect(s2.listenersAtEnd).toBe(0);
    expect((await statusRow(db.sql, account))!.status).toBe("stopped");
  });
});

describe("Postgres auth state", () => {
  it("round-trips creds and keys with BufferJSON; one set() is one transaction", async () => {
    const account = "+919800066666";
    const a = await loadAuthState(db.sql, account);
    const original = Buffer.from(a.creds.signedIdentityKey.private);
    a.creds.registered = true;
    await a.saveCreds();
    await a.keys.set({
      "pre-key": {
        "1": { public: Buffer.alloc(32, 1), private: Buffer.alloc(32, 2) },
        "2": { public: Buffer.alloc(32, 3), private: Buffer.alloc(32, 4) },
      },
      "app-state-sync-key": {
        KEY1: proto.Message.AppStateSyncKeyData.fromObject({
          keyData: Buffer.from("secret-key-data"),
          timestamp: 1700000000,
        }),
      },
      "sender-key-memory": { "123@g.us": { "919800000001@s.whatsapp.net": true } },
    });
    // Deletes and upserts together; a failure inside rolls back both.
    await a.keys.set({
      "pre-key": { "1": null, "3": { public: Buffer.alloc(32, 5), private: Buffer.alloc(32, 6) } },
    });
    await expect(
      a.keys.set({
        "pre-key": { "2": null },
        session: { ["x".repeat(600)]: Buffer.from("too long an id") },
      }),
    ).rejects.toThrow();
    const b = await loadAuthState(db.sql, account);
    expect(b.creds.registered).toBe(true);
    expect(Buffer.from(b.creds.signedIdentityKey.private)).toEqual(original);
    const pre = await b.keys.get("pre-key", ["1", "2", "3"]);
    expect(Object.keys(pre).sort()).toEqual(["2", "3"]);
    expect(Buffer.isBuffer(pre["3"]!.private)).toBe(true);
    expect(Buffer.from(pre["3"]!.private)).toEqual(Buffer.alloc(32, 6));
    const sync = await b.keys.get("app-state-sync-key", ["KEY1"]);
    expect(sync.KEY1).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
    expect(Buffer.from(sync.KEY1!.keyData!).toString()).toBe("secret-key-data");
    const mem = await b.keys.get("sender-key-memory", ["123@g.us"]);
    expect(mem["123@g.us"]).toEqual({ "919800000001@s.whatsapp.net": true });
    await wipeAuthState(db.sql, account);
    const c = await loadAuthState(db.sql, account);
    expect(c.creds.registered).toBe(false);
    expect(await c.keys.get("pre-key", ["2", "3"])).toEqual({});
  });
});
