import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { claimLeases } from "../../../shared/db/lease/index.ts";
import { NotificationRow } from "../../../shared/db/schema/notifications.ts";
import { memoryLogger } from "../../../shared/log/logger.ts";
import { fixedClock } from "../../../shared/time/clock.ts";
import { NotificationSender } from "../../../worker-wa/src/outbound/notification-sender.ts";
import { notificationMessageId } from "../../../worker-wa/src/outbound/message-id.ts";
import { waHousekeeping } from "../../../worker-wa/src/outbound/housekeeping.ts";
import type { SendLimits } from "../../../worker-wa/src/outbound/send-policy.ts";
import { ConsoleTransport } from "../../../worker-wa/src/transport/console-transport.ts";
import type { OutboundText } from "../../../worker-wa/src/transport/transport.ts";
import { NotSentError } from "../../../worker-wa/src/transport/transport.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { NO_LIMITS } from "./support/bot.ts";
import { seedNotification, seedUser } from "./support/fixtures.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});
// Each test starts with an empty queue (rows other tests left must not be claimed here).
beforeEach(async () => {
  await db.sql`delete from notifications`;
  await db.sql`delete from wa_outbound_messages`;
});

const NOON_IST = new Date("2026-11-24T06:30:00Z");
const never = new AbortController().signal;

/** A console transport whose send can hang for chosen messages (a worker frozen mid-send). */
class HangingTransport extends ConsoleTransport {
  readonly hang = new Set<string>();
  override async send(m: OutboundText): Promise<void> {
    if (this.hang.has(m.messageId)) return new Promise<void>(() => {});
    return super.send(m);
  }
}

function sender(
  o: {
    instance?: string;
    limits?: SendLimits;
    clock?: ReturnType<typeof fixedClock>;
    failSend?: (m: OutboundText) => Error | undefined;
    transport?: ConsoleTransport;
    sleep?: (ms: number) => Promise<void>;
  } = {},
) {
  const clock = o.clock ?? fixedClock(NOON_IST);
  const transport = o.transport ?? new ConsoleTransport({ clock, failSend: o.failSend });
  const { logger, lines } = memoryLogger({ name: "worker-wa", level: "debug" });
  const s = new NotificationSender({
    sql: db.sql,
    transport,
    logger,
    clock,
    account: "console",
    instance: o.instance ?? "sender-1",
    limits: o.limits ?? NO_LIMITS,
    leaseMs: 60_000,
    typingDelayMs: () => 0,
    sleep: o.sleep ? (ms) => o.sleep!(ms) : async () => {},
    idleMs: 10,
  });
  return { s, transport, clock, lines };
}

const notif = async (id: string) => {
  const [row] = await db.sql<
    {
      status: string;
      lease_status: string;
      attempts: number;
      last_error: string | null;
      sent_at: Date | null;
      wait_s: number;
    }[]
  >`select status, lease_status, attempts, last_error, sent_at,
           extract(epoch from run_at - now())::float8 as wait_s
      from notifications where id = ${id}`;
  return row!;
};
const outbound = async (id: string) =>
  (
    await db.sql`select state, message_id from wa_outbound_messages where notification_id = ${id}`
  )[0];

describe("worker-wa outbound queue", () => {
  it("sends a pending WhatsApp notification once, rendered from its template", async () => {
    const u = await seedUser(db.sql, { fullName: "Asha Verma" });
    const id = await seedNotification(db.sql, u.id, {
      type: "application.submitted",
      data: { job_title: "Data Analyst", company: "Flipkart", month_count: 12 },
    });
    const dash = await db.sql`insert into notifications (user_id, channel, type, title, body)
      values (${u.id}, 'dashboard', 'x', 't', 'b') returning id`;
    const { s, transport } = sender();
    await transport.start(async () => {});
    expect(await s.sendNext(never)).toBe("sent");
    expect(await s.sendNext(never)).toBe("idle");
    expect(transport.to(u.phone)).toEqual([
      "Hi Asha, Talvix applied for you: Data Analyst at Flipkart.\nThat's #12 of 250 this month.",
    ]);
    expect(transport.sent[0]!.messageId).toBe(notificationMessageId(id));
    expect(transport.typingTo).toEqual([u.phone]);
    expect(await notif(id)).toMatchObject({ status: "sent", lease_status: "done", attempts: 1 });
    expect(await outbound(id)).toMatchObject({ state: "sent" });
    const [d] = await db.sql`select lease_status from notifications where id = ${dash[0]!.id}`;
    expect(d!.lease_status).toBe("idle");
  });

  it("holds messages during the user's quiet hours until they end (not an attempt)", async () => {
    const u = await seedUser(db.sql, { quietHours: { start: "22:00", end: "08:00" } });
    const id = await seedNotification(db.sql, u.id);
    const clock = fixedClock(new Date("2026-11-24T17:30:00Z")); // 23:00 IST
    const { s, transport } = sender({ clock });
    await transport.start(async () => {});
    expect(await s.sendNext(never)).toBe("deferred_quiet_hours");
    const held = await notif(id);
    expect(held).toMatchObject({ status: "pending", lease_status: "pending", attempts: 0 });
    expect(held.wait_s).toBeGreaterThan(9 * 3600 - 60);
    expect(held.wait_s).toBeLessThan(9 * 3600 + 60);
    expect(transport.sent).toEqual([]);
    // 08:30 IST the next day: the hold has run out.
    await db.sql`update notifications set run_at = now() where id = ${id}`;
    clock.set(new Date("2026-11-25T03:00:00Z"));
    expect(await s.sendNext(never)).toBe("sent");
    expect(transport.to(u.phone)).toHaveLength(1);
  });

  it("sends only to opted-in users; the dashboard keeps the row as failed", async () => {
    const u = await seedUser(db.sql, { optedIn: false });
    const id = await seedNotification(db.sql, u.id);
    const { s, transport } = sender();
    await transport.start(async () => {});
    expect(await s.sendNext(never)).toBe("skipped_not_opted_in");
    expect(transport.sent).toEqual([]);
    expect(await notif(id)).toMatchObject({ status: "failed", lease_status: "dead" });
  });

  it("respects the hourly and daily caps", async () => {
    const u = await seedUser(db.sql);
    for (let i = 0; i < 4; i++) await seedNotification(db.sql, u.id);
    const clock = fixedClock(NOON_IST);
    const limits = { ...NO_LIMITS, hourlyCap: 2, dailyCap: 3 };
    const { s, transport } = sender({ clock, limits });
    await transport.start(async () => {});
    expect(await s.sendNext(never)).toBe("sent");
    clock.advance(60_000);
    expect(await s.sendNext(never)).toBe("sent");
    expect(await s.sendNext(never)).toBe("capped");
    clock.advance(58 * 60_000);
    expect(await s.sendNext(never)).toBe("capped");
    clock.advance(61_000);
    expect(await s.sendNext(never)).toBe("sent");
    clock.advance(2 * 3_600_000);
    expect(await s.sendNext(never)).toBe("capped"); // 3 in the last 24 h
    clock.advance(22 * 3_600_000);
    expect(await s.sendNext(never)).toBe("sent");
    expect(transport.to(u.phone)).toHaveLength(4);
  });

  it("ramps up slowly after every (re)connect", async () => {
    const u = await seedUser(db.sql);
    for (let i = 0; i < 4; i++) await seedNotification(db.sql, u.id);
    const clock = fixedClock(NOON_IST);
    const limits = { ...NO_LIMITS, rampInitial: 2, rampStepMs: 60_000 };
    const { s, transport } = sender({ clock, limits });
    await transport.start(async () => {});
    expect(await s.sendNext(never)).toBe("sent");
    expect(await s.sendNext(never)).toBe("sent");
    expect(await s.sendNext(never)).toBe("capped");
    clock.advance(60_000);
    expect(await s.sendNext(never)).toBe("sent");
    expect(await s.sendNext(never)).toBe("capped");
    // A reconnect restarts the ramp from zero sends.
    await transport.stop();
    expect(await s.sendNext(never)).toBe("not_ready");
    clock.advance(10 * 60_000);
    await transport.start(async () => {});
    expect(await s.sendNext(never)).toBe("sent");
    expect(transport.to(u.phone)).toHaveLength(4);
  });

  it("a failed send goes back with backoff; after max attempts it is failed", async () => {
    const u = await seedUser(db.sql);
    const id = await seedNotification(db.sql, u.id);
    await db.sql`update notifications set max_attempts = 2 where id = ${id}`;
    const { s, transport } = sender({ failSend: () => new Error("socket hiccup") });
    await transport.start(async () => {});
    expect(await s.sendNext(never)).toBe("retry");
    const first = await notif(id);
    expect(first).toMatchObject({ status: "pending", lease_status: "pending", attempts: 1 });
    expect(first.last_error).toContain("socket hiccup");
    expect(first.wait_s).toBeGreaterThan(10);
    expect(await outbound(id)).toMatchObject({ state: "not_sent" });
    expect(await s.sendNext(never)).toBe("idle"); // backing off
    await db.sql`update notifications set run_at = now() where id = ${id}`;
    expect(await s.sendNext(never)).toBe("failed");
    expect(await notif(id)).toMatchObject({ status: "failed", lease_status: "dead", attempts: 2 });
    expect(transport.sent).toEqual([]);
  });

  it("a transport that is not connected sends nothing and claims nothing", async () => {
    const u = await seedUser(db.sql);
    const id = await seedNotification(db.sql, u.id);
    const { s } = sender();
    expect(await s.sendNext(never)).toBe("not_ready");
    expect(await notif(id)).toMatchObject({ lease_status: "pending", attempts: 0 });
  });

  it("NotSentError after a disconnect is retried and then sent exactly once", async () => {
    const u = await seedUser(db.sql);
    const id = await seedNotification(db.sql, u.id);
    let fail = true;
    const { s, transport } = sender({
      failSend: () => (fail ? new NotSentError("whatsapp is not connected") : undefined),
    });
    await transport.start(async () => {});
    expect(await s.sendNext(never)).toBe("retry");
    fail = false;
    await db.sql`update notifications set run_at = now() where id = ${id}`;
    expect(await s.sendNext(never)).toBe("sent");
    expect(transport.to(u.phone)).toHaveLength(1);
    expect(await notif(id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("a crash mid-queue loses nothing and sends nothing twice", async () => {
    const u = await seedUser(db.sql, { fullName: "Kiran Rao" });
    const ids: string[] = [];
    for (const company of ["A1", "B2", "C3", "D4"]) {
      ids.push(
        await seedNotification(db.sql, u.id, {
          type: "application.submitted",
          data: { job_title: "SDE", company, month_count: ids.length + 1 },
        }),
      );
      await db.sql`update notifications set run_at = now() - ${4 - ids.length} * interval '1 minute'
                    where id = ${ids.at(-1)!}`;
    }
    // Worker A: sends #1, freezes inside the transport send of #2 (its record is committed)…
    const clockA = fixedClock(NOON_IST);
    const a = new HangingTransport({ clock: clockA });
    a.hang.add(notificationMessageId(ids[1]!));
    const A = sender({ instance: "worker-a", clock: clockA, transport: a });
    await a.start(async () => {});
    expect(await A.s.sendNext(never)).toBe("sent");
    void A.s.sendNext(never); // never returns: the process "died" mid-send
    await new Promise((r) => setTimeout(r, 200));
    expect(await outbound(ids[1]!)).toMatchObject({ state: "sending" });

    // …and worker C froze after claiming #3 but before recording anything.
    const clockC = fixedClock(NOON_IST);
    const C = sender({
      instance: "worker-c",
      clock: clockC,
      sleep: () => new Promise<void>(() => {}),
    });
    await C.transport.start(async () => {});
    void C.s.sendNext(never);
    await new Promise((r) => setTimeout(r, 200));
    expect(await notif(ids[2]!)).toMatchObject({ lease_status: "running" });
    expect(await outbound(ids[2]!)).toBeUndefined();

    // Their leases run out. Worker B starts and drains the queue.
    await db.sql`update notifications set locked_until = now() - interval '1 second'
                  where lease_status = 'running'`;
    const B = sender({ instance: "worker-b" });
    await B.transport.start(async () => {});
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i++) outcomes.push(await B.s.sendNext(never));
    expect(outcomes).toEqual(["in_doubt", "sent", "sent", "idle", "idle"]);

    const all = [...a.sent, ...C.transport.sent, ...B.transport.sent].map((m) => m.text);
    for (const company of ["A1", "C3", "D4"]) {
      expect(all.filter((t) => t.includes(` at ${company}.`))).toHaveLength(1);
    }
    // #2 may have reached the phone before A died: it is never sent again.
    expect(all.filter((t) => t.includes(" at B2."))).toHaveLength(0);
    expect(await notif(ids[1]!)).toMatchObject({ status: "failed", lease_status: "dead" });
    expect((await notif(ids[1]!)).last_error).toContain("in doubt");
    expect(await outbound(ids[1]!)).toMatchObject({ state: "in_doubt" });
    for (const i of [0, 2, 3]) expect(await notif(ids[i]!)).toMatchObject({ status: "sent" });
  });

  it("housekeeping settles attempts whose notification will never be claimed again", async () => {
    const u = await seedUser(db.sql);
    const id = await seedNotification(db.sql, u.id);
    const [claimed] = await claimLeases(db.sql, {
      table: "notifications",
      worker: "dead-worker",
      limit: 1,
      leaseMs: 1_000,
      filter: { channel: "whatsapp" },
      schema: NotificationRow,
    });
    expect(claimed!.id).toBe(id);
    await db.sql`
      insert into wa_outbound_messages (account, notification_id, user_id, kind, message_id, state,
                                        instance, started_at)
      values ('console', ${id}, ${u.id}, 'notification', 'X', 'sending', 'dead-worker',
              now() - interval '20 minutes')`;
    await db.sql`update notifications set lease_status = 'dead', locked_by = null,
                   locked_until = null where id = ${id}`;
    const result = await waHousekeeping(db.sql, new Date());
    expect(result).toMatchObject({ in_doubt: 1, in_doubt_failed: 1 });
    expect(await notif(id)).toMatchObject({ status: "failed" });
  });

  it("falls back to the dashboard title and body for a type without a template", async () => {
    const u = await seedUser(db.sql, { fullName: "Zoya" });
    await seedNotification(db.sql, u.id, {
      type: "dashboard.ready",
      title: "Your dashboard is ready",
      body: "Scores and skill gaps are in.",
      data: {},
    });
    const { s, transport } = sender();
    await transport.start(async () => {});
    expect(await s.sendNext(never)).toBe("sent");
    expect(transport.to(u.phone)).toEqual([
      "Hi Zoya, Your dashboard is ready\n\nScores and skill gaps are in.",
    ]);
  });
});
