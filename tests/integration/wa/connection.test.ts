import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { DisconnectReason, fakeSocketFactory } from "./support/fake-socket.ts";
import { startManager, statusHistory, statusRow, until } from "./support/harness.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

let n = 0;
const account = () => `+9198000${String(10000 + ++n).slice(-5)}`;
const keyCount = async (acct: string) =>
  (await db.sql`select count(*)::int as n from wa_auth_keys where account = ${acct}`)[0]!.n;
const credsExist = async (acct: string) =>
  (await db.sql`select 1 from wa_auth_creds where account = ${acct}`).length === 1;

describe("worker-wa connection (fake Baileys socket)", () => {
  it("pairs with a QR (stored and printed), opens, and persists creds", async () => {
    const acct = account();
    const f = fakeSocketFactory();
    const h = startManager({ sql: db.sql, account: acct, instance: "w1", factory: f.factory });
    const s1 = await f.nth(1);
    expect(s1.config.auth.creds.registered).toBe(false);
    s1.qr("2@ref-1,noise,identity,adv");
    await until(
      "pairing status",
      async () => (await statusRow(db.sql, acct))?.status === "pairing",
    );
    expect((await statusRow(db.sql, acct))!.qr).toBe("2@ref-1,noise,identity,adv");
    expect(h.qrs).toEqual(["2@ref-1,noise,identity,adv"]);

    s1.emit("creds.update", { me: { id: "919800000001:3@s.whatsapp.net" }, registered: true });
    s1.open();
    await until("open", async () => (await statusRow(db.sql, acct))?.status === "open");
    const row = await statusRow(db.sql, acct);
    expect(row!.qr).toBeNull();
    await until("creds saved", async () => {
      const [c] = await db.sql<{ creds: string }[]>`
        select creds from wa_auth_creds where account = ${acct}`;
      return c && JSON.parse(c.creds).registered === true;
    });
    expect(h.manager.openSocket()?.socket).toBe(s1);
    await h.stop();
    expect(s1.ended).toBe(true);
    expect(s1.listenersAtEnd).toBe(0);
    const after = await statusRow(db.sql, acct);
    expect(after).toMatchObject({ status: "stopped", owner_instance: null });
  });

  it("pairs by phone code when configured", async () => {
    const acct = account();
    const f = fakeSocketFactory();
    const h = startManager({
      sql: db.sql,
      account: acct,
      instance: "w1",
      factory: f.factory,
      pairing: { mode: "code", phone: acct },
    });
    const s1 = await f.nth(1);
    s1.qr();
    s1.qr(); // Baileys rotates QRs; the code is requested once per socket
    await until("pairing code", async () => (await statusRow(db.sql, acct))?.pairing_code);
    expect(s1.pairingCodeRequests).toEqual([acct.slice(1)]);
    expect((await statusRow(db.sql, acct))!.qr).toBeNull();
    expect(h.codes).toEqual(["ABCD1234"]);
    await h.stop();
  });

  it("restart required (515) reconnects at once; listeners are removed before close", async () => {
    const acct = account();
    const f = fakeSocketFactory();
    const h = startManager({ sql: db.sql, account: acct, instance: "w1", factory: f.factory });
    const s1 = await f.nth(1);
    s1.open();
    await until("open", async () => (await statusRow(db.sql, acct))?.status === "open");
    s1.close(DisconnectReason.restartRequired, "Stream Errored (restart required)");
    const s2 = await f.nth(2);
    expect(s1.ended).toBe(true);
    expect(s1.listenersAtEnd).toBe(0);
    expect(h.delays).toEqual([0]);
    // A late event from the dead socket reaches nobody.
    s1.close(DisconnectReason.loggedOut);
    s2.open();
    await until("open again", async () => (await statusRow(db.sql, acct))?.status === "open");
    expect(await credsExist(acct)).toBe(true);
    await h.stop();
    expect(await statusHistory(db.sql, acct)).toEqual([
      "connecting",
      "open",
      "reconnecting:515",
      "connecting",
      "open",
      "stopped",
    ]);
  });

  it("lost, closed, timed out and unavailable back off exponentially with jitter, capped", async () => {
    const acct = account();
    const f = fakeSocketFactory();
    const h = startManager({ sql: db.sql, account: acct, instance: "w1", factory: f.factory });
    const codes = [
      DisconnectReason.connectionLost,
      DisconnectReason.connectionClosed,
      DisconnectReason.timedOut,
      DisconnectReason.unavailableService,
      DisconnectReason.connectionLost,
    ];
    for (const [i, code] of codes.entries()) {
      const s = await f.nth(i + 1);
      s.close(code);
    }
    await f.nth(codes.length + 1);
    // base 1 s doubling, cap 8 s, random 0.5 → 75 % of each step.
    expect(h.delays).toEqual([750, 1500, 3000, 6000, 6000]);
    const history = await statusHistory(db.sql, acct);
    expect(history.filter((s) => s.startsWith("reconnecting"))).toEqual([
      "reconnecting:408",
      "reconnecting:428",
      "reconnecting:408",
      "reconnecting:503",
      "reconnecting:408",
    ]);
    expect(f.sockets.slice(0, 5).every((s) => s.ended && s.listenersAtEnd === 0)).toBe(true);
    await h.stop();
  });

  it("a stable connection resets the backoff", async () => {
    const acct = account();
    const f = fakeSocketFactory();
    const h = startManager({
      sql: db.sql,
      account: acct,
      instance: "w1",
      factory: f.factory,
      stableMs: 0,
    });
    const s1 = await f.nth(1);
    s1.close(DisconnectReason.connectionLost);
    const s2 = await f.nth(2);
    s2.open();
    await until("open", async () => (await statusRow(db.sql, acct))?.status === "open");
    s2.close(DisconnectReason.connectionLost);
    await f.nth(3);
    expect(h.delays).toEqual([750, 750]);
    await h.stop();
  });

  it("connection replaced (440): one retry, then stop and mark replaced", async () => {
    const acct = account();
    const f = fakeSocketFactory();
    const h = startManager({ sql: db.sql, account: acct, instance: "w1", factory: f.factory });
    (await f.nth(1)).close(DisconnectReason.connectionReplaced, "Stream Errored (conflict)");
    (await f.nth(2)).close(DisconnectReason.connectionReplaced, "Stream Errored (conflict)");
    await until("replaced", async () => (await statusRow(db.sql, acct))?.status === "replaced");
    expect(h.alerts).toEqual(["replaced"]);
    await new Promise((r) => setTimeout(r, 100));
    expect(f.sockets).toHaveLength(2);
    expect(await credsExist(acct)).toBe(true); // not wiped: the pairing is still good
    await h.stop();
  });

  it.each([
    ["logged out", DisconnectReason.loggedOut, "needs_qr"],
    ["bad session", DisconnectReason.badSession, "needs_qr"],
    ["multi-device mismatch", DisconnectReason.multideviceMismatch, "needs_qr"],
    ["forbidden (banned)", DisconnectReason.forbidden, "banned"],
  ])("%s wipes creds and keys, marks %s, alerts, and waits", async (_name, code, expected) => {
    const acct = account();
    const f = fakeSocketFactory();
    const h = startManager({ sql: db.sql, account: acct, instance: "w1", factory: f.factory });
    const s1 = await f.nth(1);
    await s1.config.auth.keys.set({
      "pre-key": { "1": { public: Buffer.alloc(32, 1), private: Buffer.alloc(32, 2) } },
      session: { "9198.0": Buffer.from("session") },
    });
    expect(await keyCount(acct)).toBe(2);
    s1.open();
    await until("open", async () => (await statusRow(db.sql, acct))?.status === "open");
    s1.close(code);
    await until(expected, async () => (await statusRow(db.sql, acct))?.status === expected);
    expect((await statusRow(db.sql, acct))!.reason_code).toBe(code);
    expect(await keyCount(acct)).toBe(0);
    expect(await credsExist(acct)).toBe(false);
    expect(h.alerts).toEqual([expected]);
    expect(s1.listenersAtEnd).toBe(0);
    await new Promise((r) => setTimeout(r, 60));
    expect(f.sockets).toHaveLength(1);

    // An operator asks to pair again: a fresh socket with fresh creds shows a new QR.
    await db.sql`update wa_connection_status set pair_requested_at = now() where account = ${acct}`;
    const s2 = await f.nth(2);
    expect(s2.config.auth.creds.registered).toBe(false);
    expect(Buffer.from(s2.config.auth.creds.noiseKey.public)).not.toEqual(
      Buffer.from(s1.config.auth.creds.noiseKey.public),
    );
    s2.qr("2@new");
    await until("pairing", async () => (await statusRow(db.sql, acct))?.status === "pairing");
    await h.stop();
  });

  it("auth state survives a restart: the next worker reconnects without a QR", async () => {
    const acct = account();
    const f1 = fakeSocketFactory();
    const h1 = startManager({ sql: db.sql, account: acct, instance: "w1", factory: f1.factory });
    const s1 = await f1.nth(1);
    s1.emit("creds.update", {
      me: { id: "919800000009:2@s.whatsapp.net", name: "Talvix" },
      registered: true,
      platform: "android",
    });
    await s1.config.auth.keys.set({
      "pre-key": { "7": { public: Buffer.alloc(32, 7), private: Buffer.alloc(32, 8) } },
      "app-state-sync-key": { AAAA: { keyData: Buffer.from("k") } as never },
    });
    s1.open();
    await until("open", async () => (await statusRow(db.sql, acct))?.status === "open");
    await h1.stop();

    const f2 = fakeSocketFactory();
    const h2 = startManager({ sql: db.sql, account: acct, instance: "w2", factory: f2.factory });
    const s2 = await f2.nth(1);
    const creds = s2.config.auth.creds;
    expect(creds.registered).toBe(true);
    expect(creds.me?.id).toBe("919800000009:2@s.whatsapp.net");
    expect(Buffer.from(creds.noiseKey.private)).toEqual(
      Buffer.from(s1.config.auth.creds.noiseKey.private),
    );
    const keys = await s2.config.auth.keys.get("pre-key", ["7", "8"]);
    expect(Buffer.from(keys["7"]!.private)).toEqual(Buffer.alloc(32, 8));
    expect(keys["8"]).toBeUndefined();
    s2.open();
    await until("open", async () => (await statusRow(db.sql, acct))?.status === "open");
    expect(h2.qrs).toEqual([]);
    await h2.stop();
  });

  it("one owner per number: a second worker waits, then takes over when the first stops", async () => {
    const acct = account();
    const fa = fakeSocketFactory();
    const fb = fakeSocketFactory();
    const a = startManager({ sql: db.sql, account: acct, instance: "wa-a", factory: fa.factory });
    (await fa.nth(1)).open();
    await until("a open", async () => (await statusRow(db.sql, acct))?.status === "open");
    const b = startManager({ sql: db.sql, account: acct, instance: "wa-b", factory: fb.factory });
    await new Promise((r) => setTimeout(r, 300));
    expect(fb.sockets).toHaveLength(0);
    expect((await statusRow(db.sql, acct))!.owner_instance).toBe("wa-a");
    await a.stop();
    const sb = await fb.nth(1);
    sb.open();
    await until("b open", async () => (await statusRow(db.sql, acct))?.owner_instance === "wa-b");
    expect(fa.sockets).toHaveLength(1);
    await b.stop();
  });

  it("a stop that lands while the lease is being acquired still stops, opening nothing", async () => {
    const acct = account();
    const f = fakeSocketFactory();
    const h = startManager({
      sql: db.sql,
      account: acct,
      instance: "wa-sigterm",
      factory: f.factory,
      stopDuringAcquire: true,
    });
    await h.stop();
    expect(f.sockets).toHaveLength(0);
    expect(await statusRow(db.sql, acct)).toMatchObject({
      status: "stopped",
      owner_instance: null,
    });
  });

  it("a worker that loses its lease closes its socket before another opens one", async () => {
    const acct = account();
    const fa = fakeSocketFactory();
    const fb = fakeSocketFactory();
    const a = startManager({ sql: db.sql, account: acct, instance: "wa-a", factory: fa.factory });
    const sa = await fa.nth(1);
    sa.open();
    await until("a open", async () => (await statusRow(db.sql, acct))?.status === "open");
    // Someone else holds the number now (e.g. a's lease lapsed while it was frozen).
    await db.sql`update wa_connection_status set owner_instance = 'wa-b',
                   owner_until = now() + interval '1 minute' where account = ${acct}`;
    await until("a closed its socket", async () => sa.ended);
    expect(sa.listenersAtEnd).toBe(0);
    expect(a.manager.openSocket()).toBeNull();
    expect(fa.sockets).toHaveLength(1);
    await db.sql`update wa_connection_status set owner_until = now() - interval '1 second'
                  where account = ${acct}`;
    const b = startManager({ sql: db.sql, account: acct, instance: "wa-b2", factory: fb.factory });
    const got = await Promise.race([fb.nth(1).then(() => "b"), fa.nth(2).then(() => "a")]);
    expect(["a", "b"]).toContain(got); // whoever takes the lapsed lease, only one socket opens
    await new Promise((r) => setTimeout(r, 200));
    const open =
      fa.sockets.filter((s) => !s.ended).length + fb.sockets.filter((s) => !s.ended).length;
    expect(open).toBe(1);
    await a.stop();
    await b.stop();
  });

  it("delivers inbound text messages (conversation and extended) and ignores the rest", async () => {
    const acct = account();
    const f = fakeSocketFactory();
    const h = startManager({ sql: db.sql, account: acct, instance: "w1", factory: f.factory });
    const s = await f.nth(1);
    s.open();
    s.text("919876543210", "jobs", "MSG1");
    s.text("919876543210", "Status please", "MSG2", true);
    s.emit("messages.upsert", {
      type: "notify",
      messages: [
        {
          key: { remoteJid: "120363@g.us", fromMe: false, id: "G1" },
          message: { conversation: "hi" },
        },
        {
          key: { remoteJid: "919876543210@s.whatsapp.net", fromMe: true, id: "ME" },
          message: { conversation: "x" },
        },
        {
          key: { remoteJid: "919876543210@s.whatsapp.net", fromMe: false, id: "IMG" },
          message: { imageMessage: {} },
        },
      ],
    });
    s.emit("messages.upsert", {
      type: "append",
      messages: [
        {
          key: { remoteJid: "919876543210@s.whatsapp.net", fromMe: false, id: "OLD" },
          message: { conversation: "old" },
        },
      ],
    });
    await until("two inbound", async () => h.inbound.length === 2);
    expect(h.inbound.map((m) => [m.phone, m.text, m.messageId])).toEqual([
      ["+919876543210", "jobs", "MSG1"],
      ["+919876543210", "Status please", "MSG2"],
    ]);
    await h.stop();
  });
});
