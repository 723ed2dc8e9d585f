import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryLogger } from "../../../shared/log/logger.ts";
import { createApplyNowLoop } from "../../../worker-exec/src/apply/apply-now-loop.ts";
import { createQueueWakeLoop } from "../../../worker-exec/src/apply/loops.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { makeApplyJob, makeApplyUser, score } from "./seed.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  // A night window far from now, so approved rows wait for their slot.
  await db.sql`update app.apply_settings set window_start = (now() at time zone 'Asia/Kolkata' + interval '6 hours')::time,
               window_minutes = 60, spread = true`;
});
afterAll(async () => {
  await db.drop();
});

describe("APPLY_NOW wake-up (worker-exec/apply-now)", () => {
  it("queues the user's matches and brings approved rows to the front, once", async () => {
    const sql = db.sql;
    const u = await makeApplyUser(sql);
    const other = await makeApplyUser(sql);
    for (const user of [u, other]) {
      const job = await makeApplyJob(sql);
      await score(sql, user, job, 90);
    }
    // What WhatsApp's APPLY_NOW does.
    await sql`select app.dispatch('worker-exec/apply-now', '{"source":"whatsapp"}', ${u}::uuid)`;
    const { logger } = memoryLogger({ name: "worker-exec" });
    const loop = createApplyNowLoop({ sql, logger, worker: "test:apply-now", idleMs: 10 });
    const signal = new AbortController().signal;
    expect(await loop.tick(signal)).toBe(true);
    expect(await loop.tick(signal)).toBe(false);

    const mine = await sql<{ auto_status: string; lease_status: string; due: boolean }[]>`
      select auto_status, lease_status, run_at <= now() as due from job_applications
      where user_id = ${u}`;
    expect(mine).toEqual([{ auto_status: "approved", lease_status: "pending", due: true }]);
    const theirs = await sql`select 1 from job_applications where user_id = ${other}`;
    expect(theirs).toHaveLength(0);
    const [outbox] =
      await sql`select status from dispatch_outbox where target = 'worker-exec/apply-now'`;
    expect(outbox!.status).toBe("done");
  });
});

describe("queue-applications wake-up after delta scoring", () => {
  it("queues every eligible user's matches when the fit-score agent asks", async () => {
    const sql = db.sql;
    const u = await makeApplyUser(sql);
    const job = await makeApplyJob(sql);
    await score(sql, u, job, 95);
    await sql`select app.dispatch('worker-exec/queue-applications', '{"scrape_run_id":null}')`;
    const { logger } = memoryLogger({ name: "worker-exec" });
    const loop = createQueueWakeLoop(sql, logger, "test:queue-wake", 10);
    expect(await loop.tick(new AbortController().signal)).toBe(true);
    const rows = await sql`select auto_status from job_applications where user_id = ${u}`;
    expect(rows).toEqual([{ auto_status: "approved" }]);
  });
});
