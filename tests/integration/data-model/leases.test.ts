import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  claimLeases,
  releaseLease,
  renewLease,
  reapLeases,
} from "../../../shared/db/lease/index.ts";
import { DispatchOutboxRow } from "../../../shared/db/schema/system.ts";
import { JobApplicationRow } from "../../../shared/db/schema/matching.ts";
import { NotificationRow } from "../../../shared/db/schema/notifications.ts";
import { createSql, type Sql } from "../../../shared/db/sql.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { makeJob, makeUser } from "./fixtures.ts";

// Leases: claim with SKIP LOCKED, renew, release with backoff, reap, dead after max_attempts.
// Time travel: tests move locked_until/run_at, never sleep.

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});
beforeEach(async () => {
  await db.sql`delete from dispatch_outbox`;
});

const claimOutbox = (sql: Sql, worker: string, limit = 10, leaseMs = 60_000) =>
  claimLeases(sql, { table: "dispatch_outbox", worker, limit, leaseMs, schema: DispatchOutboxRow });

async function addOutbox(n: number, target = "agents/test"): Promise<string[]> {
  const rows = await db.sql<{ id: string }[]>`
    insert into dispatch_outbox (target) select ${target} from generate_series(1, ${n})
    returning id`;
  return rows.map((r) => r.id);
}

async function outboxRow(id: string) {
  const [row] = await db.sql`select * from dispatch_outbox where id = ${id}`;
  return DispatchOutboxRow.parse(row);
}

/** Time travel: the lease ran out a second ago. */
const expireLease = (id: string) =>
  db.sql`update dispatch_outbox set locked_until = now() - interval '1 second' where id = ${id}`;
const makeDue = (id: string) =>
  db.sql`update dispatch_outbox set run_at = now() - interval '1 second' where id = ${id}`;

describe("claim, renew, release", () => {
  it("claims due rows once, records the holder and counts the attempt", async () => {
    const [id] = await addOutbox(1);
    const claimed = await claimOutbox(db.sql, "w1");
    expect(claimed.map((r) => r.id)).toEqual([id]);
    expect(claimed[0]).toMatchObject({ status: "running", locked_by: "w1", attempts: 1 });
    expect(claimed[0]!.locked_until!.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(await claimOutbox(db.sql, "w2")).toEqual([]);
  });

  it("claims only due rows, and only rows matching the filter", async () => {
    await db.sql`insert into dispatch_outbox (target, run_at)
                 values ('agents/later', now() + interval '1 hour')`;
    await addOutbox(1, "worker-exec/session-health");
    const [http] = await addOutbox(1, "agents/now");
    const claimed = await claimLeases(db.sql, {
      table: "dispatch_outbox",
      worker: "runner",
      limit: 10,
      leaseMs: 60_000,
      filter: { channel: "http" },
      schema: DispatchOutboxRow,
    });
    expect(claimed.map((r) => r.id)).toEqual([http]);
  });

  it("renews only the holder's lease", async () => {
    const [id] = await addOutbox(1);
    await claimOutbox(db.sql, "w1", 1, 1_000);
    const until = await renewLease(db.sql, {
      table: "dispatch_outbox",
      id: id!,
      worker: "w1",
      leaseMs: 120_000,
    });
    expect(until!.getTime()).toBeGreaterThan(Date.now() + 100_000);
    expect(
      await renewLease(db.sql, {
        table: "dispatch_outbox",
        id: id!,
        worker: "w2",
        leaseMs: 120_000,
      }),
    ).toBeNull();
  });

  it("releases done, and refuses a release from a worker that lost the lease", async () => {
    const [id] = await addOutbox(1);
    await claimOutbox(db.sql, "w1");
    const release = { table: "dispatch_outbox" as const, id: id!, outcome: "done" as const };
    expect(await releaseLease(db.sql, { ...release, worker: "w2" })).toBeNull();
    expect(await releaseLease(db.sql, { ...release, worker: "w1" })).toBe("done");
    expect(await outboxRow(id!)).toMatchObject({
      status: "done",
      locked_by: null,
      locked_until: null,
    });
  });

  it("retries with exponential backoff and jitter, then goes dead after max_attempts", async () => {
    const [id] = await addOutbox(1);
    await db.sql`update dispatch_outbox set max_attempts = 3 where id = ${id!}`;
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const [row] = await claimOutbox(db.sql, "w1");
      expect(row?.attempts).toBe(attempt);
      const state = await releaseLease(db.sql, {
        table: "dispatch_outbox",
        id: id!,
        worker: "w1",
        outcome: "retry",
        error: `boom ${attempt}`,
      });
      const after = await outboxRow(id!);
      expect(after.last_error).toBe(`boom ${attempt}`);
      if (attempt < 3) {
        expect(state).toBe("pending");
        delays.push((after.run_at.getTime() - Date.now()) / 1000);
        expect(await claimOutbox(db.sql, "w1")).toEqual([]); // not due yet
        await makeDue(id!);
      } else {
        expect(state).toBe("dead");
      }
    }
    // 30 s base: attempt 1 waits 15–30 s, attempt 2 waits 30–60 s.
    expect(delays[0]).toBeGreaterThan(13);
    expect(delays[0]).toBeLessThan(31);
    expect(delays[1]).toBeGreaterThan(28);
    expect(delays[1]).toBeLessThan(61);
    expect(await claimOutbox(db.sql, "w1")).toEqual([]);
  });

  it("defers without spending an attempt", async () => {
    const [id] = await addOutbox(1);
    await claimOutbox(db.sql, "w1");
    const state = await releaseLease(db.sql, {
      table: "dispatch_outbox",
      id: id!,
      worker: "w1",
      outcome: "defer",
      delayMs: 4 * 3600_000,
    });
    const row = await outboxRow(id!);
    expect(state).toBe("pending");
    expect(row.attempts).toBe(0);
    expect(row.run_at.getTime()).toBeGreaterThan(Date.now() + 3.9 * 3600_000);
  });

  it("refuses tables that are not leasable", async () => {
    await expect(
      db.sql`select app.lease_claim('public.users'::regclass, 'w', 1, interval '1 minute')`,
    ).rejects.toThrow(/not leasable/);
  });
});

describe("expired leases", () => {
  it("reaps an expired lease back to pending, or to dead with no attempts left", async () => {
    const [a, b] = await addOutbox(2);
    await db.sql`update dispatch_outbox set max_attempts = 1 where id = ${b!}`;
    await claimOutbox(db.sql, "gone");
    await expireLease(a!);
    await expireLease(b!);
    expect(await reapLeases(db.sql, "dispatch_outbox")).toBe(2);
    expect(await outboxRow(a!)).toMatchObject({ status: "pending", locked_by: null });
    expect((await outboxRow(a!)).last_error).toMatch(/lease expired \(held by gone\)/);
    expect(await outboxRow(b!)).toMatchObject({ status: "dead" });
    expect(await reapLeases(db.sql)).toBe(0);
  });

  it("gives a killed claimer's row to another claimer after the lease, never before", async () => {
    const [id] = await addOutbox(1);
    const doomed = createSql(db.url, { max: 1, applicationName: "doomed-claimer" });
    try {
      const [pid] = await doomed<{ pid: number }[]>`select pg_backend_pid() as pid`;
      expect(await claimOutbox(doomed, "doomed")).toHaveLength(1);
      await db.sql`select pg_terminate_backend(${pid!.pid})`;
    } finally {
      await doomed.end({ timeout: 1 }).catch(() => {});
    }
    expect(await claimOutbox(db.sql, "survivor")).toEqual([]); // lease still running
    await expireLease(id!);
    const [row] = await claimOutbox(db.sql, "survivor");
    expect(row).toMatchObject({ id, locked_by: "survivor", attempts: 2 });
  });

  it("frees a row at once when its claimer dies before committing", async () => {
    const [id] = await addOutbox(1);
    const doomed = createSql(db.url, { max: 1, applicationName: "doomed-tx" });
    const [pid] = await doomed<{ pid: number }[]>`select pg_backend_pid() as pid`;
    // One simple-protocol round trip: claim inside an open transaction, then hang.
    const hung = doomed
      .unsafe(
        `begin;
         select * from app.lease_claim('public.dispatch_outbox', 'doomed', 1, interval '1 hour');
         select pg_sleep(30);`,
      )
      .then(
        () => "finished",
        () => "terminated",
      );
    const sleeping = async () =>
      (
        await db.sql`select 1 from pg_stat_activity
                    where pid = ${pid!.pid} and wait_event = 'PgSleep'`
      ).length === 1;
    for (let i = 0; i < 250 && !(await sleeping()); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const locked = await db.sql`select 1 from dispatch_outbox where id = ${id!}
                                for update skip locked`;
    expect(locked).toHaveLength(0);
    expect(await claimOutbox(db.sql, "other")).toEqual([]); // row locked: skipped, not waited on
    await db.sql`select pg_terminate_backend(${pid!.pid})`;
    expect(await hung).toBe("terminated");
    await doomed.end({ timeout: 1 }).catch(() => {});
    const [row] = await claimOutbox(db.sql, "other");
    expect(row).toMatchObject({ id, locked_by: "other", attempts: 1 });
  });
});

describe("concurrent claimers", () => {
  it("never hands one row to two claimers, before and after every lease expires", async () => {
    const ids = await addOutbox(300);
    const claimers = Array.from({ length: 12 }, (_, i) => ({
      name: `c${i}`,
      sql: createSql(db.url, { max: 1, applicationName: `claimer-${i}` }),
    }));
    const round = async () => {
      const seen = await Promise.all(
        claimers.map(async ({ name, sql }) => {
          const mine: string[] = [];
          for (;;) {
            const rows = await claimOutbox(sql, name, 7);
            if (rows.length === 0) return mine;
            mine.push(...rows.map((r) => r.id));
          }
        }),
      );
      return seen;
    };
    try {
      for (const attempt of [1, 2]) {
        const seen = await round();
        const all = seen.flat();
        expect(all).toHaveLength(300);
        expect(new Set(all).size).toBe(300);
        expect(seen.filter((s) => s.length > 0).length).toBeGreaterThan(1); // really concurrent
        // The database agrees with each claimer about who holds what.
        const holders = await db.sql<{ id: string; locked_by: string; attempts: number }[]>`
          select id, locked_by, attempts from dispatch_outbox`;
        for (const h of holders) {
          const claimer = seen.findIndex((s) => s.includes(h.id));
          expect(h.locked_by).toBe(`c${claimer}`);
          expect(h.attempts).toBe(attempt);
        }
        // Every lease runs out (every claimer died): the rows are claimable again.
        await db.sql`update dispatch_outbox set locked_until = now() - interval '1 second'`;
      }
      expect(ids).toHaveLength(300);
    } finally {
      await Promise.all(claimers.map((c) => c.sql.end({ timeout: 5 })));
    }
  });
});

describe("tables with a domain status keep the lease in lease_status", () => {
  it("arms an auto application's lease when it is approved", async () => {
    const user = await makeUser(db.sql);
    const job = await makeJob(db.sql);
    const [app] = await db.sql<{ id: string; lease_status: string }[]>`
      insert into job_applications (user_id, job_id, method, auto_status)
      values (${user}, ${job}, 'auto', 'queued') returning id, lease_status`;
    expect(app!.lease_status).toBe("idle");
    const claim = () =>
      claimLeases(db.sql, {
        table: "job_applications",
        worker: "applier",
        limit: 5,
        leaseMs: 300_000,
        filter: { auto_status: "approved" },
        schema: JobApplicationRow,
      });
    expect(await claim()).toEqual([]);
    await db.sql`update job_applications set auto_status = 'approved' where id = ${app!.id}`;
    const [claimed] = await claim();
    expect(claimed).toMatchObject({
      id: app!.id,
      lease_status: "running",
      auto_status: "approved",
    });
    expect(
      await releaseLease(db.sql, {
        table: "job_applications",
        id: app!.id,
        worker: "applier",
        outcome: "done",
      }),
    ).toBe("done");
  });

  it("leases whatsapp notifications and leaves dashboard ones idle", async () => {
    const user = await makeUser(db.sql);
    await db.sql`
      insert into notifications (user_id, channel, type, title, body) values
        (${user}, 'whatsapp', 'coach.daily', 'Coach', 'Good morning'),
        (${user}, 'dashboard', 'dashboard.ready', 'Ready', 'Your dashboard is ready')`;
    const claimed = await claimLeases(db.sql, {
      table: "notifications",
      worker: "worker-wa",
      limit: 10,
      leaseMs: 60_000,
      filter: { channel: "whatsapp", status: "pending" },
      schema: NotificationRow,
    });
    expect(claimed.map((n) => n.channel)).toEqual(["whatsapp"]);
    const [dash] = await db.sql`select lease_status, status from notifications
                                where channel = 'dashboard' and user_id = ${user}`;
    expect(dash).toEqual({ lease_status: "idle", status: "sent" });
  });
});
